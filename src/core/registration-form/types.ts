/**
 * What crosses `google.script.run` between the sidebar and the server: plain
 * objects of strings, numbers, booleans and arrays only (a Date anywhere makes
 * the call fail), dates as `dd/mm/yyyy` text.
 */

export type Requirement = "Sáng kiến" | "Mô hình";

/** A title the form may offer. `requirementFor` holds unit type keys (empty = every unit). */
export interface TitleOption {
  readonly name: string;
  readonly abbreviation: string;
  readonly requirement: Requirement | null;
  readonly requirementFor: readonly string[];
}

/** A registration row already in the cluster tab, with the status the rules give it now. */
export interface ExistingRow {
  /** 1-based sheet row: the id used to correct or withdraw it. */
  readonly row: number;
  readonly subject: string;
  readonly person: string;
  readonly position: string;
  readonly title: string;
  readonly initiative: string;
  /** `dd/mm/yyyy`, or the cell's text when it is not a date. */
  readonly date: string;
  readonly enteredBy: string;
  /** `Hợp lệ` or `CODE: message` lines, as the status column shows it. */
  readonly status: string;
  readonly severity: "Lỗi" | "Cảnh báo" | "Thông tin" | null;
  /** Digest of the row's data as read: a correction is refused when the row changed meanwhile. */
  readonly fingerprint: string;
}

export interface UnitOption {
  readonly name: string;
  readonly type: string;
  readonly typeKey: string;
  readonly registrations: readonly ExistingRow[];
}

export interface ClusterOption {
  readonly id: string;
  readonly name: string;
  readonly collectiveOnly: boolean;
  /** `dd/mm/yyyy`, or '' when the plan has none. */
  readonly deadline: string;
  readonly units: readonly UnitOption[];
  readonly collectiveTitles: readonly TitleOption[];
  /** Empty when the cluster registers collectives only. */
  readonly individualTitles: readonly TitleOption[];
}

export interface RegistrationContext {
  readonly ok: true;
  readonly user: string;
  readonly isAdmin: boolean;
  readonly year: number | null;
  readonly clusters: readonly ClusterOption[];
}

/** An expected failure, in Vietnamese; `findings` when rows were refused by the rules. */
export interface Failure {
  readonly ok: false;
  readonly code: string;
  readonly message: string;
  readonly findings?: readonly RowFinding[];
}

/** One finding of the rule engine about a written (or refused) row. */
export interface RowFinding {
  /** Sheet row, or the 0-based index in the submission when the rows were refused. */
  readonly row: number;
  readonly code: string;
  readonly severity: "Lỗi" | "Cảnh báo" | "Thông tin";
  readonly message: string;
}

/** A write that landed: the rows written and what their status column says now. */
export interface WriteSuccess {
  readonly ok: true;
  readonly message: string;
  readonly rows: readonly { readonly row: number; readonly status: string }[];
  readonly findings: readonly RowFinding[];
  /** The unit's registrations after the write, to refresh the list without another call. */
  readonly registrations: readonly ExistingRow[];
}

export type ContextResult = RegistrationContext | Failure;
export type WriteResult = WriteSuccess | Failure;
