import { type Cell, cellText, isBlank } from "../cell";
import { TAB, UNIT, UNIT_TYPES } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { type At, error } from "../findings/make";
import { findGrid, type Snapshot, toTable } from "../table";
import { nameKey } from "../text/name-key";
import { cleanText } from "../text/normalize";
import { quote } from "../text/quote";
import { suggest } from "../text/suggest";
import { optionalNumber } from "./cell-schemas";
import { emailCell } from "./email-cell";
import type { Cluster, Unit } from "./types";

const TYPE_KEYS = new Map(UNIT_TYPES.map((t) => [nameKey(t), t]));

/** `Đơn vị`, parsed: duplicates and unknown clusters are BT04, unknown types BT03. */
export function parseUnits(
  snapshot: Snapshot,
  clusters: readonly Cluster[],
): { units: Unit[]; findings: Finding[] } {
  const grid = findGrid(snapshot, TAB.units);
  const units: Unit[] = [];
  const findings: Finding[] = [];
  if (!grid) return { units, findings };
  const table = toTable(grid);
  const clusterKeys = new Map(clusters.map((c) => [c.key, c.id]));
  const firstRow = new Map<string, number>();
  for (const row of table.rows) {
    const at = (column: string) => ({ sheet: TAB.units, row: row.rowNumber, column });
    const name = cleanText(cellText(table.get(row, UNIT.name)));
    if (!name) {
      findings.push(error("BT03", at(UNIT.name), `Đơn vị dòng ${row.rowNumber}: thiếu '${UNIT.name}'.`));
      continue;
    }
    const key = nameKey(name);
    const first = firstRow.get(key);
    if (first !== undefined) {
      findings.push(
        error(
          "BT04",
          { ...at(UNIT.name), unit: name },
          `Đơn vị ${quote(name)} xuất hiện hai lần trong trang Đơn vị (dòng ${first} và dòng ${row.rowNumber}). Tên đơn vị phải là duy nhất: xóa hoặc đổi tên một dòng.`,
        ),
      );
      continue;
    }
    firstRow.set(key, row.rowNumber);
    const clusterText = cleanText(cellText(table.get(row, UNIT.cluster)));
    const clusterId = clusterKeys.get(nameKey(clusterText));
    if (clusterId === undefined) {
      const hint = suggest(clusterText, [...clusterKeys.values()]);
      findings.push(
        error(
          "BT04",
          { ...at(UNIT.cluster), unit: name },
          clusterText
            ? `Đơn vị ${quote(name)}: số cụm ${quote(clusterText)} không có trong trang Cụm thi đua${hint ? ` — có phải ${quote(hint)}?` : "."}`
            : `Đơn vị ${quote(name)} chưa có '${UNIT.cluster}'. Hãy chọn cụm của đơn vị.`,
        ),
      );
    }
    const type = cleanText(cellText(table.get(row, UNIT.type)));
    const canonical = TYPE_KEYS.get(nameKey(type));
    if (type && !canonical) {
      findings.push(
        error(
          "BT03",
          { ...at(UNIT.type), unit: name },
          `Đơn vị ${quote(name)}: loại ${quote(type)} không thuộc danh mục (${UNIT_TYPES.join(", ")}).`,
        ),
      );
    }
    const email = emailCell(
      table.get(row, UNIT.email),
      { ...at(UNIT.email), unit: name },
      `Đơn vị '${name}', cột '${UNIT.email}'`,
      "nên không gửi được thư cho đơn vị.",
    );
    findings.push(...email.findings);
    units.push({
      name,
      headcount: headcountOf(table.get(row, UNIT.headcount), name, at(UNIT.headcount), findings),
      key,
      clusterId: clusterId ?? clusterText,
      type: canonical ?? type,
      typeKey: nameKey(canonical ?? type),
      email: email.emails.join(", "),
      row: row.rowNumber,
    });
  }
  return { units, findings };
}

const COUNT = optionalNumber("");

/** `Số cán bộ`: a whole number of people or blank (null); anything else is BT03 and read as blank. */
function headcountOf(cell: Cell, unit: string, at: At, findings: Finding[]): number | null {
  if (isBlank(cell)) return null;
  const parsed = COUNT.safeParse(cell);
  const n = parsed.success ? parsed.data : null;
  if (n !== null && Number.isInteger(n) && n >= 0) return n;
  findings.push(
    error(
      "BT03",
      { ...at, unit },
      `Đơn vị ${quote(unit)}: '${UNIT.headcount}' phải là số người (số nguyên không âm) hoặc để trống, đang là ${quote(cellText(cell))}.`,
    ),
  );
  return null;
}
