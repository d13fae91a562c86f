import { cellText } from "../cell";
import {
  CAMPAIGN,
  CLUSTER,
  CONFIG,
  clusterTabName,
  DOSSIER,
  REPORT_PREFIX,
  SETTING,
  scoreTabName,
  TAB,
  TASK,
} from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import { findGrid, type Grid, type Snapshot, toTable } from "../table";
import { cleanText, headerKey } from "../text/normalize";
import { quote } from "../text/quote";
import { type CellEdit, shiftDates } from "./shift-dates";

/** 1-based sheet rows, inclusive. */
interface RowRange {
  readonly from: number;
  readonly to: number;
}

/** The data cells of one column to empty. */
interface ColumnClear extends RowRange {
  /** 1-based. */
  readonly column: number;
  readonly header: string;
}

/** What changes in one tab. */
export interface TabEdits {
  readonly sheet: string;
  readonly set: readonly CellEdit[];
  readonly clearColumns: readonly ColumnClear[];
  /** Every data row (row 2 to the last) emptied, or null. */
  readonly clearRows: RowRange | null;
}

/** `Tạo sổ năm sau` as data: the edits an adapter applies to a copy of this year's workbook. */
export interface NextYear {
  /** The new `Năm thi đua`; null when the current one is unusable (then a BT03 in `findings`). */
  readonly year: number | null;
  readonly tabs: readonly TabEdits[];
  /** Generated `BC …` tabs. */
  readonly deleteTabs: readonly string[];
  readonly findings: readonly Finding[];
}

const dataRows = (g: Grid): RowRange | null =>
  g.values.length > 1 ? { from: 2, to: g.values.length } : null;

/** The columns of `headers` the tab has (1-based), emptied over its data rows. */
function clearColumns(g: Grid, headers: readonly string[]): ColumnClear[] {
  const rows = dataRows(g);
  const table = toTable(g);
  if (!rows) return [];
  return headers.flatMap((header) => {
    const c = table.col(header);
    return c === undefined ? [] : [{ ...rows, column: c + 1, header }];
  });
}

/** `Năm thi đua` + 1, as an edit of its `Giá trị` cell. */
function nextYearSetting(g: Grid | undefined): {
  year: number | null;
  edit: CellEdit | null;
  finding: Finding | null;
} {
  const table = g ? toTable(g) : undefined;
  const row = table?.rows.find(
    (r) => headerKey(cellText(table.get(r, CONFIG.key))) === headerKey(SETTING.year),
  );
  const column = table?.col(CONFIG.value);
  const raw = row && table ? cleanText(cellText(table.get(row, CONFIG.value))) : "";
  const year = /^\d{4}$/u.test(raw) ? Number(raw) + 1 : null;
  if (year === null || !row || column === undefined) {
    const where = { sheet: TAB.config, row: row?.rowNumber ?? null, column: CONFIG.value };
    const message = `'${SETTING.year}' phải là một năm, ví dụ 2020${raw ? `, đang là ${quote(raw)}` : ""}: chưa tạo được sổ năm sau. Sửa ô này trong trang Cấu hình rồi chạy lại.`;
    return { year: null, edit: null, finding: error("BT03", where, message) };
  }
  return {
    year,
    edit: { row: row.rowNumber, column: column + 1, header: CONFIG.value, value: year },
    finding: null,
  };
}

/** A `Cụm N` tab of a cluster of `Cụm thi đua`, or any `Điểm Cụm …` tab (the add-on makes those). */
function isClusterData(g: Grid, clusters: Grid | undefined): boolean {
  const key = headerKey(g.name);
  if (key.startsWith(scoreTabName("").toLowerCase())) return true;
  if (!clusters || key === headerKey(TAB.clusters)) return false;
  const table = toTable(clusters);
  return table.rows.some((r) => {
    const id = cleanText(cellText(table.get(r, CLUSTER.id)));
    return id !== "" && headerKey(clusterTabName(id)) === key;
  });
}

/**
 * `Tạo sổ năm sau`: `Năm thi đua` + 1; every date of `Cấu hình`, `Cụm thi đua` and `Tiến độ`
 * moved one year on (29/02 → 28/02); `Ngày hoàn thành` and `Trạng thái` of `Tiến độ`, the data
 * rows of each `Cụm N` and `Điểm Cụm N`, the documents of `Hồ sơ cụm`, the plans of `Chuyên đề`
 * and `Nhật ký` emptied; `BC …` tabs deleted. Setup tabs, `Tiêu chí` and the whole
 * `Lịch sử khen thưởng` are kept. A missing or odd tab is skipped, never an exception.
 */
export function nextYear(snapshot: Snapshot): NextYear {
  const tabs: TabEdits[] = [];
  const add = (g: Grid | undefined, set: CellEdit[], clear: ColumnClear[], rows: RowRange | null = null) => {
    if (g && (set.length > 0 || clear.length > 0 || rows))
      tabs.push({ sheet: g.name, set, clearColumns: clear, clearRows: rows });
  };
  const config = findGrid(snapshot, TAB.config);
  const setting = nextYearSetting(config);
  // The year is a number, never a date: shifting the dates leaves its cell to `setting`.
  add(config, config ? [...(setting.edit ? [setting.edit] : []), ...shiftDates(config)] : [], []);
  const clusters = findGrid(snapshot, TAB.clusters);
  if (clusters) add(clusters, shiftDates(clusters), []);
  const timeline = findGrid(snapshot, TAB.timeline);
  if (timeline) {
    const cleared = clearColumns(timeline, [TASK.done, TASK.state]);
    add(timeline, shiftDates(timeline, new Set(cleared.map((c) => c.column - 1))), cleared);
  }
  for (const g of snapshot.grids) if (isClusterData(g, clusters)) add(g, [], [], dataRows(g));
  const dossier = findGrid(snapshot, TAB.dossier);
  const documents = [DOSSIER.plan, DOSSIER.regulation, DOSSIER.criteria, DOSSIER.covenant, DOSSIER.list];
  if (dossier) add(dossier, [], clearColumns(dossier, [...documents, DOSSIER.submitted, DOSSIER.status]));
  const campaigns = findGrid(snapshot, TAB.campaigns);
  const plans = [CAMPAIGN.plan, CAMPAIGN.criteria, CAMPAIGN.participants, CAMPAIGN.date, CAMPAIGN.status];
  if (campaigns) add(campaigns, [], clearColumns(campaigns, plans));
  const log = findGrid(snapshot, TAB.log);
  if (log) add(log, [], [], dataRows(log));
  return {
    year: setting.year,
    tabs,
    deleteTabs: snapshot.grids
      .filter((g) => headerKey(g.name).startsWith(REPORT_PREFIX.toLowerCase()))
      .map((g) => g.name),
    findings: setting.finding ? [setting.finding] : [],
  };
}
