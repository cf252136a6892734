/* Presentation mode: presentation clickers and keyboards step through the story.
 * Clickers send PageDown/PageUp or the arrow keys; Space and Enter go on as well. The keys press the
 * step buttons of the presentation bar, so they go through the same callbacks as a mouse click. */
(function () {
  "use strict";

  var NEXT = ["ArrowRight", "ArrowDown", "PageDown", " ", "Spacebar"];
  var PREVIOUS = ["ArrowLeft", "ArrowUp", "PageUp"];

  function typing(target) {
    var tag = (target && target.tagName) || "";
    return /^(INPUT|TEXTAREA|SELECT)$/.test(tag) || (target && target.isContentEditable) ||
      Boolean(target && target.closest && target.closest(".dash-dropdown, [role='listbox'], .leaflet-container"));
  }

  function press(id) {
    var button = document.getElementById(id);
    if (button && !button.disabled) { button.click(); }
  }

  document.addEventListener("keydown", function (event) {
    if (!document.querySelector(".presenting") || typing(event.target) || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var dots = document.querySelectorAll(".present-bar .dot");
    if (NEXT.indexOf(event.key) >= 0) {
      press("present-next");
    } else if (PREVIOUS.indexOf(event.key) >= 0) {
      press("present-prev");
    } else if (event.key === "Home" && dots.length) {
      dots[0].click();
    } else if (event.key === "End" && dots.length) {
      dots[dots.length - 1].click();
    } else {
      return;
    }
    event.preventDefault();
  });

  window.dash_clientside = Object.assign({}, window.dash_clientside);
  window.dash_clientside.ruhrAtlas = Object.assign({}, window.dash_clientside.ruhrAtlas, {
    /* The whole page in full screen (browsers allow it only after a click). */
    fullScreen: function () {
      if (document.fullscreenElement) { document.exitFullscreen(); } else if (document.documentElement.requestFullscreen) {
        document.documentElement.requestFullscreen();
      }
      return window.dash_clientside.no_update;
    }
  });
})();
