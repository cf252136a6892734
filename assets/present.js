/* Presentation mode: presentation clickers and keyboards step through the story.
 * Clickers send PageDown/PageUp or the arrow keys; Space goes on as well; Home/End jump to the first/last step.
 * The keys press the step buttons of the presentation bar, so they go through the same callbacks as a mouse
 * click. They work wherever the last click went (the map, a chart, a button of the bar): only a control the
 * facilitator is operating under "Ansicht anpassen" (a text field, a dropdown, a slider) keeps its keys, and so
 * does a tab reached by keyboard (its arrow keys go to the next tab, as ARIA tabs do; a clicked tab does not keep
 * them, so a clicker still steps on after the facilitator clicked one). */
(function () {
  "use strict";

  var NEXT = ["ArrowRight", "ArrowDown", "PageDown", " ", "Spacebar"];
  var PREVIOUS = ["ArrowLeft", "ArrowUp", "PageUp"];
  var OPERATED = ".dash-dropdown, .dash-dropdown-content, [role='slider']";  // Dash's dropdowns (button and open list) and sliders

  function operating(target) {
    var tag = (target && target.tagName) || "";
    return /^(INPUT|TEXTAREA|SELECT)$/.test(tag) || Boolean(target && target.isContentEditable) ||
      Boolean(target && target.closest && target.closest(OPERATED));
  }

  var TAB_KEYS = ["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp", "Home", "End"];

  function movingBetweenTabs(event) {
    var tab = event.target && event.target.closest && event.target.closest("[role='tab']");
    return Boolean(tab) && tab.matches(":focus-visible") && TAB_KEYS.indexOf(event.key) >= 0;
  }

  function press(id) {
    var button = document.getElementById(id);
    if (button && !button.disabled) { button.click(); }
  }

  /* Listening in the capture phase, before the element with the focus sees the key: the map would pan with the
   * arrow keys, a focused button would click on Space (preventing the press keeps Chromium from clicking). */
  document.addEventListener("keydown", function (event) {
    if (!document.querySelector(".presenting") || operating(event.target) || movingBetweenTabs(event) || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var bar = document.querySelector(".present-bar"), dots = bar.querySelectorAll(".dot");
    if (NEXT.indexOf(event.key) >= 0) {
      press(bar.getAttribute("data-next"));  // the ids as layouts/ids.py names them
    } else if (PREVIOUS.indexOf(event.key) >= 0) {
      press(bar.getAttribute("data-prev"));
    } else if (event.key === "Home" && dots.length) {
      dots[0].click();
    } else if (event.key === "End" && dots.length) {
      dots[dots.length - 1].click();
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  }, true);

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
