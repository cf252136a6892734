/* The page layout in the browser: maps and charts drawn at their real size whenever they
 * become visible, the map/ranking switch, and the controls drawer of the phone layout.
 *
 * Why: Leaflet and Plotly measure their box when they are created. A map or chart created
 * in a hidden tab measures 0 px and stays an empty box (or spills out of its panel) when
 * the tab is shown. A ResizeObserver sees every such box change size and redraws it. The table view is asked
 * for only while it is on screen.
 * Component ids come from the page (aria-controls), not from here.
 */
(function () {
  "use strict";
  const maps = new WeakMap();  // map container element -> Leaflet map, recorded when Leaflet creates it (gone with the page)
  const initialBounds = new WeakMap();  // Leaflet map -> the bounds it was asked to show first

  // Leaflet focuses a map on mousedown and then restores the window's scroll position, but not that of the
  // column the map sits in: a map partly out of its column's view jumped into view under the pointer, and
  // the click landed on another place (or none). Focusing without scrolling keeps it where it was.
  if (window.L && window.L.Map && window.L.Map.Keyboard) {
    window.L.Map.Keyboard.prototype._onMouseDown = function () {
      if (!this._focused) this._map.getContainer().focus({preventScroll: true});
    };
  }

  // A visitor who asks for less motion: maps zoom and pan without gliding (the CSS transitions stop in style.css;
  // Leaflet's pan and inertia are scripted, so they are switched off here).
  if (window.L && window.L.Map && window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
    window.L.Map.mergeOptions({zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false, inertia: false});
  }

  if (window.L && window.L.Map) {
    // A map React has removed (a presentation left, a page rebuilt) can still get a late event, such as the mouse
    // leaving a place whose tooltip was open; Leaflet then asks for the position of the pane the map no longer
    // has and throws "reading '_leaflet_pos'". A removed map answers 0,0 instead: nothing is drawn with it any more.
    const panePosition = window.L.Map.prototype._getMapPanePos;
    window.L.Map.prototype._getMapPanePos = function () {
      return this._mapPane ? panePosition.call(this) : window.L.point(0, 0);
    };
    window.L.Map.addInitHook(function () {
      maps.set(this.getContainer(), this);
      const fit = this.fitBounds;
      const map = this;
      this.fitBounds = function (bounds, options) {  // remember what the page asked for, to fit again once visible
        if (!initialBounds.has(map)) initialBounds.set(map, [bounds, options]);
        return fit.apply(map, arguments);
      };
    });
  }

  // A map the person has not zoomed or moved yet is fitted to its first bounds again when it is shown or
  // its box changes size by more than 15 % (a tab, a window resized); a scrollbar appearing only
  // re-measures it, so a place does not move under a pointer. A map they moved stays where they put it.
  const touched = new WeakSet();
  ["mousedown", "wheel", "touchstart", "keydown"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      const container = event.target.closest && event.target.closest(".leaflet-container");
      if (container) touched.add(container);
    }, true);
  });

  // A map React has removed in the meantime (a presentation left, a tab's content replaced) has lost its panes:
  // sizing or fitting it threw "Cannot read properties of undefined (reading '_leaflet_pos')".
  function alive(map, element) {
    return element.isConnected && Boolean(map._mapPane);
  }

  function redraw(element, refit) {
    const map = maps.get(element);
    if (map) {
      if (!alive(map, element)) return;
      map.invalidateSize();
      const first = initialBounds.get(map);
      if (first && refit && !touched.has(element)) {
        // Fit again once dash-leaflet has synced the view that invalidateSize reported
        // (it answers a task later, and would undo an immediate fit).
        setTimeout(function () {
          if (alive(map, element)) map.fitBounds(first[0], Object.assign({animate: false}, first[1]));
        }, 100);
      }
    } else if (window.Plotly && element.classList.contains("js-plotly-plot")) {
      window.Plotly.Plots.resize(element);
    }
  }

  const sizes = new WeakMap();  // element -> its last size ([0, 0] while hidden)
  const observer = new ResizeObserver(function (entries) {
    entries.forEach(function (entry) {
      const {width, height} = entry.contentRect;
      if (width === 0 || height === 0) {  // hidden (or created hidden): showing it redraws and fits it
        sizes.set(entry.target, [0, 0]);
        return;
      }
      const before = sizes.get(entry.target);
      sizes.set(entry.target, [width, height]);
      if (!before) return;  // just created at its size
      const grown = before[0] === 0 || Math.abs(width - before[0]) > 0.15 * before[0] || Math.abs(height - before[1]) > 0.15 * before[1];
      if (before[0] !== width || before[1] !== height) requestAnimationFrame(function () { redraw(entry.target, grown); });
    });
  });

  const WATCHED = ".leaflet-container, .js-plotly-plot";
  function watch(root) {
    if (root.nodeType !== 1) return;
    if (root.matches(WATCHED)) observer.observe(root);
    root.querySelectorAll(WATCHED).forEach(function (element) { observer.observe(element); });
  }
  // A table sorted on the server comes back drawn anew, and the sort button pressed with it: the focus, lost with
  // the old button, goes to the new one (a keyboard user presses it again to reverse the order).
  let sortPressed = null;  // [column, time] of the last sort button pressed
  document.addEventListener("click", function (event) {
    const button = event.target.closest && event.target.closest(".sort-button");
    sortPressed = button ? [button.getAttribute("data-column"), Date.now()] : null;
  }, true);
  function refocusSort() {
    if (!sortPressed || Date.now() - sortPressed[1] > 10000 || (document.activeElement && document.activeElement !== document.body)) return;
    const button = document.querySelector(".sort-button[data-column='" + sortPressed[0] + "']");
    if (button) { button.focus(); sortPressed = null; }
  }

  new MutationObserver(function (records) {
    records.forEach(function (record) { record.addedNodes.forEach(watch); });
    refocusSort();
    // Plotly adds its class to an existing element when it first draws
    records.forEach(function (record) { if (record.type === "attributes" && record.target.matches(WATCHED)) observer.observe(record.target); });
  }).observe(document.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ["class"]});

  // the Leaflet map drawn in a container element (assets/map_keys.js)
  window.ruhrAtlas = Object.assign({}, window.ruhrAtlas, {leafletMap: function (container) { return maps.get(container); }});

  // The table view is built by the server only when someone looks at it (callbacks/table_view.py): when its tab
  // is chosen, or when the map changed while the table is on screen (shown by its tab, an embed or a presentation).
  // The request names the view by its query, so equal requests get the answer the server already has.
  window.dash_clientside = Object.assign({}, window.dash_clientside);
  window.dash_clientside.ruhrAtlas = Object.assign({}, window.dash_clientside.ruhrAtlas, {
    tableRequest: function (hideout, clicks, panelId, state) {
      const byTab = window.dash_clientside.callback_context.triggered.some(function (t) { return /\.n_clicks$/.test(t.prop_id); });
      const panel = document.getElementById(panelId);
      const view = state && typeof state._query === "string" ? state._query : "";
      return byTab || (panel && panel.getClientRects().length > 0) ? view : window.dash_clientside.no_update;
    }
  });

  // ---- ARIA tabs: the map/ranking/table switch (panels shown here, in the browser) and the comparison tabs (a click
  // is a control the server answers, it shows the pane). Arrow keys, Home and End move between tabs and choose.
  function selectTab(tab) {
    const list = tab.closest("[role=tablist]");
    const ownsPanels = list.classList.contains("view-switch");
    list.querySelectorAll("[role=tab]").forEach(function (other) {
      const chosen = other === tab;
      other.setAttribute("aria-selected", chosen ? "true" : "false");
      other.tabIndex = chosen ? 0 : -1;
      const panel = document.getElementById(other.getAttribute("aria-controls"));
      if (panel && ownsPanels) panel.hidden = !chosen;
    });
  }

  function toggleDrawer(button) {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", open ? "true" : "false");
    button.parentElement.classList.toggle("open", open);
  }

  document.addEventListener("click", function (event) {
    const tab = event.target.closest("[role=tablist] [role=tab]");
    if (tab) selectTab(tab);
    const drawer = event.target.closest(".drawer-toggle");
    if (drawer) toggleDrawer(drawer);
    const skip = event.target.closest(".skip-link");
    if (skip) {
      event.preventDefault();  // a fragment would change the URL the view lives in
      skipTo(skip.getAttribute("data-focus"));
    }
  });

  function skipTo(selector) {
    let target = document.querySelector(selector);
    const panel = target && target.closest("[role=tabpanel][hidden]");  // the map behind the ranking: show it first
    if (panel) {
      document.querySelector("[aria-controls='" + panel.id + "']").click();
      target = document.querySelector(selector);
    }
    if (target) {
      target.scrollIntoView({block: "nearest"});
      target.focus({preventScroll: true});
    }
  }

  document.addEventListener("keydown", function (event) {
    const tab = event.target.closest && event.target.closest("[role=tablist] [role=tab]");
    if (!tab) return;
    const tabs = Array.from(tab.closest("[role=tablist]").querySelectorAll("[role=tab]"));
    const moves = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1};
    let next = null;
    if (event.key in moves) next = tabs[(tabs.indexOf(tab) + moves[event.key] + tabs.length) % tabs.length];
    if (event.key === "Home") next = tabs[0];
    if (event.key === "End") next = tabs[tabs.length - 1];
    if (next) {
      event.preventDefault();
      next.focus();
      next.click();  // chooses it (and for a comparison tab, tells the server)
    }
  });
})();
