// The choices of a cell with a dropdown (a data validation list), shown under the cell editor
// as Sheets shows them: all of them when the editor opens, those matching what is typed after.
import { fold } from "./tabs.js";

export class CellDropdown {
  constructor(wrap, onPick) {
    this.list = document.createElement("ul");
    this.list.className = "cell-list";
    this.list.setAttribute("role", "listbox");
    this.list.setAttribute("aria-label", "Chọn giá trị");
    this.list.hidden = true;
    wrap.append(this.list);
    this.choices = [];
    this.activeIndex = -1;
    this.onPick = onPick;
  }

  get isOpen() {
    return !this.list.hidden;
  }

  /** Shows `choices` below a box given in the wrap's coordinates (left, top, width, height). */
  open(choices, box, typed) {
    this.choices = choices;
    Object.assign(this.list.style, {
      left: `${box.left}px`,
      top: `${box.top + box.height}px`,
      minWidth: `${Math.max(box.width, 160)}px`,
    });
    this.list.hidden = false;
    this.filter(typed);
  }

  /** Keeps the choices that contain `typed` (case and diacritics aside); all when it is empty. */
  filter(typed) {
    const wanted = fold(typed ?? "");
    const shown = this.choices.filter((c) => fold(c).includes(wanted));
    this.list.replaceChildren(
      ...shown.map((choice) => {
        const item = document.createElement("li");
        item.setAttribute("role", "option");
        item.textContent = choice;
        // mousedown, not click: the editor must not lose the text before the choice is taken.
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          this.onPick(choice);
        });
        return item;
      }),
    );
    this.activeIndex = -1;
    this.mark();
  }

  /** Moves the highlighted choice (arrow keys). */
  move(delta) {
    const count = this.list.children.length;
    if (count === 0) return;
    this.activeIndex = (this.activeIndex + delta + count) % count;
    this.mark();
  }

  /** The highlighted choice, or null. */
  active() {
    return this.activeIndex >= 0 ? (this.list.children[this.activeIndex]?.textContent ?? null) : null;
  }

  close() {
    this.list.hidden = true;
    this.activeIndex = -1;
  }

  mark() {
    [...this.list.children].forEach((item, i) => {
      item.setAttribute("aria-selected", String(i === this.activeIndex));
      if (i === this.activeIndex) item.scrollIntoView({ block: "nearest" });
    });
  }
}
