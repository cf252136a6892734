/* Choosing a place on a map by keyboard: the map is one tab stop, the arrow keys move between places.
 *
 * Every map of the page (the large one and the small ones of the comparison) is a single focusable
 * element, named by the heading or tab it belongs to (`data-map-label` on an ancestor) and described by
 * what it shows (`data-map-description`) and the key help (`#map-keys-help`). An arrow key goes to the nearest place in that direction on screen;
 * the place is outlined, its tooltip opens and its name, value and rank are read out through the polite
 * region `#map-keys-status`. Enter (or Space) chooses it as a click would; Escape leaves it. Shift with an
 * arrow pans the map and + / − zoom, as Leaflet does. The shapes themselves are no tab stops.
 */
(function () {
  "use strict";
  const HELP = "map-keys-help";
  const STATUS = "map-keys-status";
  const MOVES = {ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1]};
  const current = new WeakMap();  // Leaflet map -> AGS of the place the keys are on (a new hideout redraws its shape)

  if (!window.L) return;

  // a shape takes no tab stop of its own (Chromium makes each interactive SVG path focusable)
  window.L.Path.addInitHook(function () {
    this.on("add", function () {
      const element = this.getElement && this.getElement();
      if (element) element.setAttribute("tabindex", "-1");
    });
  });

  window.L.Map.addInitHook(function () {
    const container = this.getContainer();
    const labelled = container.closest("[data-map-label]");
    container.setAttribute("role", "application");  // screen readers pass the arrow keys to the map
    const described = container.closest("[data-map-description]");
    container.setAttribute("aria-describedby", (described ? described.getAttribute("data-map-description") + " " : "") + HELP);
    if (labelled) container.setAttribute("aria-labelledby", labelled.getAttribute("data-map-label"));
    const help = document.getElementById(HELP);
    if (help && this.zoomControl) {  // the zoom buttons in the page's language
      [[this.zoomControl._zoomInButton, "data-zoom-in"], [this.zoomControl._zoomOutButton, "data-zoom-out"]].forEach(function (pair) {
        pair[0].title = help.getAttribute(pair[1]);
        pair[0].setAttribute("aria-label", help.getAttribute(pair[1]));
      });
    }
  });

  /* The places a person can choose on this map: each shape with a name and a tooltip, the topmost per AGS. */
  function places(map) {
    const byAgs = new Map();
    map.eachLayer(function (layer) {
      const properties = layer.feature && layer.feature.properties;
      if (!properties || !properties.ags || !layer.getTooltip || !layer.getTooltip() || !layer.getBounds) return;
      byAgs.set(properties.ags, layer);  // a later layer (the own data, over the indicator) wins
    });
    return Array.from(byAgs.values());
  }

  function point(map, layer) {
    return map.latLngToContainerPoint(layer.getBounds().getCenter());
  }

  /* The place nearest to `from` in the direction [dx, dy], within 60° of it; nearer to the line counts more. */
  function nextPlace(map, from, direction) {
    const origin = point(map, from);
    let best = null;
    let bestScore = Infinity;
    places(map).forEach(function (layer) {
      if (layer === from) return;
      const p = point(map, layer);
      const dx = p.x - origin.x;
      const dy = p.y - origin.y;
      const distance = Math.hypot(dx, dy);
      const cos = (dx * direction[0] + dy * direction[1]) / (distance || 1);
      if (distance === 0 || cos < 0.5) return;
      const score = distance * (2 - cos);
      if (score < bestScore) {
        bestScore = score;
        best = layer;
      }
    });
    return best;
  }

  function nearestToCentre(map) {
    const size = map.getSize();
    let best = null;
    let bestDistance = Infinity;
    places(map).forEach(function (layer) {
      const p = point(map, layer);
      const distance = Math.hypot(p.x - size.x / 2, p.y - size.y / 2);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = layer;
      }
    });
    return best;
  }

  function say(text) {
    const status = document.getElementById(STATUS);
    if (status) status.textContent = text;
  }

  function placeOn(map) {
    const ags = current.get(map);
    return ags ? places(map).find(function (layer) { return layer.feature.properties.ags === ags; }) : undefined;
  }

  function leave(map) {
    const layer = placeOn(map);
    current.delete(map);
    if (!layer) return;
    const element = layer.getElement();
    if (element) element.classList.remove("keyboard-place");
    layer.closeTooltip();
  }

  function go(map, layer) {
    leave(map);
    current.set(map, layer.feature.properties.ags);
    const centre = layer.getBounds().getCenter();
    map.panInside(centre, {padding: [40, 40]});
    layer.bringToFront();
    layer.getElement().classList.add("keyboard-place");
    layer.openTooltip(centre);
    const tooltip = document.createElement("div");
    const content = layer.getTooltip().getContent();  // a function where the text follows a played year (map_style.js)
    tooltip.innerHTML = (typeof content === "function" ? content(layer) : content).replace(/<br\s*\/?>/g, ". ");
    say(tooltip.textContent);
  }

  function mapOf(target) {
    const container = target.closest && target.closest(".leaflet-container");
    return container === target ? window.ruhrAtlas.leafletMap(container) : null;
  }

  // In the capture phase, before Leaflet's own key handler pans the map with the arrows.
  document.addEventListener("keydown", function (event) {
    const map = mapOf(event.target);
    if (!map || event.altKey || event.ctrlKey || event.metaKey) return;
    const layer = placeOn(map);
    if (event.key in MOVES && !event.shiftKey) {
      event.preventDefault();
      event.stopPropagation();
      const next = layer ? nextPlace(map, layer, MOVES[event.key]) : nearestToCentre(map);
      if (next) go(map, next);
    } else if ((event.key === "Enter" || event.key === " ") && layer) {
      event.preventDefault();
      event.stopPropagation();
      layer.fire("click", {latlng: layer.getBounds().getCenter(), originalEvent: event}, true);
    } else if (event.key === "Escape") {
      leave(map);
    }
  }, true);

  // the outline and tooltip belong to the keys: a pointer or leaving the map ends them
  document.addEventListener("focusout", function (event) {
    const map = mapOf(event.target);
    if (map) leave(map);
  });
})();
