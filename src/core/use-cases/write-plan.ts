import type { Cell } from "../cell";
import { PLAN_TABS } from "../contract/workbook";
import type { DocumentModel } from "../documents/model";
import { sameTabName } from "../plan/cluster-tab";
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
  /** The block lies inside the sheet (cells just read, e.g. rows the user just edited): no growth check needed. */
  readonly inside?: boolean;
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
interface ReportOp {
  readonly kind: "report";
  readonly report: ReportSheet;
}

/** Tabs, columns, template rows, layouts, dropdowns and protections that setup plans. */
interface SetupOp {
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
interface LogOp {
  readonly kind: "log";
  readonly action: string;
  readonly detail: string;
}

/** A document property the add-on keeps (e.g. the tabs setup seeded). */
interface PropertyOp {
  readonly kind: "property";
  readonly key: string;
  readonly value: string;
}

/** Empty rows inserted after `after`: rows typed meanwhile below it are pushed down, never overwritten. */
interface InsertRowsOp {
  readonly kind: "insertRows";
  readonly sheet: string;
  readonly after: number;
  readonly count: number;
}

/** An e-mail to one person, and the document property that records it once it is sent. */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  /** What the mail holds, in a few Vietnamese words, for `Nhật ký`. */
  readonly summary: string;
  /** Written as soon as the mail is sent, so that a rerun the same day skips it. */
  readonly record: { readonly key: string; readonly value: string };
}

/**
 * Mails sent in order while MailApp's daily quota lasts (checked before each), each recorded
 * once sent, then one `Nhật ký` line of what went and what did not (`notes` appended to it).
 */
export interface MailOp {
  readonly kind: "mail";
  readonly mails: readonly OutgoingMail[];
  /** `Thao tác` of the log line. */
  readonly action: string;
  /** The day the mails are for, dd/mm/yyyy, for the log line. */
  readonly day: string;
  readonly notes: readonly string[];
  /** The sender's name shown in the inbox. */
  readonly senderName: string;
}

/**
 * A time-driven trigger of the user running the action: a daily one installed (its unique id
 * stored in the document property `uidKey`), or the user's triggers with these ids removed.
 */
export type TriggerOp =
  | {
      readonly kind: "trigger";
      readonly action: "install";
      readonly handler: string;
      readonly hour: number;
      readonly timeZone: string;
      readonly uidKey: string;
    }
  | { readonly kind: "trigger"; readonly action: "remove"; readonly uids: readonly string[] };

/**
 * A document to create as a Google Doc and its PDF, both named `model.fileName`, in the Drive
 * folder `folderId` (`Thư mục Drive`), or the spreadsheet's folder when null. The folder is
 * checked before any write of the action: a folder that cannot be reached refuses the action.
 */
interface DocumentOp {
  readonly kind: "document";
  readonly model: DocumentModel;
  readonly folderId: string | null;
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

/** The spreadsheet's time zone, set (an explicit admin action: setup); dates keep how they show. */
interface TimeZoneOp {
  readonly kind: "timeZone";
  readonly zone: string;
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
interface DeleteTabOp {
  readonly kind: "deleteTab";
  readonly sheet: string;
}

/**
 * A copy of the whole spreadsheet (its bound script travels with it), named `name`, then
 * `writes` carried out on the copy, not on this spreadsheet.
 */
interface CopyOp {
  readonly kind: "copy";
  readonly name: string;
  readonly writes: readonly WriteOp[];
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
  | MailOp
  | TriggerOp
  | DocumentOp
  | ProtectOp
  | TimeZoneOp
  | ClearOp
  | DeleteTabOp
  | CopyOp;

/**
 * Does a write change the setup tabs the plan is parsed from, or the zone they are read in (so a
 * cached plan is stale)? A copy's writes land in another spreadsheet, with its own cache.
 */
export function touchesPlan(op: WriteOp): boolean {
  if (op.kind === "setup" || op.kind === "timeZone") return true;
  if (op.kind === "cells" || op.kind === "insertRows" || op.kind === "clear" || op.kind === "deleteTab")
    return PLAN_TABS.some((t) => sameTabName(t, op.sheet));
  return false;
}
