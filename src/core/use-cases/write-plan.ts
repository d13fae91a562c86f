import type { ReportSheet } from "../reports/report-sheet";
import type { SetupPlan } from "../setup/plan-setup";
import type { WriteValue } from "../write-value";

/** A block of cells to write, top-left at 1-based `row`, `column`; text always lands as text. */
export interface CellsOp {
  readonly kind: "cells";
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly WriteValue[])[];
}

/** Background colours of a block (`#rrggbb`), e.g. the row highlights of a status column. */
export interface FillOp {
  readonly kind: "fill";
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly colors: readonly (readonly string[])[];
}

/** A generated `BC …` tab, rebuilt from scratch (its charts replaced, never stacked). */
export interface ReportOp {
  readonly kind: "report";
  readonly report: ReportSheet;
}

/** Tabs, columns, template rows, layouts, dropdowns and protections that setup plans. */
export interface SetupOp {
  readonly kind: "setup";
  readonly plan: SetupPlan;
}

/** A custom-formula validation on a column block (warning only: invalid input is kept and marked). */
export interface ValidationOp {
  readonly kind: "validation";
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** Rows down to the end of the sheet when null. */
  readonly rows: number | null;
  readonly formula: string;
  readonly help: string;
}

/** One line of `Nhật ký`, as the user running the action. */
export interface LogOp {
  readonly kind: "log";
  readonly action: string;
  readonly detail: string;
}

/** A document property the add-on keeps (e.g. the tabs setup seeded). */
export interface PropertyOp {
  readonly kind: "property";
  readonly key: string;
  readonly value: string;
}

/** Empty rows inserted after `after`: rows typed meanwhile below it are pushed down, never overwritten. */
export interface InsertRowsOp {
  readonly kind: "insertRows";
  readonly sheet: string;
  readonly after: number;
  readonly count: number;
}

/** A block emptied (its contents, formats kept), its row highlights reset, or both. */
export interface ClearOp {
  readonly kind: "clear";
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly contents: boolean;
  readonly fill: boolean;
}

/** A generated tab deleted. */
export interface DeleteTabOp {
  readonly kind: "deleteTab";
  readonly sheet: string;
}

/**
 * A copy of the whole spreadsheet (its bound script travels with it), named `name`, then
 * `writes` carried out on the copy, not on this spreadsheet.
 */
export interface CopyOp {
  readonly kind: "copy";
  readonly name: string;
  readonly writes: readonly WriteOp[];
}

/** One step of an action's writes: the adapter carries each out with a bounded number of calls. */
export type WriteOp =
  | CellsOp
  | FillOp
  | ReportOp
  | SetupOp
  | ValidationOp
  | LogOp
  | PropertyOp
  | InsertRowsOp
  | ClearOp
  | DeleteTabOp
  | CopyOp;
