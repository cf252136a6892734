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
    /* The permalink of the view on screen and the iframe code that embeds one of its panels. */
    shareLinks: function (href, panel) {
      var url = new URL(href || window.location.href);
      url.searchParams.delete("embed");
      url.searchParams.delete("panel");
      var embed = new URL(url.toString());
      embed.searchParams.set("embed", "1");
      if (panel && panel !== "map") { embed.searchParams.set("panel", panel); }
      var code = '<iframe src="' + embed.toString().replace(/"/g, "&quot;") + '" width="900" height="700" ' +
        'style="border:0" loading="lazy" title="Ruhr-Disparitätenatlas"></iframe>';
      return [url.toString(), code];
    },
    /* Hovering a place on the map shows the hover label of its bar in the ranking chart. */
    hoverRankingFromMap: function (feature) {
      var graph = document.querySelector("#ranking-chart .js-plotly-plot");
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
