/* Number tables drawn in the browser from one attribute the server sends (layouts/comparison/common.py static_table).
 *
 * Why: Dash 4.4.1 remounts every component of a callback's returned children on each update (plotly/dash#3846), and
 * its cost grows faster than the number of components: a tab whose number tables held ~700 Dash components froze the
 * page for 12 s after a click, against 1–2 s without them. Drawn here, a table is one Dash component; its caption, header
 * cells (scope="col"), row headers (scope="row") and cells are the same real table a screen reader reads.
 * The attribute holds {caption, class, columns, rows}; a cell is a text, or {text, class} for a span that wraps.
 */
(function () {
  "use strict";
  const ATTRIBUTE = "data-table";

  function cell(tag, value, scope) {
    const element = document.createElement(tag);
    if (scope) element.scope = scope;
    if (value !== null && typeof value === "object") {
      const span = document.createElement("span");
      span.className = value.class;
      span.textContent = value.text;
      element.appendChild(span);
    } else {
      element.textContent = value === null ? "" : String(value);
    }
    return element;
  }

  function draw(holder) {
    const source = holder.getAttribute(ATTRIBUTE);
    if (!source) return;
    const spec = JSON.parse(source);
    const table = document.createElement("table");
    table.className = spec.class;
    const caption = table.createCaption();
    const text = document.createElement("div");
    text.className = "caption-text";
    text.textContent = spec.caption;
    caption.appendChild(text);
    const head = table.createTHead().insertRow();
    spec.columns.forEach(function (column) { head.appendChild(cell("th", column, "col")); });
    const body = table.createTBody();
    spec.rows.forEach(function (row) {
      const line = body.insertRow();
      row.forEach(function (value, i) { line.appendChild(i === 0 ? cell("th", value, "row") : cell("td", value)); });
    });
    holder.replaceChildren(table);
  }

  function drawWithin(root) {
    if (root.nodeType !== 1) return;
    if (root.hasAttribute(ATTRIBUTE)) draw(root);
    root.querySelectorAll("[" + ATTRIBUTE + "]").forEach(draw);
  }

  new MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.type === "attributes") draw(record.target);
      else record.addedNodes.forEach(drawWithin);
    });
  }).observe(document.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: [ATTRIBUTE]});
  drawWithin(document.documentElement);
})();
