/* The URL and the page (callbacks/url_state.py). A control writes the URL together with the state it made
 * (the state keeps that query as `_query`). Only a URL the state on screen did not write (page load,
 * back/forward, a link, a story step) is passed on to the server to build its page; deciding this in the
 * browser spares every control change a round trip before the map and panels may update. */
window.dash_clientside = Object.assign({}, window.dash_clientside);
window.dash_clientside.ruhrAtlas = Object.assign({}, window.dash_clientside.ruhrAtlas, {
  pageRequest: function (search, state) {
    if (state && state._query === (search || "")) { return window.dash_clientside.no_update; }
    return {search: search || ""};
  },
  // A server callback that depends on some fields of the view state only is asked when they change
  // (layouts/request_gate.py): the gate holds the fields and the key of what was last asked.
  requestWhenChanged: function (state, gate) {
    if (!state || !gate || (gate.when && !state[gate.when])) return window.dash_clientside.no_update;
    const key = JSON.stringify(gate.fields.map(function (field) { return state[field] === undefined ? null : state[field]; }));
    return key === gate.key ? window.dash_clientside.no_update : Object.assign({}, gate, {key: key});
  },
  // The citations follow the permalink only while they are shown.
  whileShown: function (value, hidden) {
    return hidden === false ? value : window.dash_clientside.no_update;
  },
  // the page built for a language: the document says so too (callbacks/page_language.py)
  pageLanguage: function (state, page) {
    if (!page) return;
    document.documentElement.lang = page.lang;
    document.title = page.title;
  }
});
