import { type Cell, FORMAT_KEYS, formulaValue, hyperlinkUrl } from "./cell";
import { displayValue, readValue, writeInput } from "./cell-io";
import type { RangeArgs } from "./gas-types";
import type { FakeProtection } from "./protection";
import { RangeFormats } from "./range-formats";
import { FakeRichTextValue } from "./rich-text";

/** In-memory `Range`: values, formulas, formats, notes, validations. */
export class FakeRange extends RangeFormats {
  getValues(): unknown[][] {
    return this.read((cell) => readValue(this.env, cell));
  }
  getValue(): unknown {
    return this.readFirst((cell) => readValue(this.env, cell));
  }
  getDisplayValues(): string[][] {
    return this.read((cell) => displayValue(this.env, cell));
  }
  getDisplayValue(): string {
    return this.readFirst((cell) => displayValue(this.env, cell));
  }
  setValues(...[values]: RangeArgs<"setValues">): this {
    return this.writeGrid(values, (cell, v) => writeInput(this.env, cell, v));
  }
  setValue(...[value]: RangeArgs<"setValue">): this {
    return this.writeAll((cell) => writeInput(this.env, cell, value));
  }
  getFormulas(): string[][] {
    return this.read((cell) => cell?.formula ?? "");
  }
  getFormula(): string {
    return this.readFirst((cell) => cell?.formula ?? "");
  }
  setFormulas(...[formulas]: RangeArgs<"setFormulas">): this {
    return this.writeGrid(formulas, (cell, f) => writeInput(this.env, cell, f === "" ? null : f));
  }
  setFormula(...[formula]: RangeArgs<"setFormula">): this {
    return this.writeAll((cell) => writeInput(this.env, cell, formula));
  }
  isBlank(): boolean {
    return this.read((cell) => cell?.formula === undefined && (cell?.value ?? "") === "").every((r) =>
      r.every(Boolean),
    );
  }

  getRichTextValues(): (FakeRichTextValue | null)[][] {
    return this.read((cell) => this.richText(cell));
  }
  getRichTextValue(): FakeRichTextValue | null {
    return this.readFirst((cell) => this.richText(cell));
  }
  private richText(cell: Cell | undefined): FakeRichTextValue {
    if (cell?.richText) return cell.richText;
    const text = cell?.formula ? String(formulaValue(cell.formula)) : displayValue(this.env, cell);
    return new FakeRichTextValue(text, hyperlinkUrl(cell?.formula));
  }
  setRichTextValues(...[values]: RangeArgs<"setRichTextValues">): this {
    return this.writeGrid(values, (cell, v) => this.storeRichText(cell, v));
  }
  setRichTextValue(...[value]: RangeArgs<"setRichTextValue">): this {
    return this.writeAll((cell) => this.storeRichText(cell, value));
  }
  private storeRichText(cell: Cell, value: unknown): void {
    const rich = value as FakeRichTextValue;
    delete cell.formula;
    cell.value = rich.getText();
    cell.richText = rich;
  }

  clearContent(): this {
    return this.writeAll((cell) => {
      delete cell.value;
      delete cell.formula;
      delete cell.richText;
    });
  }
  clearFormat(): this {
    return this.writeAll((cell) => {
      for (const key of FORMAT_KEYS) delete cell[key];
    });
  }
  /** `clear()` or `clear({ contentsOnly, formatOnly, validationsOnly, commentsOnly })`. */
  clear(...[options]: [] | RangeArgs<"clear">): this {
    const o = options ?? {};
    const all = !o.contentsOnly && !o.formatOnly && !o.validationsOnly && !o.commentsOnly;
    if (all || o.contentsOnly) this.clearContent();
    if (all || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.writeAll((cell) => delete cell.note);
    return this;
  }

  getCell(...[row, column]: RangeArgs<"getCell">): FakeRange {
    return this.sheet._range({
      row: this._rect.row + row - 1,
      column: this._rect.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  offset(...[rowOffset, columnOffset, numRows, numColumns]: RangeArgs<"offset">): FakeRange {
    const { row, column } = this._rect;
    return this.sheet._range({
      row: row + rowOffset,
      column: column + columnOffset,
      numRows: numRows ?? this._rect.numRows,
      numColumns: numColumns ?? this._rect.numColumns,
    });
  }
  activate(): this {
    this.sheet.getParent()._setActive(this.sheet, this);
    return this;
  }
  protect(): FakeProtection {
    return this.sheet.getParent()._protect(this.sheet, this._rect);
  }
}
