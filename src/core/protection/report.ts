import type { Roster } from "../access/roles";
import { CLUSTER, SETTING, TAB } from "../contract/workbook";
import { ReportBuilder } from "../reports/report-builder";
import type { ReportSheet } from "../reports/report-sheet";
import type { TabChange } from "./changes";
import { PROTECTION_MARK } from "./wanted";

/** The generated tab listing who may edit what. */
export const PROTECTION_REPORT = "BC Phân quyền";

/** Who ran `Phân quyền`, the spreadsheet's owner, and whom the spreadsheet is shared with as an editor. */
export interface ProtectionPeople {
  readonly user: string;
  readonly owner: string;
  readonly sharedWith: readonly string[];
}

const WIDTHS = [45, 170, 300, 330, 130];
const EVERYONE = "Mọi người được chia sẻ quyền sửa bảng tính";
const LEVEL = { editors: "Chỉ người có tên", warning: "Chỉ cảnh báo" } as const;

/**
 * `BC Phân quyền`: every tab and who may edit it (by the protections `Phân quyền` keeps, the
 * office's own left as they are), then every person the setup tabs name, with their role and
 * whether the spreadsheet is shared with them, then what Google's sharing settings must be.
 */
export function protectionReport(
  tabs: readonly string[],
  changes: readonly TabChange[],
  plan: Roster,
  people: ProtectionPeople,
  madeAt: string,
): ReportSheet {
  const b = new ReportBuilder(PROTECTION_REPORT, WIDTHS);
  b.title("PHÂN QUYỀN SỬA CÁC TRANG");
  b.subtitle(
    `Lập lúc ${madeAt} bởi ${people.user}. Chủ sở hữu bảng tính${people.owner ? ` (${people.owner})` : ""} ` +
      "luôn sửa được mọi trang, người chạy 'Phân quyền' cũng vậy (quy định của Google).",
  );
  b.header(["STT", "Trang", "Ai sửa được", "E-mail", "Bảo vệ"], true);
  tabs.forEach((tab, i) => {
    const change = changes.find((c) => c.wanted.tab === tab);
    if (!change) b.push("plain", i + 1, tab, EVERYONE, "", "Không bảo vệ");
    else if (change.status === "office")
      b.push(
        "info",
        i + 1,
        tab,
        "Theo bảo vệ riêng do văn phòng đặt (tiện ích không đổi)",
        "",
        "Bảo vệ riêng",
      );
    else {
      const w = change.wanted;
      const emails = w.level === "warning" ? "" : w.editors.join(", ") || "(chỉ chủ sở hữu)";
      b.push("plain", i + 1, tab, w.who, emails, LEVEL[w.level]);
    }
  });
  b.blank();
  b.section("NGƯỜI CÓ TÊN TRONG BẢNG TÍNH");
  b.header(["STT", "E-mail", "Vai trò", "Sửa được", "Đã chia sẻ bảng tính"]);
  const shared = new Set([people.owner, ...people.sharedWith].map((e) => e.toLowerCase()));
  personRows(plan).forEach((p, i) => {
    const ok = shared.has(p.email);
    b.push(
      ok ? "plain" : "warning",
      i + 1,
      p.email,
      p.role,
      p.tabs,
      ok ? "Có" : "Chưa: chia sẻ (Người chỉnh sửa)",
    );
  });
  b.blank();
  b.section("GHI CHÚ");
  for (const note of NOTES) b.push("plain", "", note);
  return b.build();
}

interface PersonRow {
  readonly email: string;
  readonly role: string;
  readonly tabs: string;
}

function personRows(plan: Roster): PersonRow[] {
  const rows: PersonRow[] = plan.admins.map((email) => ({
    email,
    role: `Phòng Nội vụ (mục '${SETTING.adminEmails}')`,
    tabs: "Mọi trang",
  }));
  const heads = new Map<string, string[]>();
  for (const c of plan.clusters) for (const e of c.headEmails) heads.set(e, [...(heads.get(e) ?? []), c.id]);
  for (const [email, ids] of heads) {
    if (plan.admins.includes(email)) continue;
    const tabs = ids.flatMap((id) => [`Cụm ${id}`, `Điểm Cụm ${id}`]).join(", ");
    rows.push({ email, role: `Cụm trưởng cụm ${ids.join(", ")}`, tabs });
  }
  return rows;
}

const NOTES = [
  `Người được sửa lấy từ mục '${SETTING.adminEmails}' (trang ${TAB.config}) và cột '${CLUSTER.headEmails}' ` +
    `(trang ${TAB.clusters}). Đổi e-mail ở đó rồi chạy lại 'Phân quyền': người bị xóa e-mail mất quyền sửa.`,
  `Bảo vệ do tiện ích đặt có mô tả bắt đầu bằng '${PROTECTION_MARK}'. Người được thêm tay vào các bảo vệ này ` +
    "sẽ bị bỏ ở lần chạy sau; bảo vệ do văn phòng tự đặt thì không bao giờ bị đổi.",
  "Bảng tính phải được chia sẻ quyền 'Người chỉnh sửa' với từng e-mail ở trên; 'Quyền truy cập chung' nên để " +
    "'Bị hạn chế', không bao giờ 'Bất kỳ ai có đường liên kết' được chỉnh sửa: người mở bằng đường liên kết " +
    "không có e-mail nên bị từ chối ở mọi chức năng, nhưng vẫn sửa được các trang không bảo vệ.",
  "Cột 'Đã chia sẻ bảng tính' dựa trên danh sách người được chia sẻ trực tiếp: quyền qua nhóm Google hay cả tổ chức không hiện ở đây.",
  "Trang mới (một cụm mới, 'Điểm Cụm N', một trang 'BC …') chưa được bảo vệ cho tới lần chạy 'Phân quyền' sau.",
];
