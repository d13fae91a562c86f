import type { Cluster, Plan } from "../plan/types";

/**
 * Who someone is to the add-on: an admin (Phòng Nội vụ), the head of some clusters, or
 * nobody it knows. `user` is the e-mail as Google gave it, lower-cased ('' when not given).
 */
export type Role =
  | {
      readonly kind: "admin";
      readonly user: string;
      /** An admin only as the spreadsheet's owner, because `Email quản trị` holds no valid address. */
      readonly asOwner: boolean;
    }
  | { readonly kind: "head"; readonly user: string; readonly clusters: readonly Cluster[] }
  | {
      readonly kind: "none";
      readonly user: string;
      /** `Email quản trị` holds no valid address: only the owner is an admin. */
      readonly noAdmins: boolean;
    };

/** What roleOf reads of the plan: the admins and the clusters with their heads. */
export type Roster = Pick<Plan, "admins" | "clusters">;

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The one access policy. An e-mail in `Email quản trị` is an admin; while that setting holds no
 * valid address, only the spreadsheet's owner is (read through `owner`, called only then). An
 * e-mail in a cluster's `Email cụm trưởng` heads that cluster. Anyone else, and a user whose
 * e-mail Google does not reveal (''), is nobody: never an admin, never a head.
 */
export function roleOf(plan: Roster, email: string, owner: () => string): Role {
  const user = email.trim().toLowerCase();
  const noAdmins = plan.admins.length === 0;
  if (user === "") return { kind: "none", user, noAdmins };
  if (plan.admins.some((a) => same(a, user))) return { kind: "admin", user, asOwner: false };
  if (noAdmins && same(owner(), user)) return { kind: "admin", user, asOwner: true };
  const clusters = plan.clusters.filter((c) => c.headEmails.some((e) => same(e, user)));
  if (clusters.length > 0) return { kind: "head", user, clusters };
  return { kind: "none", user, noAdmins };
}

/** The clusters a role may work on: every one for an admin, their own for a head, none otherwise. */
export function clustersOf(role: Role, plan: Pick<Plan, "clusters">): readonly Cluster[] {
  if (role.kind === "admin") return plan.clusters;
  return role.kind === "head" ? role.clusters : [];
}
