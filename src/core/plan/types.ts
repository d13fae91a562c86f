import type { CivilDate } from "../dates/civil-date";

export type Subject = "Tập thể" | "Cá nhân";
export type Requirement = "Sáng kiến" | "Mô hình";
/** `Làm tròn tỷ lệ`: how a share of a count becomes a whole number. */
export type Rounding = "Xuống" | "Gần nhất";
/** Abbreviation of a `Xếp loại` value (RATINGS of the contract). */
export type RatingAbbr = "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV";

/**
 * `Điều kiện nhiều năm`, parsed from `N năm liên tục: X`: the subject reached X in each
 * of the N years ending with this one. X is a rating, or a title (name or abbreviation
 * as written, resolved through the plan index like `prerequisite`).
 */
export interface MultiYearCondition {
  readonly years: number;
  readonly of:
    | { readonly kind: "rating"; readonly rating: RatingAbbr }
    | { readonly kind: "title"; readonly title: string };
  /** The cell as written, for messages. */
  readonly label: string;
}

/**
 * One condition of `Điều kiện tập thể` on the unit's individuals who reach `title` this
 * year: `share` of `Số cán bộ` (`70% LĐTT`), or at least `count` of them (`1 CSTĐCS`).
 */
export type CollectiveCondition =
  | { readonly kind: "share"; readonly fraction: number; readonly title: string; readonly label: string }
  | { readonly kind: "count"; readonly count: number; readonly title: string; readonly label: string };

/** The settings the generated documents read (`Cơ quan cấp trên`, `Địa danh`, …). */
interface DocumentSettings {
  readonly superiorBody: string;
  readonly place: string;
  /** `Chức vụ người ký`, one entry per line (`TM. HỘI ĐỒNG`, `CHỦ TỊCH`). */
  readonly signerTitle: readonly string[];
  readonly signer: string;
  /** The Drive folder id of `Thư mục Drive`; null = the spreadsheet's folder. */
  readonly driveFolder: string | null;
}

/** A row of `Cụm thi đua`, parsed. Keys are `nameKey`s, for matching. */
export interface Cluster {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly collectiveOnly: boolean;
  /** Allowed unit types as name keys; empty = any type. */
  readonly unitTypes: readonly string[];
  /** Labels of the allowed types, as written, for messages. */
  readonly unitTypeLabels: readonly string[];
  /** `Hạn đăng ký riêng`, replacing the general deadline for this cluster. */
  readonly ownDeadline: CivilDate | null;
  readonly headUnit: string;
  /** The addresses of `Email cụm trưởng`, lower-cased: the people who may edit this cluster's tabs. */
  readonly headEmails: readonly string[];
  readonly row: number;
}

/** A row of `Đơn vị`, parsed. */
export interface Unit {
  readonly name: string;
  readonly key: string;
  readonly clusterId: string;
  readonly type: string;
  readonly typeKey: string;
  /** The addresses of `Email`, lower-cased, joined by ", " (a mail recipient list); '' when none. */
  readonly email: string;
  /** `Số cán bộ`: the base of collective shares; null when blank or the column is absent. */
  readonly headcount: number | null;
  readonly row: number;
}

/** A row of `Danh hiệu`, parsed. */
export interface Title {
  readonly name: string;
  readonly key: string;
  readonly abbreviation: string;
  readonly subject: Subject;
  readonly requirement: Requirement | null;
  /** Unit type keys the requirement applies to; empty = all units. */
  readonly requirementFor: readonly string[];
  /** The title (name or abbreviation, as written) the subject should also hold. */
  readonly prerequisite: string;
  /** `15% LĐTT`: at most `fraction` of the unit's registrations for title `of`. */
  readonly maxShare: { readonly fraction: number; readonly label: string; readonly of: string } | null;
  /** `Cấp quyết định` (`Thị xã`, `Thành phố`); '' when blank. */
  readonly decisionLevel: string;
  readonly multiYear: MultiYearCondition | null;
  /** `Điều kiện tập thể`; empty when blank. */
  readonly collective: readonly CollectiveCondition[];
  /** `Chỉ cho đơn vị dẫn đầu cụm` = `Có`. */
  readonly leaderOnly: boolean;
  readonly row: number;
}

/** The year's plan as the setup tabs state it. */
export interface Plan {
  readonly year: number | null;
  readonly organisation: string;
  /** `Hạn đăng ký thi đua`; null when unusable (BT03 reported). */
  readonly deadline: CivilDate | null;
  readonly scoreFloor: number | null;
  readonly leadersPerCluster: number;
  /** The addresses of `Email quản trị`, lower-cased; empty: only the spreadsheet's owner is an admin. */
  readonly admins: readonly string[];
  /** "Today" for every check: `Ngày tham chiếu`, else the real today in Asia/Ho_Chi_Minh. */
  readonly today: CivilDate;
  /** `Chỉ xét đăng ký đúng hạn` (default `Có`): late rows and DV01/DV02 units are not proposed. */
  readonly onTimeOnly: boolean;
  /** `Làm tròn tỷ lệ` (default `Xuống`). */
  readonly shareRounding: Rounding;
  readonly documents: DocumentSettings;
  /** `Nhắc việc trước (ngày)`: days before a deadline, ascending, unique; empty = no reminders. */
  readonly reminderDays: readonly number[];
  readonly clusters: readonly Cluster[];
  readonly units: readonly Unit[];
  readonly titles: readonly Title[];
}

/** Lookups over a plan, by name key. */
export interface PlanIndex {
  readonly plan: Plan;
  cluster(id: string): Cluster | undefined;
  unit(name: string): Unit | undefined;
  /** A title by full name, abbreviation or a known spelling variant. */
  title(name: string): Title | undefined;
  /** The cluster's deadline: its own, else the general one. */
  deadlineOf(cluster: Cluster): CivilDate | null;
  suggestUnit(name: string): string | undefined;
  suggestTitle(name: string): string | undefined;
}
