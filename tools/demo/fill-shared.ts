import { CAMPAIGN, CLUSTER, DOSSIER, TAB, TASK } from "../../src/core/contract/workbook";
import { formatDate } from "../gas-sandbox";
import { DEMO_NOW, DEMO_TODAY, EARLY_CLUSTER, EARLY_DEADLINE } from "./demo-day";
import type { SheetWriter } from "./sheet-writer";

export const ILLUSTRATIVE_NOTE = [
  "Dữ liệu minh họa",
  "Tệp này là bản mẫu (demo): việc phân các đơn vị vào cụm 1–10, các đăng ký, hồ sơ và tiến độ " +
    "chỉ mang tính minh họa, không phải số liệu thật của thị xã Sơn Tây. Một số lỗi được cố ý đưa vào " +
    `để minh họa chức năng Kiểm tra dữ liệu. Bản mẫu lấy ngày ${DEMO_TODAY} (trước hạn đăng ký 28/02/2020) ` +
    `làm ngày hiện tại; cụm ${EARLY_CLUSTER} tự đặt hạn riêng ${EARLY_DEADLINE} nên đã có đơn vị đăng ký muộn.`,
];

const DOC = "Đã nộp";
const DRIVE = "https://drive.google.com/file/d/";
const DOCS = [DOSSIER.plan, DOSSIER.regulation, DOSSIER.criteria, DOSSIER.covenant, DOSSIER.list];

/**
 * Dossiers partly complete: complete and on time, one missing document, one late (cluster 3,
 * after its own deadline), two blank.
 */
function fillDossiers(w: SheetWriter): void {
  const complete = ["1", "2", "4", "6", "7", "8"];
  for (const id of [...complete, "5", EARLY_CLUSTER]) {
    const row = w.findRow(TAB.dossier, DOSSIER.cluster, id);
    for (const doc of DOCS) {
      if (id === "5" && doc === DOSSIER.covenant) continue; // HS02: the covenant is missing
      w.set(TAB.dossier, row, doc, id === "2" ? `${DRIVE}ho-so-cum-${id}` : DOC);
    }
    w.set(TAB.dossier, row, DOSSIER.submitted, id === EARLY_CLUSTER ? "17/02/2020" : "18/02/2020"); // HS03
  }
}

/** Four campaigns registered in full, one without criteria (CD02), the rest not yet. */
function fillCampaigns(w: SheetWriter): void {
  for (let i = 0; i < 5; i++) {
    const row = i + 2;
    w.set(TAB.campaigns, row, CAMPAIGN.plan, `${DRIVE}ke-hoach-phat-dong-${i + 1}`);
    if (i !== 4) w.set(TAB.campaigns, row, CAMPAIGN.criteria, "Có");
    w.set(TAB.campaigns, row, CAMPAIGN.participants, `${DRIVE}danh-sach-tap-the-${i + 1}`);
    w.set(TAB.campaigns, row, CAMPAIGN.date, `1${i}/02/2020`);
  }
}

/** Tasks due before the demo day are done on their day, except the last of them (TD01). */
function fillTimeline(w: SheetWriter, realmDate: (v: unknown) => v is Date): void {
  const [head = [], ...rows] = w.values(TAB.timeline);
  const due = head.map(String).indexOf(TASK.deadline);
  const past = rows
    .map((r, i) => ({ d: r[due], row: i + 2 }))
    .filter((t): t is { d: Date; row: number } => realmDate(t.d) && t.d.getTime() < DEMO_NOW.getTime());
  for (const { d, row } of past.slice(0, -1)) {
    w.set(TAB.timeline, row, TASK.done, formatDate(d.getTime(), w.ss.getSpreadsheetTimeZone(), "dd/MM/yyyy"));
  }
}

/**
 * Cluster 3's own deadline, dossiers, campaigns, timeline and the illustrative note of
 * `Hướng dẫn`. `Ngày tham chiếu` is left blank: the checks follow the clock (the demo day).
 */
export function fillShared(w: SheetWriter, isDate: (v: unknown) => v is Date): void {
  w.set(TAB.clusters, w.findRow(TAB.clusters, CLUSTER.id, EARLY_CLUSTER), CLUSTER.deadline, EARLY_DEADLINE);
  fillDossiers(w);
  fillCampaigns(w);
  fillTimeline(w, isDate);
  const guide = w.sheet(TAB.guide);
  const last = w.ss._env.calls.untracked(() => guide.getLastRow());
  w.ss._env.calls.untracked(() => guide.getRange(last + 2, 1, 1, 2).setValues([ILLUSTRATIVE_NOTE]));
}
