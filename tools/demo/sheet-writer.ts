import type { FakeSheet, FakeSpreadsheet } from "../gas-sandbox";

/** A row keyed by header (missing headers are left blank). */
export type Rec = Readonly<Record<string, unknown>>;

/** Writes into a sandbox spreadsheet as a user would type (strings parsed), without recording calls. */
export class SheetWriter {
  constructor(readonly ss: FakeSpreadsheet) {}

  private untracked<T>(fn: () => T): T {
    return this.ss._env.calls.untracked(fn);
  }

  sheet(name: string): FakeSheet {
    const sheet = this.untracked(() => this.ss.getSheetByName(name));
    if (!sheet) throw new Error(`demo: no tab '${name}'`);
    return sheet;
  }

  headers(tab: string): string[] {
    const sheet = this.sheet(tab);
    return this.untracked(() =>
      sheet
        .getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1))
        .getValues()[0]!
        .map((h) => String(h)),
    );
  }

  values(tab: string): unknown[][] {
    const sheet = this.sheet(tab);
    return this.untracked(() => sheet.getDataRange().getValues());
  }

  /** Writes records from `firstRow` (default: below the last row) down; returns the first row written. */
  append(tab: string, records: readonly Rec[], firstRow?: number): number {
    const headers = this.headers(tab);
    const sheet = this.sheet(tab);
    const start = firstRow ?? this.untracked(() => sheet.getLastRow()) + 1;
    if (records.length === 0) return start;
    const rows = records.map((rec) => headers.map((h) => (h in rec ? (rec[h] ?? "") : "")));
    this.untracked(() => {
      const need = start + rows.length - 1 - sheet.getMaxRows();
      if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
      sheet.getRange(start, 1, rows.length, headers.length).setValues(rows);
    });
    return start;
  }

  /** Writes one cell of a data row, the column found by its header. */
  set(tab: string, row: number, header: string, value: unknown): void {
    const column = this.headers(tab).indexOf(header) + 1;
    if (column < 1) throw new Error(`demo: no column '${header}' in '${tab}'`);
    const sheet = this.sheet(tab);
    this.untracked(() => sheet.getRange(row, column).setValues([[value]]));
  }

  /** Writes a whole column below the header, the column found by its header. */
  setColumn(tab: string, header: string, cells: readonly (readonly unknown[])[]): void {
    const column = this.headers(tab).indexOf(header) + 1;
    if (column < 1) throw new Error(`demo: no column '${header}' in '${tab}'`);
    if (cells.length === 0) return;
    const sheet = this.sheet(tab);
    this.untracked(() => sheet.getRange(2, column, cells.length, 1).setValues(cells.map((r) => [...r])));
  }

  /** 1-based row of the first data row whose `header` cell reads `value` (as text). */
  findRow(tab: string, header: string, value: string): number {
    const [head = [], ...rows] = this.values(tab);
    const column = head.map(String).indexOf(header);
    const i = rows.findIndex((r) => String(r[column]) === value);
    if (column < 0 || i < 0) throw new Error(`demo: no row with ${header} = '${value}' in '${tab}'`);
    return i + 2;
  }
}
