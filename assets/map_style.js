/* Client-side map styling for the atlas (dash-leaflet functional props).
 *
 * The boundaries reach the browser once; the server then sends only a small
 * `hideout` object per view (class of every AGS, colours, tooltip texts), and
 * these functions colour the cached shapes from it. Referenced from Python with
 * dash_extensions.javascript.Namespace("ruhrAtlas", "map"). See assets/README.md.
 */
(function () {
  "use strict";

  var HATCH_ID = "ruhr-hatch";

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  /* One inline SVG pattern for "no data", referenced as fill url(#ruhr-hatch) by every map SVG on the page. */
  function ensureHatch() {
    if (document.getElementById(HATCH_ID)) { return; }
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "0");
    svg.setAttribute("height", "0");
    svg.setAttribute("aria-hidden", "true");
    svg.style.position = "absolute";
    svg.innerHTML = '<defs><pattern id="' + HATCH_ID + '" width="6" height="6" patternUnits="userSpaceOnUse" ' +
      'patternTransform="rotate(45)"><rect width="6" height="6" fill="#eeeeee"/>' +
      '<line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" stroke-width="2"/></pattern></defs>';
    document.body.appendChild(svg);
  }

  function fill(template, value) {
    return template.replace("{value}", value);
  }

  /* h.value[ags] is the formatted number (or why it is missing), h.text the shared sentence templates. */
  function tooltipHtml(ags, name, h) {
    var lines = ["<strong>" + escapeHtml(name) + "</strong>"];
    var value = h.value[ags];
    var known = h.classes[ags] !== undefined && h.classes[ags] >= 0;
    lines.push(escapeHtml(known ? fill(h.text.value, value) : (value || h.text.noData)));
    if (known && h.rank[ags] !== undefined) { lines.push(escapeHtml(fill(h.text.rank, h.rank[ags]))); }
    if (known && h.deviation[ags] !== undefined) { lines.push(escapeHtml(fill(h.text.deviation, h.deviation[ags]))); }
    return lines.join("<br>");
  }

  /* The hideout a layer is drawn from: its own, or the frame assets/play.js shows while the years play
   * (`map.playing`: the layer's id, the hideout play started from, and the frame's). A layer rebuilt from a
   * newer hideout (the server's answer once play stops) is drawn from that one again. */
  function current(context) {
    var p = map.playing;
    return p && p.id === context.id && p.base === context.hideout ? p.hideout : (context.hideout || {});
  }

  var map = {
    playing: null,
    /* The shapes of each map by id and AGS, with the context they were drawn from (assets/play.js recolours them). */
    layers: {},
    /* Choropleth fill from the class of each AGS; unknown or missing values are hatched. */
    style: function (feature, context) {
      ensureHatch();
      var h = current(context);
      var ags = feature.properties.ags;
      var cls = h.classes ? h.classes[ags] : undefined;
      var known = cls !== undefined && cls >= 0;
      var selected = ags === h.selected;
      return {
        className: (h.className || "place") + " ags-" + ags,  // lets tests and stylesheets find a place's shape
        fillColor: known ? h.colours[cls] : "url(#" + HATCH_ID + ")",
        fillOpacity: h.fillOpacity || (h.basemap ? 0.72 : 0.92),
        color: selected ? "#111111" : "#ffffff",
        weight: selected ? 3.5 : 0.9,
        opacity: 1
      };
    },
    hover: function () {
      return {weight: 3, color: "#333333"};
    },
    /* A sticky tooltip: name, value with unit and year, rank, deviation from the Ruhr mean. */
    bindTooltip: function (feature, layer, context) {
      var ags = feature.properties.ags;
      (map.layers[context.id] = map.layers[context.id] || {})[ags] = {layer: layer, context: context};
      if (!(context.hideout || {}).text) { return; }
      layer.bindTooltip(function () { return tooltipHtml(ags, feature.properties.name, current(context)); },
                        {sticky: true, className: "map-tooltip"});
    },
    /* Kreis borders drawn over the municipality borders. */
    border: function () {
      return {fill: false, color: "#1f1f1f", weight: 1.8, opacity: 0.85};
    },
    /* The places hovered in a chart or named by a story step (one AGS or a list): a thick outline, nothing else. */
    highlighted: function (feature, context) {
      var chosen = context.hideout && context.hideout.ags;
      return Array.isArray(chosen) ? chosen.indexOf(feature.properties.ags) >= 0 : chosen === feature.properties.ags;
    },
    highlight: function () {
      return {fill: false, color: "#000000", weight: 4.5, opacity: 1};
    },
    /* The places similar to the chosen one (layouts/similar_panel.py): a dashed outline, so it differs from a hover by more than colour. */
    similar: function () {
      return {fill: false, color: "#000000", weight: 3, opacity: 1, dashArray: "7 5", className: "similar-outline"};
    },
    /* Name labels at each place's label point. */
    label: function (feature, latlng) {
      return L.marker(latlng, {
        icon: L.divIcon({className: "map-label", html: escapeHtml(feature.properties.name), iconSize: null}),
        interactive: false,
        keyboard: false
      });
    },
    labelShown: function (feature, context) {
      return Boolean(context.hideout && context.hideout.show);
    },
    /* The class of a place as letters at its label point (the spatial tab: "HH", "+" …), so the small map does not
     * rely on colour alone; hideout.marks holds the letters of each marked AGS. */
    marked: function (feature, context) {
      return Boolean(context.hideout && context.hideout.marks && context.hideout.marks[feature.properties.ags]);
    },
    classMark: function (feature, latlng, context) {
      var mark = context.hideout.marks[feature.properties.ags];
      return L.marker(latlng, {
        icon: L.divIcon({className: "class-mark" + (mark.length === 1 ? " symbol" : ""), html: escapeHtml(mark), iconSize: null}),
        interactive: false,
        keyboard: false
      });
    },
    /* A project: its Handlungsfeld icon (colour and shape, built on the server); popup and tooltip come
     * from the feature's properties (dash-leaflet binds properties.popup and .tooltip). */
    projectMarker: function (feature, latlng) {
      return L.marker(latlng, {
        icon: L.divIcon({className: "project-marker", html: feature.properties.icon, iconSize: [18, 18], iconAnchor: [9, 9]}),
        keyboard: true,
        title: feature.properties.tooltip
      });
    },
    /* Several projects at one place or close together: a counted circle; a click zooms in or spreads them. */
    projectCluster: function (feature, latlng) {
      var count = feature.properties.point_count;
      return L.marker(latlng, {
        icon: L.divIcon({className: "project-cluster", html: "<span>" + count + "</span>", iconSize: [30, 30]})
      });
    },
    /* Lines from a project's coordinating place to its partner places, in the Handlungsfeld colour. */
    network: function (feature) {
      return {color: feature.properties.colour, weight: 2.6, opacity: 0.95, dashArray: "6 3"};
    }
  };

  window.ruhrAtlas = Object.assign({}, window.ruhrAtlas, {map: map});
})();
