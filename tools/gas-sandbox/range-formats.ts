import { CELL_DEFAULTS, type Cell } from "./cell";
import type { FakeDataValidation } from "./data-validation";
import type { RangeArgs } from "./gas-types";
import { RangeBase } from "./range-base";

type Styled = Exclude<keyof typeof CELL_DEFAULTS, "numberFormat" | "note">;

/** Range formats and decoration: number formats, colours, weights, wraps, alignment, notes, validations. */
export class RangeFormats extends RangeBase {
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
    return this.writeFormatGrid(colors, "background", CELL_DEFAULTS.background);
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
    return this.writeFormatGrid(weights, "fontWeight", CELL_DEFAULTS.fontWeight);
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
}
