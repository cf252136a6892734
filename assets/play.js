/* Playing the years in the browser (layouts/play.py, callbacks/play.py).
 *
 * The frames of a view (every year's classes, tooltips, title, legend, source, values and zone means) arrive in
 * one answer when play is first pressed. From then on each frame is drawn here, with no request: the shapes of the
 * main map are recoloured through Leaflet (assets/map_style.js draws them from the frame), the title, legend and
 * source of the year take the place of the server's, and the ranking and the zone chart, where on screen, get a
 * light version drawn with Plotly. When play stops, the year control takes the year shown and the server renders
 * that year once (or, stopped on the year it started from, the page's own drawing comes back).
 */
(function () {
  "use strict";

  var IDS = {  // layouts/ids.py
    map: "map-geojson", year: "control-year", speed: "play-speed", shownYear: "play-year", status: "play-status",
    title: "play-title", legend: "play-legend", source: "play-source", note: "play-comparison-note",
    ranking: "ranking-chart", zones: "zone-chart", play: "play", back: "play-back", panel: "map-panel"
  };
  var lessMotion = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : {matches: false};
  // phase: "stopped" | "playing" | "stopping" (waiting for the server's drawing of the year play stopped at)
  var P = {phase: "stopped", data: null, index: 0, timer: null, startYear: null, saved: {}, ranges: {}};

  function setProps(id, props) { window.dash_clientside.set_props(id, props); }
  function fill(template, year) { return template.replace("{year}", year); }
  function shapes() { return window.ruhrAtlas.map.layers[IDS.map] || {}; }

  /* The hideout the main map is drawn from now: that of its shapes on the map. */
  function baseHideout() {
    var all = shapes();
    for (var ags in all) { if (all[ags].layer._map) { return all[ags].context.hideout; } }
    return null;
  }

  /* Each year on screen at least this long; with less motion asked for, at least the slowest speed. */
  function delay() {
    var chosen = document.querySelector("#" + IDS.speed + " input:checked");
    var ms = chosen ? Number(chosen.value) : 1000;
    var slowest = Number(document.getElementById(IDS.play).dataset.slowest || ms);
    return lessMotion.matches ? Math.max(ms, slowest) : ms;
  }

  /* The new colours: every shape of the main map restyled from the frame (Leaflet writes the SVG at once). */
  function colour(frame) {
    var drawing = window.ruhrAtlas.map;
    drawing.playing = {id: IDS.map, base: P.base, hideout: Object.assign({}, P.base, frame.hideout)};
    var all = shapes();
    for (var ags in all) {
      var shape = all[ags];
      if (shape.layer._map && shape.context.hideout === P.base) { shape.layer.setStyle(drawing.style(shape.layer.feature, shape.context)); }
    }
  }

  function chart(id) {
    var graph = document.querySelector("#" + id + " .js-plotly-plot");
    return graph && graph.offsetParent && window.Plotly ? graph : null;
  }

  function keep(id, graph) {
    if (!P.saved[id]) { P.saved[id] = {data: graph.data, layout: graph.layout}; }
    return P.saved[id];
  }

  /* The ranking, light: the bars of the year sorted by value, in the map's colours, on an axis fixed for all years. */
  function ranking(frame) {
    var graph = chart(IDS.ranking);
    if (!graph) { return; }
    var saved = keep(IDS.ranking, graph), h = frame.hideout, values = frame.values, names = P.data.names;
    var selected = (P.base || {}).selected;
    var known = Object.keys(values).filter(function (a) { return values[a] !== null; })
      .sort(function (a, b) { return values[a] - values[b]; });
    var bar = Object.assign({}, saved.data[0], {
      x: known.map(function (a) { return values[a]; }),
      y: known.map(function (a) { return names[a]; }),
      customdata: known,
      text: known.map(function (a) { return h.value[a]; }),
      marker: {color: known.map(function (a) { return h.colours[h.classes[a]]; }),
               line: {color: known.map(function (a) { return a === selected ? "#111111" : "rgba(0,0,0,0)"; }), width: 2}}
    });
    var layout = Object.assign({}, saved.layout, {
      title: Object.assign({}, saved.layout.title, {text: frame.rankingTitle}), shapes: [], annotations: [],
      xaxis: Object.assign({}, saved.layout.xaxis, {range: P.ranges.values, autorange: false})
    });
    window.Plotly.react(graph, [bar], layout);
  }

  /* The zone chart, light: each zone's dots and mean for the year; reference lines come back when play stops. */
  function zones(frame) {
    var graph = chart(IDS.zones);
    if (!graph) { return false; }
    var saved = keep(IDS.zones, graph);
    var data = saved.data.map(function (trace) {
      if (trace.type === "box") {
        return Object.assign({}, trace, {y: trace.customdata.map(function (a) { return frame.values[a]; })});
      }
      return Object.assign({}, trace, {y: [frame.zoneMeans[trace.x[0]]]});
    });
    var layout = Object.assign({}, saved.layout, {
      shapes: [], annotations: [], yaxis: Object.assign({}, saved.layout.yaxis, {range: P.ranges.values, autorange: false})
    });
    window.Plotly.react(graph, data, layout);
    return true;
  }

  /* The year control's chip of the year on screen (a data attribute, which React leaves alone). */
  function markYear(year) {
    document.querySelectorAll("#" + IDS.year + " label[data-playing]").forEach(function (label) { delete label.dataset.playing; });
    var input = year === null ? null : document.querySelector("#" + IDS.year + ' input[value="' + year + '"]');
    if (input && input.closest("label")) { input.closest("label").dataset.playing = ""; }
  }

  /* One frame: the colours at once; the texts and the charts beside the map after they are painted. */
  function show(index) {
    var frame = P.data.frames[index];
    P.index = index;
    play.colour(frame);  // through the namespace, so bench/browser.py can time the steps of a frame
    window.requestAnimationFrame(function () {
      if (P.phase === "playing" && P.index === index) { play.follow(frame); }
    });
  }

  /* What follows the colours: the year's title, legend and source, the chip of its year, the ranking and zone chart. */
  function follow(frame) {
    markYear(frame.year);
    setProps(IDS.shownYear, {children: frame.label});
    setProps(IDS.title, {children: frame.title});
    setProps(IDS.legend, {children: frame.legend});
    setProps(IDS.source, {children: frame.source});
    ranking(frame);
    var text = P.data.text;
    setProps(IDS.note, {children: zones(frame) ? fill(text.play_comparison_zones, frame.label) : text.play_comparison_other});
  }

  function next() {
    P.timer = window.setTimeout(function () {
      if (baseHideout() !== P.base) { finish(false); return; }  // the page was built anew (a link, back, the language)
      if (P.index + 1 >= P.data.frames.length) { stopAt(P.data.frames[P.index].year); return; }
      play.show(P.index + 1);
      next();
    }, delay());
  }

  /* The range of every value and zone mean of all frames, padded: axes that hold still while the years play. */
  function valueRange(frames) {
    var low = Infinity, high = -Infinity;
    frames.forEach(function (frame) {
      [frame.values, frame.zoneMeans].forEach(function (numbers) {
        for (var key in numbers) {
          if (numbers[key] !== null) { low = Math.min(low, numbers[key]); high = Math.max(high, numbers[key]); }
        }
      });
    });
    var pad = (high - low) * 0.05 || 1;
    return [Math.min(0, low - pad), high + pad];
  }

  /* On a phone the controls are a drawer over the map: play closes it and shows the map (the buttons stay on screen). */
  function closeDrawer() {
    var toggle = document.querySelector(".column-controls.open .drawer-toggle");
    if (toggle && toggle.offsetParent) {
      toggle.click();
      document.getElementById(IDS.panel).parentElement.scrollIntoView({block: "start"});  // the map's column, tabs first
    }
  }

  function start(data, year) {
    var years = data.frames.map(function (frame) { return frame.year; });
    var index = years.indexOf(year);
    if (index < 0 || index === years.length - 1) { index = 0; }  // at the last year, play from the first
    P.base = baseHideout();
    if (!P.base) { return; }
    P.data = data;
    P.phase = "playing";
    P.startYear = year;
    P.saved = {};
    P.ranges = {values: valueRange(data.frames)};
    document.body.dataset.play = "playing";
    closeDrawer();
    setProps(IDS.status, {children: fill(data.text.play_started, data.frames[index].label)});
    play.show(index);
    next();
  }

  /* Back to the page's own drawing: the server's colours, legend and charts as they were before play. */
  function finish(restoreCharts) {
    window.clearTimeout(P.timer);
    P.phase = "stopped";
    delete document.body.dataset.play;
    markYear(null);
    window.ruhrAtlas.map.playing = null;
    var all = shapes();
    for (var ags in all) {
      var shape = all[ags];
      if (shape.layer._map) { shape.layer.setStyle(window.ruhrAtlas.map.style(shape.layer.feature, shape.context)); }
    }
    if (restoreCharts) {
      [IDS.ranking, IDS.zones].forEach(function (id) {
        var graph = document.querySelector("#" + id + " .js-plotly-plot");
        if (graph && P.saved[id]) { window.Plotly.react(graph, P.saved[id].data, P.saved[id].layout); }
      });
    }
    P.saved = {};
  }

  /* Stop at ``year``: the year control takes it, and the server draws it (keeping the frame until its answer). */
  function stopAt(year) {
    window.clearTimeout(P.timer);
    var frame = P.data.frames.filter(function (f) { return f.year === year; })[0];
    setProps(IDS.status, {children: fill(P.data.text.play_stopped, frame ? frame.label : year)});
    if (year === P.startYear) { finish(true); return; }
    P.phase = "stopping";
    document.body.dataset.play = "stopping";
    setProps(IDS.year, {value: year});
  }

  function matches(key, state) {
    return Boolean(key && state) && Object.keys(key).every(function (name) { return JSON.stringify(key[name]) === JSON.stringify(state[name]); });
  }

  var play = {
    show: show,
    colour: colour,
    follow: follow,
    /* Play / pause: frames the browser has for this view start at once; otherwise they are asked for (one request). */
    toggle: function (clicks, state, data, year) {
      if (P.phase === "playing") { stopAt(P.data.frames[P.index].year); return window.dash_clientside.no_update; }
      if (data && matches(data.key, state)) { start(data, year); return window.dash_clientside.no_update; }
      return {clicks: clicks};
    },
    loaded: function (data, year) {
      if (data && data.frames && data.frames.length) { start(data, year); }
    },
    /* One year back or forward; while playing, from the year on screen, and play stops there. */
    step: function (back, forward, options, value) {
      var years = (options || []).map(function (option) { return option.value; });
      var from = P.phase === "playing" ? P.data.frames[P.index].year : value;
      var by = window.dash_clientside.callback_context.triggered[0].prop_id.indexOf(IDS.back + ".") === 0 ? -1 : 1;
      var target = years[Math.min(years.length - 1, Math.max(0, years.indexOf(from) + by))];
      if (P.phase === "playing") {
        window.clearTimeout(P.timer);
        setProps(IDS.status, {children: fill(P.data.text.play_stopped, target)});
        if (target === P.startYear) { finish(true); return window.dash_clientside.no_update; }
        P.phase = "stopping";
        document.body.dataset.play = "stopping";
      }
      return target === value ? window.dash_clientside.no_update : target;
    },
    /* The server drew the map anew: the year play stopped at, or another control changed while playing. */
    redrawn: function () {
      if (P.phase !== "stopped") { finish(false); }
    }
  };

  window.ruhrAtlas = Object.assign({}, window.ruhrAtlas, {play: play});
  window.dash_clientside = Object.assign({}, window.dash_clientside);
  window.dash_clientside.ruhrAtlas = Object.assign({}, window.dash_clientside.ruhrAtlas, {
    playToggle: play.toggle, playLoaded: play.loaded, playStep: play.step, playRedrawn: play.redrawn
  });
})();
