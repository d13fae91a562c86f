// The keyboard and the clipboard on the grid, as in Sheets: arrows move, Enter or a typed
// character edits, Alt+↓ opens a dropdown, a pasted block fills the cells from the selected one.
// Clipboard text is read by the core's own parser (/paste.js, the sidebar's too).
import { splitTsv } from "./paste.js";

export function gridKey(editor, event) {
  if (editor.editing || !editor.selected || event.target.closest?.("input, textarea, button, iframe")) return;
  const { r, c } = editor.selected;
  const moves = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Tab: [0, 1],
  };
  if (event.key === "ArrowDown" && event.altKey && editor.choices()) {
    event.preventDefault();
    editor.startEdit();
  } else if (moves[event.key]) {
    event.preventDefault();
    editor.select(r + moves[event.key][0], c + moves[event.key][1]);
  } else if (event.key === "Enter" || event.key === "F2") {
    event.preventDefault();
    editor.startEdit();
  } else if (event.key === "Delete" || event.key === "Backspace") {
    event.preventDefault();
    if ((editor.view.inputs[r - 1]?.[c - 1] ?? "") !== "") editor.callbacks.onCommit(r, c, "");
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    editor.startEdit(event.key);
  }
}

export function editorKey(editor, event) {
  if (editor.dropdown.isOpen && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
    event.preventDefault();
    editor.dropdown.move(event.key === "ArrowDown" ? 1 : -1);
  } else if (event.key === "Escape") {
    event.preventDefault();
    editor.cancel();
  } else if ((event.key === "Enter" && !event.altKey && !event.shiftKey) || event.key === "Tab") {
    event.preventDefault();
    const picked = editor.dropdown.active();
    if (picked !== null) editor.input.value = picked;
    editor.commitAndMove(event.key === "Tab" ? 0 : 1, event.key === "Tab" ? 1 : 0);
  } else if (event.key === "Enter") {
    event.preventDefault();
    editor.input.setRangeText("\n", editor.input.selectionStart, editor.input.selectionEnd, "end");
  }
}

/** A pasted block is one multi-cell edit at the selected cell; a single value is a typed edit. */
export function pasted(editor, event) {
  if (!editor.selected || event.target.closest?.("input, iframe")) return;
  const text = event.clipboardData?.getData("text/plain") ?? "";
  if (text === "") return;
  const rows = splitTsv(text);
  const single = rows.length === 1 && rows[0].length === 1;
  if (editor.editing && single) return; // pasted into the editor's own text
  event.preventDefault();
  editor.cancel();
  const { r, c } = editor.selected;
  if (single) editor.callbacks.onCommit(r, c, rows[0][0]);
  else editor.callbacks.onPaste(r, c, rows);
}
