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

/**
 * A tab's sheet protection made or brought up to date by `Phân quyền` (only its own: the adapter
 * leaves a protection whose description does not start with the add-on's mark). Fields are the
 * changes to make; e-mails lower-cased.
 */
export interface ProtectOp {
  readonly kind: "protect";
  readonly sheet: string;
  /** The tab has no sheet protection yet: make one. */
  readonly create: boolean;
  /** The description to set, or null to keep it. */
  readonly description: string | null;
  /** Warning-only to set (true) or to lift (false), or null to keep it. */
  readonly warningOnly: boolean | null;
  /**
   * Remove every editor before adding: a new protection starts with the spreadsheet's own
   * editors (Google), and so may one that was warning-only.
   */
  readonly reset: boolean;
  readonly add: readonly string[];
  readonly remove: readonly string[];
  /** Turn off "anyone in the owner's domain may edit". */
  readonly domainEditOff: boolean;
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
  | ProtectOp;
