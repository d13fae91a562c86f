import { CAMPAIGN, CONFIG, DOSSIER, SETTING, TAB, TASK } from "../../src/core/contract/workbook";
import { formatDate } from "../gas-sandbox";
import type { SheetWriter } from "./sheet-writer";

/** "Today" of every check in the demo, so that its flags never change. */
export const DEMO_REFERENCE_DATE = "15/03/2020";

export const ILLUSTRATIVE_NOTE = [
  "Dữ liệu minh họa",
  "Tệp này là bản mẫu (demo): việc phân các đơn vị vào cụm 1–10, các đăng ký, hồ sơ và tiến độ " +
    "chỉ mang tính minh họa, không phải số liệu thật của thị xã Sơn Tây. Một số lỗi được cố ý đưa vào " +
    "để minh họa chức năng Kiểm tra dữ liệu.",
];

const DOC = "Đã nộp";
const DRIVE = "https://drive.google.com/file/d/";
const DOCS = [DOSSIER.plan, DOSSIER.regulation, DOSSIER.criteria, DOSSIER.covenant, DOSSIER.list];

/** Dossiers partly complete: complete and on time, one missing document, one late, two blank. */
function fillDossiers(w: SheetWriter): void {
  const complete = ["1", "2", "3", "4", "7", "8"];
  for (const id of [...complete, "5", "6"]) {
    const row = w.findRow(TAB.dossier, DOSSIER.cluster, id);
    for (const doc of DOCS) {
      if (id === "5" && doc === DOSSIER.covenant) continue; // HS02: the covenant is missing
      w.set(TAB.dossier, row, doc, id === "2" ? `${DRIVE}ho-so-cum-${id}` : DOC);
    }
    w.set(TAB.dossier, row, DOSSIER.submitted, id === "6" ? "06/03/2020" : "26/02/2020"); // 6: HS03
  }
}

/** Four campaigns registered in full, one without criteria (CD02), the rest not yet. */
function fillCampaigns(w: SheetWriter): void {
  for (let i = 0; i < 5; i++) {
    const row = i + 2;
    w.set(TAB.campaigns, row, CAMPAIGN.plan, `${DRIVE}ke-hoach-phat-dong-${i + 1}`);
    if (i !== 4) w.set(TAB.campaigns, row, CAMPAIGN.criteria, "Có");
    w.set(TAB.campaigns, row, CAMPAIGN.participants, `${DRIVE}danh-sach-tap-the-${i + 1}`);
    w.set(TAB.campaigns, row, CAMPAIGN.date, `2${i}/02/2020`);
  }
}

/** Tasks due before the reference date are done, except one (TD01). */
function fillTimeline(w: SheetWriter, realmDate: (v: unknown) => v is Date): void {
  const limit = Date.UTC(2020, 2, 15) - 7 * 3_600_000;
  const [head = [], ...rows] = w.values(TAB.timeline);
  const due = head.map(String).indexOf(TASK.deadline);
  const left = "10/03/2020";
  rows.forEach((r, i) => {
    const d = r[due];
    if (!realmDate(d) || d.getTime() >= limit) return;
    const text = formatDate(d.getTime(), w.ss.getSpreadsheetTimeZone(), "dd/MM/yyyy");
    if (text !== left) w.set(TAB.timeline, i + 2, TASK.done, text);
  });
}

/** Settings, dossiers, campaigns, timeline and the illustrative note of `Hướng dẫn`. */
export function fillShared(w: SheetWriter, isDate: (v: unknown) => v is Date): void {
  w.set(
    TAB.config,
    w.findRow(TAB.config, CONFIG.key, SETTING.referenceDate),
    CONFIG.value,
    DEMO_REFERENCE_DATE,
  );
  fillDossiers(w);
  fillCampaigns(w);
  fillTimeline(w, isDate);
  const guide = w.sheet(TAB.guide);
  const last = w.ss._env.calls.untracked(() => guide.getLastRow());
  w.ss._env.calls.untracked(() => guide.getRange(last + 2, 1, 1, 2).setValues([ILLUSTRATIVE_NOTE]));
}
