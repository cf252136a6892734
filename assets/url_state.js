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
  // the page built for a language: the document says so too (callbacks/page_language.py)
  pageLanguage: function (state, page) {
    if (!page) return;
    document.documentElement.lang = page.lang;
    document.title = page.title;
  }
});
