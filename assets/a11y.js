/* Repairs of markup that Dash 4.4.1's core components render wrongly for assistive technology; none of it can
 * be set through their Python props (assets/README.md lists each fault). Each repair is idempotent and runs on
 * every node Dash inserts and on every attribute React writes back, so a re-rendered control stays repaired.
 *
 * - RadioItems, Checklist and an open Dropdown's list draw native radio buttons and checkboxes (which take the
 *   focus), but wrap them in role="listbox" and each in a label with role="option" and aria-selected:
 *   interactive controls inside interactive controls, and a listbox without a name. The native inputs say
 *   everything; role and aria-selected are removed. A list is named by the legend of the fieldset around it
 *   (layouts/controls.py choice_group), an open dropdown by the label of its button.
 * - Dropdown puts a hidden input (aria-hidden, yet in the tab order) before its button and moves the focus on
 *   to the button (for Safari, which skips buttons when tabbing; an explicit tabindex brings them back). The
 *   input is taken out of the tab order; the button, named by its <label for> and what it shows, takes its place.
 *   Dash names the button by its value and a multi-select's count ("3 selected") in the reverse of the order
 *   they are shown in, and the visible text then was not the name; the whole shown part names it now. The
 *   clear cross (a pointer-only element, not focusable: Delete and Backspace clear by keyboard) is hidden.
 * - Slider's thumb (role="slider") has no name: its <label for> names it.
 * - Upload's file input (invisible, in the tab order, without a name) duplicates the "choose a file" button
 *   beside it, which opens the same dialog: it is left out of the tab order and the accessibility tree.
 */
(function () {
  "use strict";

  // The label whose `for` points at a Dash component (a dropdown's button, a slider's box), given an id.
  function labelFor(id) {
    const label = id && document.querySelector("label[for='" + CSS.escape(id) + "']");
    if (label && !label.id) label.id = id + "-label";
    return label;
  }

  function setAttribute(element, name, value) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }

  const REPAIRS = [
    [".dash-options-list[role]", function (list) { list.removeAttribute("role"); }],
    [".dash-options-list > label[role], .dash-options-list > label[aria-selected]",
      function (option) { option.removeAttribute("role"); option.removeAttribute("aria-selected"); }],
    [".dash-dropdown-content[id]", function (popup) {  // the open list, in a dialog at the end of the page
      const button = document.querySelector("[aria-controls='" + CSS.escape(popup.id) + "']");
      const label = button && labelFor(button.id);
      if (label) setAttribute(popup, "aria-labelledby", label.id);
    }],
    [".dash-dropdown-focus-target", function (input) { setAttribute(input, "tabindex", "-1"); }],
    [".dash-dropdown", function (button) {
      setAttribute(button, "tabindex", "0");
      const label = labelFor(button.id);
      if (label) setAttribute(button, "aria-labelledby", label.id + " " + button.id + "-shown");
    }],
    [".dash-dropdown > .dash-dropdown-trigger", function (shown) {  // what the button shows: value, chips, count
      setAttribute(shown, "id", shown.parentElement.id + "-shown");
    }],
    [".dash-dropdown-clear", function (clear) { setAttribute(clear, "aria-hidden", "true"); }],
    [".dash-slider-thumb[role=slider]", function (thumb) {
      const label = labelFor((thumb.closest(".dash-slider-container") || {}).id);
      if (label) setAttribute(thumb, "aria-labelledby", label.id);
    }],
    [".upload-drop input[type=file]", function (input) {
      setAttribute(input, "tabindex", "-1");
      setAttribute(input, "aria-hidden", "true");
    }],
  ];

  function repair(root) {
    if (root.nodeType !== 1) return;
    REPAIRS.forEach(function ([selector, fix]) {
      if (root.matches(selector)) fix(root);
      root.querySelectorAll(selector).forEach(fix);
    });
  }

  new MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.type === "attributes") repair(record.target);
      else record.addedNodes.forEach(repair);
    });
  }).observe(document.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ["role", "aria-selected", "tabindex", "aria-labelledby"]});
  repair(document.documentElement);
})();
