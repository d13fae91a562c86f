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
  /** `STT` as the sheet shows it ('' when blank): what the user knows the row by. */
  readonly no: string;
  readonly subject: string;
  readonly person: string;
  readonly position: string;
  readonly title: string;
  readonly initiative: string;
  /** `dd/mm/yyyy`, or the cell's text when it is not a date. */
  readonly date: string;
  readonly enteredBy: string;
  /** `Kết quả bình xét`, `Xếp loại`, `Số QĐ công nhận sáng kiến` as written ('' when blank or absent). */
  readonly outcome: string;
  readonly rating: string;
  readonly initiativeDecision: string;
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
  /** How many rows the unit has in the cluster tab (its rows come with `getUnitRegistrations`). */
  readonly registered: number;
}

export interface ClusterOption {
  readonly id: string;
  readonly name: string;
  readonly collectiveOnly: boolean;
  /** `dd/mm/yyyy`, or '' when the plan has none. */
  readonly deadline: string;
  /** Today is past the deadline: a registration sent now is written but will not be considered. */
  readonly late: boolean;
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
  /** The server's today, dd/mm/yyyy: the date registrations sent now get. */
  readonly today: string;
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
  /** The header of the column concerned ('' when none). */
  readonly column: string;
  readonly message: string;
}

/**
 * How a written registration stands: it counts (`valid`), it counts but a person should look
 * (`attention`: warnings), or it was written yet will not count as it stands (`not-counted`:
 * an error such as DK12, late, which the office must see rather than the form refuse).
 */
export type WriteState = "valid" | "attention" | "not-counted";

/** A write that landed: the rows written and what their status column says now. */
interface WriteSuccess {
  readonly ok: true;
  readonly state: WriteState;
  readonly message: string;
  /** For `not-counted` and `attention`: one line per person concerned — who, why, what to do. */
  readonly details: readonly string[];
  readonly rows: readonly { readonly row: number; readonly status: string }[];
  readonly findings: readonly RowFinding[];
  /** The unit's registrations after the write, to refresh the list without another call. */
  readonly registrations: readonly ExistingRow[];
}

/** One unit's rows, when the sidebar asks for them. */
export interface UnitRowsResult {
  readonly ok: true;
  readonly registrations: readonly ExistingRow[];
}

export type ContextResult = RegistrationContext | Failure;
export type WriteResult = WriteSuccess | Failure;
