// Draws one tab as a table, with the tab's frozen rows and columns, column widths, wrapping and
// dropdowns as the add-on set them. User data goes in through textContent only.

const ROW_HEAD = 46;

export function columnName(n) {
  let name = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** Builds the table of `view` (a SheetView from the server) into `table`. */
export function renderGrid(table, view, { onLink }) {
  table.replaceChildren();
  const colgroup = document.createElement("colgroup");
  colgroup.append(col(ROW_HEAD));
  for (const width of view.columnWidths) colgroup.append(col(width));
  const head = document.createElement("thead");
  const headRow = head.insertRow();
  headRow.append(th("", "corner"));
  for (let c = 1; c <= view.numColumns; c++)
    headRow.append(frozenColumn(th(columnName(c), "col-head"), c, view));
  const body = document.createElement("tbody");
  for (let r = 1; r <= view.numRows; r++) {
    const tr = body.insertRow();
    tr.dataset.r = String(r);
    if (r <= view.frozenRows) tr.classList.add("frozen");
    if (r === view.frozenRows) tr.classList.add("frozen-last");
    tr.append(th(String(r), "row-head"));
    for (let c = 1; c <= view.numColumns; c++) tr.append(frozenColumn(cell(view, r, c, onLink), c, view));
  }
  table.append(colgroup, head, body);
  // The columns' own widths, as Sheets draws them: overflowing text must not widen a column.
  table.style.width = `${ROW_HEAD + view.columnWidths.reduce((a, b) => a + b, 0)}px`;
  stickFrozen(table, view);
}

function col(width) {
  const el = document.createElement("col");
  el.style.width = `${width}px`;
  return el;
}

function th(text, className) {
  const el = document.createElement("th");
  el.className = className;
  el.textContent = text;
  return el;
}

/** Columns left of the freeze stay in view when the grid scrolls sideways (offsets: `stickFrozen`). */
function frozenColumn(el, c, view) {
  if (c > view.frozenColumns) return el;
  el.classList.add("frozen-col");
  if (c === view.frozenColumns) el.classList.add("frozen-col-last");
  el.style.left = `${ROW_HEAD + view.columnWidths.slice(0, c - 1).reduce((a, b) => a + b, 0)}px`;
  return el;
}

function cell(view, r, c, onLink) {
  const td = document.createElement("td");
  td.dataset.r = String(r);
  td.dataset.c = String(c);
  const value = view.values[r - 1]?.[c - 1] ?? "";
  const link = view.links[r - 1]?.[c - 1];
  if (link) td.append(linkElement(link, value, onLink));
  else td.textContent = value;
  const background = view.backgrounds[r - 1]?.[c - 1];
  if (background) td.style.backgroundColor = background;
  if (view.bold[r - 1]?.[c - 1]) td.classList.add("bold");
  // Not wrapped (Sheets' default): the text overflows into the next cells while they are empty, else it is clipped.
  if (view.wraps?.[r - 1]?.[c - 1] !== true && value !== "") {
    td.classList.add((view.values[r - 1]?.[c] ?? "") === "" ? "overflow" : "clip");
  }
  const note = view.notes[r - 1]?.[c - 1];
  if (note) {
    td.classList.add("has-note");
    td.title = note;
  }
  if ((view.listOf?.[r - 1]?.[c - 1] ?? null) !== null) td.classList.add("has-list");
  return td;
}

function linkElement(url, label, onLink) {
  const a = document.createElement("a");
  a.textContent = label;
  if (url.startsWith("#")) {
    a.href = url;
    a.addEventListener("click", (event) => {
      event.preventDefault();
      onLink(url);
    });
  } else if (/^https?:\/\//i.test(url)) {
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
  }
  return a;
}

/**
 * Frozen rows stay under the column letters: sticky offsets measured from the drawn rows. The
 * grid's scroll padding keeps a cell scrolled into view clear of the frozen panes.
 */
function stickFrozen(table, view) {
  const headHeight = table.tHead.rows[0].getBoundingClientRect().height;
  let top = headHeight;
  for (const tr of table.tBodies[0].querySelectorAll("tr.frozen")) {
    for (const el of tr.children) el.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
  const wrap = table.parentElement;
  wrap.style.scrollPaddingTop = `${top}px`;
  wrap.style.scrollPaddingLeft = `${ROW_HEAD + view.columnWidths.slice(0, view.frozenColumns).reduce((a, b) => a + b, 0)}px`;
}

/** `#gid=123&range=A5` → { sheetId, row, column } (links the add-on writes into its reports). */
export function parseSheetLink(url) {
  const m = /^#gid=(\d+)(?:&range=([A-Z]+)(\d+))?/.exec(url);
  if (!m) return null;
  let column = 0;
  for (const ch of m[2] ?? "A") column = column * 26 + ch.charCodeAt(0) - 64;
  return { sheetId: Number(m[1]), row: Number(m[3] ?? 1), column };
}
