/* Clientside callbacks that link the ranking chart and the map without a server round trip.
 * Registered in callbacks/ranking.py with ClientsideFunction("ruhrAtlas", ...). */
window.dash_clientside = Object.assign({}, window.dash_clientside);
window.dash_clientside.ruhrAtlas = Object.assign({}, window.dash_clientside.ruhrAtlas, {
    /* Hovering a bar outlines that place on the map (layer map-highlight). */
    highlightFromRanking: function (hoverData) {
      var point = hoverData && hoverData.points && hoverData.points[0];
      return {ags: point ? point.customdata : null};
    },
    /* The same for the zone chart and the scatter: whichever was hovered last. */
    highlightFromChart: function () {
      var triggered = window.dash_clientside.callback_context.triggered[0];
      var point = triggered && triggered.value && triggered.value.points && triggered.value.points[0];
      return {ags: point && typeof point.customdata === "string" ? point.customdata : null};
    },
    /* The permalink of the view on screen and the iframe code that embeds one of its panels. The query is the
     * one the state on screen wrote (`_query`, callbacks/url_state.py), so both follow every change of the view, plus
     * the data version (`v`, geo/view_state.py);
     * the iframe's height shows the panel down to its source line (tests/browser/test_share.py measures them). */
    shareLinks: function (state, panel, mapTitle, panelOptions, version) {
      var width = 900;
      // the tallest embed of each panel over all indicators and both languages, measured at 900 px, plus about 30 px
      // (the table scrolls in its box of at most 85 % of the frame's height)
      var heights = {map: 840, ranking: {gemeinde: 1140, kreis: 540}, table: 760,
                     comparison: {zones: 1200, trend: 770, inequality: 790, convergence: 1620, scatter: 830, spatial: 1040, projects: 1100}};
      var query = state && typeof state._query === "string" ? state._query : window.location.search;
      var url = new URL(window.location.pathname + query, window.location.origin);
      url.searchParams.delete("embed");
      url.searchParams.delete("panel");
      // the data version the link was made with: opened after the data changed, the atlas says what changed
      if (version) { url.searchParams.set("v", version); }
      var embed = new URL(url.toString());
      embed.searchParams.set("embed", "1");
      if (panel && panel !== "map") { embed.searchParams.set("panel", panel); }
      var height = heights[panel] || heights.map;
      if (typeof height === "object") { height = height[(state || {})[panel === "ranking" ? "level" : "tab"]] || Math.max.apply(null, Object.values(height)); }
      var option = (panelOptions || []).filter(function (o) { return o.value === panel; })[0];
      var title = document.title + ": " + (option ? option.label + " – " : "") + (mapTitle || "");
      var attribute = function (text) { return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;"); };
      var code = '<iframe src="' + embed.toString().replace(/"/g, "&quot;") + '" width="' + width + '" height="' + height + '" ' +
        'style="border:0" loading="lazy" title="' + attribute(title) + '"></iframe>';
      return [url.toString(), code];
    },
    /* Hovering a place on the map shows the hover label of its bar in the ranking chart. */
    hoverRankingFromMap: function (feature, chartId) {
      var chart = document.getElementById(chartId), graph = chart && chart.querySelector(".js-plotly-plot");
      if (!graph || !graph.data || !window.Plotly) { return window.dash_clientside.no_update; }
      var ags = feature && feature.properties ? feature.properties.ags : null;
      var index = ags ? (graph.data[0].customdata || []).indexOf(ags) : -1;
      if (index >= 0) {
        window.Plotly.Fx.hover(graph, [{curveNumber: 0, pointNumber: index}]);
      } else {
        window.Plotly.Fx.unhover(graph);
      }
      return window.dash_clientside.no_update;
    }
});
