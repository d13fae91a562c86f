import { CELL_DEFAULTS, type Cell, FORMAT_KEYS, formulaValue, hyperlinkUrl } from "./cell";
import { displayValue, readValue, writeInput } from "./cell-io";
import type { FakeDataValidation } from "./data-validation";
import type { RangeArgs } from "./gas-types";
import type { FakeProtection } from "./protection";
import { RangeBase } from "./range-base";
import { FakeRichTextValue } from "./rich-text";

type Styled = Exclude<keyof typeof CELL_DEFAULTS, "numberFormat" | "note">;

/** In-memory `Range`: values, formulas, formats, notes, validations. */
export class FakeRange extends RangeBase {
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

  getNumberFormats(): string[][] {
    return this.read((cell) => cell?.numberFormat ?? CELL_DEFAULTS.numberFormat);
  }
  getNumberFormat(): string {
    return this.readFirst((cell) => cell?.numberFormat ?? CELL_DEFAULTS.numberFormat);
  }
  setNumberFormat(...[format]: RangeArgs<"setNumberFormat">): this {
    return this.writeAll((cell) => (cell.numberFormat = format));
  }
  setNumberFormats(...[formats]: RangeArgs<"setNumberFormats">): this {
    return this.writeGrid(formats, (cell, f) => (cell.numberFormat = f));
  }

  private style<K extends Styled>(key: K): (cell: Cell | undefined) => NonNullable<Cell[K]> {
    return (cell) => (cell?.[key] ?? CELL_DEFAULTS[key]) as NonNullable<Cell[K]>;
  }
  getBackgrounds(): string[][] {
    return this.read(this.style("background"));
  }
  getBackground(): string {
    return this.readFirst(this.style("background"));
  }
  setBackground(...[color]: RangeArgs<"setBackground">): this {
    return this.writeAll((cell) => (cell.background = color ?? CELL_DEFAULTS.background));
  }
  setBackgrounds(...[colors]: RangeArgs<"setBackgrounds">): this {
    return this.writeGrid(colors, (cell, c) => (cell.background = c ?? CELL_DEFAULTS.background));
  }
  getFontColors(): string[][] {
    return this.read(this.style("fontColor"));
  }
  setFontColor(...[color]: RangeArgs<"setFontColor">): this {
    return this.writeAll((cell) => (cell.fontColor = String(color ?? CELL_DEFAULTS.fontColor)));
  }
  setFontColors(...[colors]: RangeArgs<"setFontColors">): this {
    return this.writeGrid(colors, (cell, c) => (cell.fontColor = String(c ?? CELL_DEFAULTS.fontColor)));
  }
  getFontWeights(): string[][] {
    return this.read(this.style("fontWeight"));
  }
  getFontWeight(): string {
    return this.readFirst(this.style("fontWeight"));
  }
  setFontWeight(...[weight]: RangeArgs<"setFontWeight">): this {
    return this.writeAll((cell) => (cell.fontWeight = weight ?? CELL_DEFAULTS.fontWeight));
  }
  setFontWeights(...[weights]: RangeArgs<"setFontWeights">): this {
    return this.writeGrid(weights, (cell, w) => (cell.fontWeight = w ?? CELL_DEFAULTS.fontWeight));
  }
  getWraps(): boolean[][] {
    return this.read(this.style("wrap"));
  }
  setWrap(...[wrap]: RangeArgs<"setWrap">): this {
    return this.writeAll((cell) => (cell.wrap = wrap));
  }
  setWraps(...[wraps]: RangeArgs<"setWraps">): this {
    return this.writeGrid(wraps, (cell, w) => (cell.wrap = w));
  }
  getHorizontalAlignments(): string[][] {
    return this.read(this.style("horizontalAlignment"));
  }
  setHorizontalAlignment(...[alignment]: RangeArgs<"setHorizontalAlignment">): this {
    return this.writeAll(
      (cell) => (cell.horizontalAlignment = alignment ?? CELL_DEFAULTS.horizontalAlignment),
    );
  }
  getVerticalAlignments(): string[][] {
    return this.read(this.style("verticalAlignment"));
  }
  setVerticalAlignment(...[alignment]: RangeArgs<"setVerticalAlignment">): this {
    return this.writeAll((cell) => (cell.verticalAlignment = alignment ?? CELL_DEFAULTS.verticalAlignment));
  }
  /** Borders are accepted and not stored. */
  setBorder(..._args: RangeArgs<"setBorder">): this {
    return this.writeAll(() => undefined);
  }

  getNotes(): string[][] {
    return this.read((cell) => cell?.note ?? "");
  }
  getNote(): string {
    return this.readFirst((cell) => cell?.note ?? "");
  }
  setNote(...[note]: RangeArgs<"setNote">): this {
    return this.writeAll((cell) => (cell.note = note ?? ""));
  }
  setNotes(...[notes]: RangeArgs<"setNotes">): this {
    return this.writeGrid(notes, (cell, n) => (cell.note = n ? String(n) : ""));
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.read((cell) => cell?.validation ?? null);
  }
  getDataValidation(): FakeDataValidation | null {
    return this.readFirst((cell) => cell?.validation ?? null);
  }
  setDataValidation(...[rule]: RangeArgs<"setDataValidation">): this {
    const v = rule as unknown as FakeDataValidation | null;
    return this.writeAll((cell) => (cell.validation = v ?? undefined));
  }
  setDataValidations(...[rules]: RangeArgs<"setDataValidations">): this {
    return this.writeGrid(rules, (cell, r) => {
      const v = r as unknown as FakeDataValidation | null;
      if (v) cell.validation = v;
      else delete cell.validation;
    });
  }
  clearDataValidations(): this {
    return this.writeAll((cell) => delete cell.validation);
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
