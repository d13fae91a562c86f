import { type Cell, cellText, isBlank } from "../../cell";
import { CAMPAIGN, TAB } from "../../contract/workbook";
import { formatCivil, isOnTime } from "../../dates/civil";
import type { CivilDate } from "../../dates/civil-date";
import { parseDateCell } from "../../dates/parse";
import type { FindingCode } from "../../findings/catalogue";
import type { Finding } from "../../findings/finding";
import { error } from "../../findings/make";
import type { PlanIndex } from "../../plan/types";
import { findGrid, type Snapshot, type Table, type TableRow, toTable } from "../../table";
import { cleanText } from "../../text/normalize";
import { quote } from "../../text/quote";

/** Longest campaign name quoted in a message before it is cut with "…". */
const NAME_IN_MESSAGE = 80;

/** A document cell that must not be blank, with its code and the fix to suggest. */
const REQUIRED: readonly { code: FindingCode; column: string; what: string; fix: string }[] = [
  {
    code: "CD01",
    column: CAMPAIGN.plan,
    what: "chưa có kế hoạch phát động",
    fix: "dán đường dẫn tới kế hoạch (ví dụ tệp trên Drive) hoặc ghi số, ngày của văn bản",
  },
  {
    code: "CD02",
    column: CAMPAIGN.criteria,
    what: "kế hoạch chưa có tiêu chí thi đua",
    fix: "ghi 'Có' nếu kế hoạch đã có tiêu chí, hoặc dán đường dẫn tới văn bản tiêu chí",
  },
  {
    code: "CD03",
    column: CAMPAIGN.participants,
    what: "chưa có danh sách tập thể tham gia",
    fix: "dán đường dẫn tới danh sách hoặc ghi tên các tập thể tham gia",
  },
];

/**
 * Checks `Chuyên đề`, one row per thematic campaign, identified by
 * `Tên phong trào` (RULES.md, "Thematic campaigns"):
 *
 * - CD01 `Kế hoạch phát động` blank; CD02 `Tiêu chí thi đua` blank (`Có`, a
 *   link or any other text counts as present); CD03 `Danh sách tập thể tham
 *   gia` blank;
 * - CD04 `Ngày đăng ký` blank, not a date, or after the general deadline
 *   `Hạn đăng ký thi đua` (the deadline day itself is on time).
 *
 * Decisions where RULES.md is silent: rows with a blank `Tên phong trào` are
 * not campaigns and are skipped (a leftover status cell alone must not raise
 * findings); when the general deadline is unusable (BT03 elsewhere) only the
 * blank / not-a-date half of CD04 is checked; a missing tab or column yields
 * no finding here (BT01/BT02 report it). The 2020 template ships the campaigns
 * with only name and office filled, so they raise CD01–CD04 until filled.
 */
export function checkCampaigns(snapshot: Snapshot, index: PlanIndex): Finding[] {
  const grid = findGrid(snapshot, TAB.campaigns);
  if (!grid) return [];
  const table = toTable(grid);
  if (!table.has(CAMPAIGN.name)) return [];
  const findings: Finding[] = [];
  for (const row of table.rows) {
    if (isBlank(table.get(row, CAMPAIGN.name))) continue;
    findings.push(...checkRow(table, row, index.plan.deadline));
  }
  return findings;
}

function checkRow(table: Table, row: TableRow, deadline: CivilDate | null): Finding[] {
  const name = quoteName(cellText(table.get(row, CAMPAIGN.name)));
  const at = (column: string) => ({ sheet: table.name, row: row.rowNumber, column });
  const findings: Finding[] = [];
  for (const req of REQUIRED) {
    if (!table.has(req.column) || !isBlank(table.get(row, req.column))) continue;
    findings.push(
      error(req.code, at(req.column), `${name}: ${req.what}. Hãy ${req.fix} vào ô '${req.column}'.`),
    );
  }
  if (table.has(CAMPAIGN.date)) {
    const message = dateProblem(table.get(row, CAMPAIGN.date), name, deadline);
    if (message) findings.push(error("CD04", at(CAMPAIGN.date), message));
  }
  return findings;
}

/** The CD04 message for a `Ngày đăng ký` cell, or null when the date is fine. */
function dateProblem(cell: Cell, name: string, deadline: CivilDate | null): string | null {
  const parsed = parseDateCell(cell);
  const example = deadline ? ` (ví dụ ${formatCivil(deadline)})` : "";
  if (!parsed.ok && parsed.reason === "blank") {
    return `${name}: chưa có ${CAMPAIGN.date}. Nhập ngày đăng ký theo dạng dd/mm/yyyy${example}.`;
  }
  if (!parsed.ok) {
    return (
      `${name}: ${CAMPAIGN.date} ${quote(cellText(cell).trim())} không phải là ngày hợp lệ. ` +
      `Nhập ngày theo dạng dd/mm/yyyy${example} hoặc chọn ngày trong ô.`
    );
  }
  if (deadline && !isOnTime(parsed.date, deadline)) {
    return (
      `${name}: đăng ký ngày ${formatCivil(parsed.date)}, sau hạn đăng ký ${formatCivil(deadline)}. ` +
      `Nếu nhập nhầm, sửa lại ${CAMPAIGN.date}; nếu đúng, báo Phòng Nội vụ.`
    );
  }
  return null;
}

/** "Phong trào 'name'" (no doubled word when the name starts with it), cut to a readable length. */
function quoteName(raw: string): string {
  const name = cleanText(raw);
  const short = name.length > NAME_IN_MESSAGE ? `${name.slice(0, NAME_IN_MESSAGE - 1).trimEnd()}…` : name;
  return /^phong trào\b/iu.test(short) ? `${quote(short)}` : `Phong trào ${quote(short)}`;
}
