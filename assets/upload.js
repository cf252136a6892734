/* Bring-your-own data (callbacks/upload.py): a page built anew asks the server to draw the session's own
 * layer again, but only when there is one, so a visitor without own data makes no request. */
window.dash_clientside = Object.assign({}, window.dash_clientside);
window.dash_clientside.ruhrAtlas = Object.assign({}, window.dash_clientside.ruhrAtlas, {
  userRedraw: function (mounted, userData) {
    return userData ? Date.now() : window.dash_clientside.no_update;
  }
});
