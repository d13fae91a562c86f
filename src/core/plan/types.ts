import type { CivilDate } from "../dates/civil-date";

export type Subject = "Tập thể" | "Cá nhân";
export type Requirement = "Sáng kiến" | "Mô hình";

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
  readonly email: string;
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
  readonly admins: readonly string[];
  /** "Today" for every check: `Ngày tham chiếu`, else the real today in Asia/Ho_Chi_Minh. */
  readonly today: CivilDate;
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
