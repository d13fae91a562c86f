// Cell selection, in-place editing and paste on the grid. Commits go to callbacks.
import { isBlock, parseTsv } from "./tsv.js";

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
    table.addEventListener("mousedown", (e) => this.onMouseDown(e));
    table.addEventListener("dblclick", (e) => this.onDoubleClick(e));
    document.addEventListener("keydown", (e) => this.onKey(e));
    document.addEventListener("paste", (e) => this.onPasteEvent(e));
    this.input.addEventListener("keydown", (e) => this.onEditorKey(e));
    this.input.addEventListener("blur", () => this.commit());
  }

  setView(view) {
    this.view = view;
    if (this.selected) this.select(this.selected.r, this.selected.c);
  }

  cellAt(r, c) {
    return this.table.querySelector(`td[data-r="${r}"][data-c="${c}"]`);
  }

  select(r, c) {
    if (!this.view) return;
    const row = Math.min(Math.max(r, 1), this.view.numRows);
    const column = Math.min(Math.max(c, 1), this.view.numColumns);
    for (const el of this.table.querySelectorAll("td.selected")) el.classList.remove("selected");
    const td = this.cellAt(row, column);
    if (!td) return;
    td.classList.add("selected");
    td.scrollIntoView({ block: "nearest", inline: "nearest" });
    this.selected = { r: row, c: column };
    this.callbacks.onSelect(row, column, this.view.inputs[row - 1]?.[column - 1] ?? "");
  }

  get editing() {
    return !this.input.hidden;
  }

  startEdit(initial) {
    if (!this.selected) return;
    const td = this.cellAt(this.selected.r, this.selected.c);
    const box = td.getBoundingClientRect();
    const outer = this.wrap.getBoundingClientRect();
    Object.assign(this.input.style, {
      left: `${box.left - outer.left + this.wrap.scrollLeft}px`,
      top: `${box.top - outer.top + this.wrap.scrollTop}px`,
      minWidth: `${box.width}px`,
      minHeight: `${box.height}px`,
    });
    this.input.value = initial ?? this.view.inputs[this.selected.r - 1]?.[this.selected.c - 1] ?? "";
    this.input.hidden = false;
    this.input.focus();
  }

  /** Ends editing; sends the text when it changed. Returns whether an edit was sent. */
  commit() {
    if (!this.editing) return false;
    this.input.hidden = true;
    const { r, c } = this.selected;
    const before = this.view.inputs[r - 1]?.[c - 1] ?? "";
    if (this.input.value === before) return false;
    this.callbacks.onCommit(r, c, this.input.value);
    return true;
  }

  cancel() {
    this.input.hidden = true;
  }

  onMouseDown(event) {
    const td = event.target.closest("td");
    if (!td || event.target.closest("a")) return;
    if (this.editing) this.commit();
    this.select(Number(td.dataset.r), Number(td.dataset.c));
  }

  onDoubleClick(event) {
    if (event.target.closest("td")) this.startEdit();
  }

  onKey(event) {
    if (this.editing || !this.selected || event.target.closest?.("input, textarea, button, iframe")) return;
    const { r, c } = this.selected;
    const moves = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, 1],
    };
    if (moves[event.key]) {
      event.preventDefault();
      this.select(r + moves[event.key][0], c + moves[event.key][1]);
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      this.startEdit();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      if ((this.view.inputs[r - 1]?.[c - 1] ?? "") !== "") this.callbacks.onCommit(r, c, "");
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.startEdit(event.key);
    }
  }

  onEditorKey(event) {
    if (event.key === "Escape") {
      event.preventDefault();
      this.cancel();
    } else if ((event.key === "Enter" && !event.altKey && !event.shiftKey) || event.key === "Tab") {
      event.preventDefault();
      const { r, c } = this.selected;
      this.commit();
      if (event.key === "Tab") this.select(r, c + 1);
      else this.select(r + 1, c);
    } else if (event.key === "Enter") {
      event.preventDefault();
      this.input.setRangeText("\n", this.input.selectionStart, this.input.selectionEnd, "end");
    }
  }

  /** A pasted block is one multi-cell edit at the selected cell; a single value is a typed edit. */
  onPasteEvent(event) {
    if (!this.selected || event.target.closest?.("input, iframe")) return;
    const text = event.clipboardData?.getData("text/plain") ?? "";
    if (this.editing && !isBlock(text)) return;
    event.preventDefault();
    this.cancel();
    const { r, c } = this.selected;
    if (isBlock(text)) this.callbacks.onPaste(r, c, parseTsv(text));
    else this.callbacks.onCommit(r, c, text);
  }
}
