// Cell selection, in-place editing (with a cell's dropdown choices) and paste on the grid.
// Commits go to callbacks; keys and the clipboard are read in editor-input.js.
import { CellDropdown } from "./dropdown.js";
import { editorKey, gridKey, pasted } from "./editor-input.js";

/** Clicks this close to a dropdown cell's right edge hit its arrow. */
const ARROW_PX = 20;

export class GridEditor {
  constructor(wrap, table, { onCommit, onPaste, onSelect }) {
    this.wrap = wrap;
    this.table = table;
    this.callbacks = { onCommit, onPaste, onSelect };
    this.view = null;
    this.selected = null;
    this.input = document.createElement("textarea");
    this.input.className = "cell-editor";
    this.input.setAttribute("aria-label", "Nội dung ô");
    this.input.hidden = true;
    wrap.append(this.input);
    // A choice taken with the mouse stays on its cell, as in Sheets; Tab or Enter then move on.
    this.dropdown = new CellDropdown(wrap, (choice) => {
      this.input.value = choice;
      this.commitAndMove(0, 0);
    });
    table.addEventListener("mousedown", (e) => this.onMouseDown(e));
    table.addEventListener("dblclick", (e) => this.onDoubleClick(e));
    document.addEventListener("keydown", (e) => gridKey(this, e));
    document.addEventListener("paste", (e) => pasted(this, e));
    this.input.addEventListener("keydown", (e) => editorKey(this, e));
    this.input.addEventListener("input", () => {
      if (this.dropdown.isOpen) this.dropdown.filter(this.input.value);
    });
    this.input.addEventListener("blur", () => this.commit());
  }

  setView(view) {
    this.view = view;
    if (this.selected) this.select(this.selected.r, this.selected.c);
  }

  cellAt(r, c) {
    return this.table.querySelector(`td[data-r="${r}"][data-c="${c}"]`);
  }

  /** Selects a cell and scrolls it into view; `block: "start"` puts its row just under the frozen rows. */
  select(r, c, block = "nearest") {
    if (!this.view) return;
    const row = Math.min(Math.max(r, 1), this.view.numRows);
    const column = Math.min(Math.max(c, 1), this.view.numColumns);
    for (const el of this.table.querySelectorAll("td.selected")) el.classList.remove("selected");
    const td = this.cellAt(row, column);
    if (!td) return;
    td.classList.add("selected");
    td.scrollIntoView({ block, inline: "nearest" });
    this.selected = { r: row, c: column };
    this.callbacks.onSelect(row, column, this.view.inputs[row - 1]?.[column - 1] ?? "");
  }

  get editing() {
    return !this.input.hidden;
  }

  /** The choices of the selected cell's dropdown, or null. */
  choices() {
    const { r, c } = this.selected;
    const index = this.view.listOf?.[r - 1]?.[c - 1];
    return index === null || index === undefined ? null : (this.view.lists[index] ?? null);
  }

  startEdit(initial) {
    if (!this.selected) return;
    const td = this.cellAt(this.selected.r, this.selected.c);
    const box = td.getBoundingClientRect();
    const outer = this.wrap.getBoundingClientRect();
    const at = {
      left: box.left - outer.left + this.wrap.scrollLeft,
      top: box.top - outer.top + this.wrap.scrollTop,
      width: box.width,
      height: box.height,
    };
    Object.assign(this.input.style, {
      left: `${at.left}px`,
      top: `${at.top}px`,
      minWidth: `${at.width}px`,
      minHeight: `${at.height}px`,
    });
    this.input.value = initial ?? this.view.inputs[this.selected.r - 1]?.[this.selected.c - 1] ?? "";
    this.input.hidden = false;
    this.input.focus();
    const choices = this.choices();
    // Opened with a typed character: the choices that match it; otherwise every choice.
    if (choices) this.dropdown.open(choices, at, initial ?? "");
  }

  /** Ends editing; sends the text when it changed. Returns whether an edit was sent. */
  commit() {
    if (!this.editing) return false;
    this.input.hidden = true;
    this.dropdown.close();
    const { r, c } = this.selected;
    const before = this.view.inputs[r - 1]?.[c - 1] ?? "";
    if (this.input.value === before) return false;
    this.callbacks.onCommit(r, c, this.input.value);
    return true;
  }

  commitAndMove(dr, dc) {
    const { r, c } = this.selected;
    this.commit();
    this.select(r + dr, c + dc);
  }

  cancel() {
    this.input.hidden = true;
    this.dropdown.close();
  }

  onMouseDown(event) {
    const td = event.target.closest("td");
    if (!td || event.target.closest("a")) return;
    if (this.editing) this.commit();
    this.select(Number(td.dataset.r), Number(td.dataset.c));
    // The dropdown's arrow opens its choices, as in Sheets.
    if (td.classList.contains("has-list") && td.getBoundingClientRect().right - event.clientX <= ARROW_PX) {
      event.preventDefault();
      this.startEdit();
    }
  }

  onDoubleClick(event) {
    if (event.target.closest("td") && !this.editing) this.startEdit();
  }
}
