import type { Roster } from "../access/roles";
import { CLUSTER, clusterTabName, REPORT_PREFIX, SETTING, scoreTabName, TAB } from "../contract/workbook";
import { mayBeClusterTab, sameTabName } from "../plan/cluster-tab";
import type { Cluster } from "../plan/types";
import { headerKey } from "../text/normalize";

/** How `Phân quyền` protects a tab. */
type ProtectionLevel = "editors" | "warning";

/** The protection `Phân quyền` wants on one tab. */
export interface WantedProtection {
  /** The tab's actual name. */
  readonly tab: string;
  readonly level: ProtectionLevel;
  /** Who may edit besides the owner and the user running it (Google keeps those two): lower-cased, sorted. */
  readonly editors: readonly string[];
  /** The protection's description: it starts with {@link PROTECTION_MARK}, by which the add-on finds its own. */
  readonly description: string;
  /** Who may edit, in words, for `BC Phân quyền`. */
  readonly who: string;
}

/** The start of every description of a protection `Phân quyền` made; any other protection is the office's own. */
export const PROTECTION_MARK = "Sổ thi đua · Phân quyền:";

/** Is this protection one `Phân quyền` made (and so may change)? */
export const isOwnProtection = (description: string): boolean => description.startsWith(PROTECTION_MARK);

/** Tabs only the office edits: the setup tabs, the criteria, the history, the guide. */
const ADMIN_TABS: readonly string[] = [
  TAB.config,
  TAB.clusters,
  TAB.units,
  TAB.titles,
  TAB.criteria,
  TAB.dossier,
  TAB.campaigns,
  TAB.timeline,
  TAB.history,
  TAB.guide,
];

const OFFICE = `Phòng Nội vụ (mục '${SETTING.adminEmails}')`;
const unique = (emails: readonly string[]): string[] =>
  [...new Set(emails.map((e) => e.toLowerCase()))].sort();

const forCluster = (tab: string, cluster: Cluster, admins: readonly string[]): WantedProtection => ({
  tab,
  level: "editors",
  editors: unique([...cluster.headEmails, ...admins]),
  description:
    `${PROTECTION_MARK} chỉ cụm trưởng cụm ${cluster.id} (cột '${CLUSTER.headEmails}') và Phòng Nội vụ ` +
    "sửa được trang này. Đổi e-mail ở trang thiết lập rồi chạy lại 'Phân quyền'; đừng sửa danh sách này bằng tay.",
  who: `Cụm trưởng cụm ${cluster.id} và ${OFFICE}`,
});

const forOffice = (tab: string, admins: readonly string[], why = ""): WantedProtection => ({
  tab,
  level: "editors",
  editors: unique(admins),
  description: `${PROTECTION_MARK} chỉ Phòng Nội vụ (mục '${SETTING.adminEmails}') sửa được trang này.${why}`,
  who: `${OFFICE}${why}`,
});

const LOG: Omit<WantedProtection, "tab"> = {
  level: "warning",
  editors: [],
  description: `${PROTECTION_MARK} nhật ký do tiện ích ghi thay người dùng; sửa tay thì Google hỏi lại trước.`,
  who: "Mọi người được chia sẻ quyền sửa bảng tính (Google hỏi lại trước khi sửa tay)",
};

const isScoreTab = (name: string): boolean => headerKey(name).startsWith(headerKey(scoreTabName("")));

/**
 * The protection each tab should have, from the plan: `Cụm N` and `Điểm Cụm N` editable by
 * the cluster's heads and the admins; the setup tabs, `Tiêu chí`, `Lịch sử khen thưởng`, the
 * guide and every `BC …` tab by the admins only; `Nhật ký` warning-only (the sidebar appends to
 * it as the user). A `Cụm …` tab of no cluster of `Cụm thi đua` is the office's. Any other tab
 * (the office's own) is left out: `Phân quyền` never protects it.
 */
export function wantedProtections(plan: Roster, tabs: readonly string[]): WantedProtection[] {
  const out: WantedProtection[] = [];
  for (const tab of tabs) {
    const is = (name: string) => sameTabName(name, tab);
    const cluster = plan.clusters.find((c) => is(clusterTabName(c.id)) || is(scoreTabName(c.id)));
    if (cluster) out.push(forCluster(tab, cluster, plan.admins));
    else if (is(TAB.log)) out.push({ ...LOG, tab });
    else if (ADMIN_TABS.some(is) || tab.startsWith(REPORT_PREFIX)) out.push(forOffice(tab, plan.admins));
    else if (mayBeClusterTab(tab) || isScoreTab(tab))
      out.push(forOffice(tab, plan.admins, ` Trang này không thuộc cụm nào trong trang '${TAB.clusters}'.`));
  }
  return out;
}
