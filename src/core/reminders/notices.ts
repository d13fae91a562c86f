import type { CivilDate } from "../dates/civil-date";
import type { Finding } from "../findings/finding";
import type { Cluster } from "../plan/types";
import type { OpenTask } from "./deadlines";
import type { Unscored } from "./open-items";

/** A deadline and the days left to it (0: today). */
export interface Lead {
  readonly deadline: CivilDate;
  readonly daysLeft: number;
}

/** What a cluster owes on a reminder day: its registration and dossier, its scores, or both. */
export interface ClusterNotice {
  readonly cluster: Cluster;
  readonly registration:
    | (Lead & { unregistered: readonly string[]; missingDocuments: readonly string[] })
    | null;
  readonly scoring: (Lead & { task: OpenTask; sheet: string; unscored: readonly Unscored[] }) | null;
}

/** What the admins are told: the plan's overdue (TD01) and soon-due (TD02) tasks, and the due clusters. */
export interface AdminNotice {
  readonly overdue: readonly Finding[];
  readonly dueSoon: readonly Finding[];
  readonly clusters: readonly ClusterNotice[];
  /** Clusters with no `Điểm Cụm N` tab while a scoring task is due. */
  readonly unprepared: readonly Cluster[];
}

/** One person's mail of the day: every item of theirs, merged. */
export interface Letter {
  readonly to: string;
  readonly clusters: readonly ClusterNotice[];
  readonly admin: AdminNotice | null;
  /** The nearest deadline the mail is about (its subject). */
  readonly nearest: Lead;
}
