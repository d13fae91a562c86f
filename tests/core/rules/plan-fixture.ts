import type { CivilDate } from "../../../src/core/dates/civil-date";
import type { Cluster, Plan, PlanIndex } from "../../../src/core/plan/types";
import { nameKey } from "../../../src/core/text/name-key";

/** What a test says about a cluster: its id, and optionally a name and its own deadline. */
interface ClusterSpec {
  readonly id: string;
  readonly name?: string;
  readonly ownDeadline?: CivilDate | null;
}

/** What a test says about the plan; everything else gets a neutral default. */
export interface PlanSpec {
  readonly today: CivilDate;
  readonly deadline?: CivilDate | null;
  readonly clusters?: readonly ClusterSpec[];
}

/** A cluster with neutral defaults (any type, individuals allowed). */
function cluster(spec: ClusterSpec, row = 2): Cluster {
  return {
    id: spec.id,
    key: nameKey(spec.id),
    name: spec.name ?? `Cụm thi đua số ${spec.id}`,
    collectiveOnly: false,
    unitTypes: [],
    unitTypeLabels: [],
    ownDeadline: spec.ownDeadline ?? null,
    headUnit: "",
    headEmails: [],
    row,
  };
}

/**
 * A PlanIndex object literal for rule tests, independent of the plan parser:
 * clusters are looked up by name key, the deadline of a cluster is its own,
 * else the general one; units and titles are empty.
 */
export function planIndex(spec: PlanSpec): PlanIndex {
  const clusters = (spec.clusters ?? []).map((c, i) => cluster(c, i + 2));
  const plan: Plan = {
    year: spec.today.year,
    organisation: "Hội đồng Thi đua – Khen thưởng thị xã Sơn Tây",
    deadline: spec.deadline === undefined ? null : spec.deadline,
    scoreFloor: null,
    leadersPerCluster: 1,
    admins: [],
    today: spec.today,
    onTimeOnly: true,
    shareRounding: "Xuống",
    documents: { superiorBody: "", place: "", signerTitle: [], signer: "", driveFolder: null },
    reminderDays: [],
    clusters,
    units: [],
    titles: [],
  };
  return {
    plan,
    cluster: (id) => clusters.find((c) => c.key === nameKey(id)),
    unit: () => undefined,
    title: () => undefined,
    deadlineOf: (c) => c.ownDeadline ?? plan.deadline,
    suggestUnit: () => undefined,
    suggestTitle: () => undefined,
  };
}

/** A date cell as Sheets hands it to the script: local midnight in Asia/Ho_Chi_Minh (+07:00). */
export function dateCell(day: number, month: number, year: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - 7 * 60 * 60 * 1000);
}
