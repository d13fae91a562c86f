import type { Cell } from "../cell";
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
  /** Text a user typed (the sidebar's rows): kept as typed even in a cell formatted as plain text. */
  readonly userText?: boolean;
}

/** Background colours of a block (`#rrggbb`), e.g. the row highlights of a status column. */
export interface FillOp {
  readonly kind: "fill";
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly colors: readonly (readonly string[])[];
}

/**
 * A status column and its rows' highlights, written only where a row still holds what the
 * action read: a row changed meanwhile (typed by hand, its live check's newer status written
 * or on its way) keeps its current status and highlight. The adapter re-reads the block just
 * before writing, a fixed number of calls whatever the rows.
 */
export interface StatusOp {
  readonly kind: "status";
  readonly sheet: string;
  /** 1-based first row of the block. */
  readonly row: number;
  /** 1-based status column. */
  readonly column: number;
  /** Columns from A compared and highlighted. */
  readonly width: number;
  readonly texts: readonly string[];
  readonly colors: readonly string[];
  /** The block's rows as the action read them (or wrote them just before), `width` cells each. */
  readonly read: readonly (readonly Cell[])[];
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

/** The spreadsheet's time zone, set (an explicit admin action: setup); dates keep how they show. */
export interface TimeZoneOp {
  readonly kind: "timeZone";
  readonly zone: string;
}

/** One step of an action's writes: the adapter carries each out with a bounded number of calls. */
export type WriteOp =
  | CellsOp
  | FillOp
  | StatusOp
  | ReportOp
  | SetupOp
  | ValidationOp
  | LogOp
  | PropertyOp
  | InsertRowsOp
  | TimeZoneOp;
