import { isLink, type ReportSheet, type RowStyle } from "../core/reports/report-sheet";
import { sheetNamed } from "./read-snapshot";
import { ensureSize, toSheetValue } from "./sheet-values";
import { writeCharts } from "./write-charts";

const BACKGROUND: Record<RowStyle, string> = {
  title: "#ffffff",
  subtitle: "#ffffff",
  section: "#d9e2f3",
  group: "#f2f2f2",
  header: "#b4c6e7",
  total: "#f2f2f2",
  error: "#f4cccc",
  warning: "#fff2cc",
  info: "#ffffff",
  ok: "#d9ead3",
  plain: "#ffffff",
};
const BOLD = new Set<RowStyle>(["title", "section", "group", "header", "total"]);
const SPANNING = new Set<RowStyle>(["title", "subtitle", "section", "group"]);

/**
 * Rebuilds a generated `BC …` tab: cleared, then written in a handful of block
 * calls whatever its length. Links become HYPERLINK formulas to the target row.
 */
export function writeReport(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  report: ReportSheet,
): GoogleAppsScript.Spreadsheet.Sheet {
  const ids = new Map<string, number>();
  for (const s of ss.getSheets()) ids.set(s.getName(), s.getSheetId());
  const sheet = sheetNamed(ss, report.name)?.sheet ?? ss.insertSheet(report.name, ss.getSheets().length);
  sheet.clear();
  const width = Math.max(report.widths.length, ...report.rows.map((r) => r.length), 1);
  const height = Math.max(report.rows.length, 1);
  ensureSize(sheet, height, width);
  const values = report.rows.map((row) =>
    Array.from({ length: width }, (_, i) => {
      const cell = row[i];
      if (cell === undefined) return "";
      if (isLink(cell)) {
        const id = ids.get(cell.sheet);
        const label = cell.label.replace(/"/g, '""');
        return id === undefined ? label : `=HYPERLINK("#gid=${id}&range=A${cell.row}","${label}")`;
      }
      return toSheetValue(cell);
    }),
  );
  if (values.length > 0) sheet.getRange(1, 1, values.length, width).setValues(values);
  const styles = report.styles.map((s) => Array.from({ length: width }, () => BACKGROUND[s]));
  const weights = report.styles.map((s) =>
    Array.from({ length: width }, () => (BOLD.has(s) ? "bold" : "normal")),
  );
  if (styles.length > 0) {
    const block = sheet.getRange(1, 1, styles.length, width);
    // Titles and section lines run across the empty cells beside them; table cells wrap.
    const wraps = report.styles.map((s) => Array.from({ length: width }, () => !SPANNING.has(s)));
    block.setBackgrounds(styles).setFontWeights(weights).setVerticalAlignment("top").setWraps(wraps);
  }
  report.widths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
  sheet.setFrozenRows(report.frozenRows);
  writeCharts(sheet, report.charts);
  return sheet;
}
