import { clustersOf, roleOf } from "../access/roles";
import { CLUSTER, SETTING, TAB } from "../contract/workbook";
import type { Cluster, PlanIndex } from "../plan/types";
import { quote } from "../text/quote";
import type { Failure } from "./types";

/** The clusters a user may register for: their own as a cluster head, every one as an admin. */
export type Access =
  | { readonly ok: true; readonly admin: boolean; readonly clusters: readonly Cluster[] }
  | Failure;

const fail = (code: string, message: string): Failure => ({ ok: false, code, message });

/** Refusal for a user whose e-mail Apps Script does not give. */
export const unknownUser = (): Failure =>
  fail(
    "UNKNOWN_USER",
    "Google không cho biết địa chỉ e-mail của tài khoản bạn đang dùng (thường gặp khi tài khoản không cùng tổ chức với chủ bảng tính), " +
      "nên không xác định được bạn phụ trách cụm nào và biểu mẫu không ghi đăng ký. " +
      "Hãy mở bảng tính bằng tài khoản có e-mail đã ghi trong trang 'Cụm thi đua', " +
      "hoặc gửi danh sách đăng ký cho Phòng Nội vụ để nhập hộ.",
  );

/**
 * Who may write through the sidebar, by the one access policy (`roleOf`): an admin any
 * cluster, a cluster head their own. An unknown user ('') is always refused; `owner` is read
 * only while `Email quản trị` holds no valid address (the owner is then the admin).
 */
export function accessOf(index: PlanIndex, email: string, owner: () => string): Access {
  const role = roleOf(index.plan, email, owner);
  const user = role.user;
  if (!user) return unknownUser();
  const clusters = clustersOf(role, index.plan);
  if (role.kind === "none") {
    return fail(
      "NOT_ALLOWED",
      `Tài khoản ${user} không có tên trong cột '${CLUSTER.headEmails}' (trang '${TAB.clusters}') ` +
        `hay mục '${SETTING.adminEmails}' (trang '${TAB.config}'), nên chưa được đăng ký thi đua. ` +
        "Hãy nhờ Phòng Nội vụ thêm e-mail của bạn vào cụm bạn phụ trách.",
    );
  }
  return { ok: true, admin: role.kind === "admin", clusters };
}

/** The cluster `clusterId` when this user may write it, else a Vietnamese refusal. */
export function clusterFor(
  access: Access,
  index: PlanIndex,
  email: string,
  clusterId: string,
): Cluster | Failure {
  if (!access.ok) return access;
  const cluster = index.cluster(clusterId);
  if (!cluster)
    return fail("UNKNOWN_CLUSTER", `Cụm ${quote(clusterId)} không có trong trang '${TAB.clusters}'.`);
  if (access.clusters.some((c) => c.key === cluster.key)) return cluster;
  const own = access.clusters.map((c) => c.id).join(", ");
  return fail(
    "NOT_YOUR_CLUSTER",
    `Tài khoản ${email.trim().toLowerCase()} là cụm trưởng của cụm ${own}, không phải cụm ${cluster.id}: ` +
      "bạn chỉ được đăng ký cho cụm mình phụ trách. Nếu cần đăng ký cho cụm khác, hãy nhờ Phòng Nội vụ.",
  );
}

export const isFailure = (x: unknown): x is Failure =>
  typeof x === "object" && x !== null && (x as { ok?: unknown }).ok === false;
