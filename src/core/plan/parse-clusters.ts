import * as z from "zod/mini";
import { CLUSTER, CLUSTER_SUBJECTS, TAB, UNIT_TYPES } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import { findGrid, type Snapshot, toTable } from "../table";
import { nameKey } from "../text/name-key";
import { quote } from "../text/quote";
import { commaList, oneOf, optionalDate, requiredText, text } from "./cell-schemas";
import { emailCell } from "./email-cell";
import type { Cluster } from "./types";
import { splitUnitTypes } from "./unit-type-list";

const where = (row: number, column: string) => ({ sheet: TAB.clusters, row, column });

const clusterRow = z.object({
  [CLUSTER.id]: requiredText(`Thiếu '${CLUSTER.id}'.`),
  [CLUSTER.name]: text,
  [CLUSTER.subjects]: oneOf(
    [CLUSTER_SUBJECTS.both, CLUSTER_SUBJECTS.collectiveOnly],
    `'${CLUSTER.subjects}' phải là '${CLUSTER_SUBJECTS.both}' hoặc '${CLUSTER_SUBJECTS.collectiveOnly}'.`,
  ),
  [CLUSTER.unitTypes]: commaList,
  [CLUSTER.deadline]: optionalDate(`'${CLUSTER.deadline}' phải là một ngày dạng dd/mm/yyyy hoặc để trống.`),
  [CLUSTER.headUnit]: text,
});

const TYPE_KEYS = new Map(UNIT_TYPES.map((t) => [nameKey(t), t]));

/** `Cụm thi đua`, parsed. A row with an unusable cell is BT03 and left out only when its id is unusable. */
export function parseClusters(snapshot: Snapshot): { clusters: Cluster[]; findings: Finding[] } {
  const grid = findGrid(snapshot, TAB.clusters);
  const clusters: Cluster[] = [];
  const findings: Finding[] = [];
  if (!grid) return { clusters, findings };
  const table = toTable(grid);
  const seen = new Set<string>();
  for (const row of table.rows) {
    const input = Object.fromEntries(Object.values(CLUSTER).map((h) => [h, table.get(row, h)]));
    const parsed = clusterRow.safeParse(input);
    const data = parsed.success ? parsed.data : undefined;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? CLUSTER.id);
        findings.push(
          error("BT03", where(row.rowNumber, column), `Cụm thi đua dòng ${row.rowNumber}: ${issue.message}`),
        );
      }
    }
    const id = text.parse(table.get(row, CLUSTER.id));
    if (!id) continue;
    const key = nameKey(id);
    if (seen.has(key)) {
      findings.push(
        error(
          "BT03",
          where(row.rowNumber, CLUSTER.id),
          `Số cụm ${quote(id)} xuất hiện hai lần trong trang Cụm thi đua (dòng ${row.rowNumber}). Mỗi cụm chỉ một dòng.`,
        ),
      );
      continue;
    }
    seen.add(key);
    const types = splitUnitTypes(
      data ? data[CLUSTER.unitTypes] : commaList.parse(table.get(row, CLUSTER.unitTypes)),
    );
    for (const t of types) {
      if (!TYPE_KEYS.has(nameKey(t))) {
        findings.push(
          error(
            "BT03",
            where(row.rowNumber, CLUSTER.unitTypes),
            `Cụm ${id}: loại đơn vị ${quote(t)} không thuộc danh mục (${UNIT_TYPES.join(", ")}).`,
          ),
        );
      }
    }
    const heads = emailCell(
      table.get(row, CLUSTER.headEmails),
      where(row.rowNumber, CLUSTER.headEmails),
      `Cụm ${id}, cột '${CLUSTER.headEmails}'`,
      "nên chưa ai được nhận là cụm trưởng của cụm này.",
    );
    findings.push(...heads.findings);
    clusters.push({
      id,
      key,
      name: data?.[CLUSTER.name] ?? "",
      collectiveOnly: data?.[CLUSTER.subjects] === CLUSTER_SUBJECTS.collectiveOnly,
      unitTypes: types.map(nameKey),
      unitTypeLabels: types,
      ownDeadline: data?.[CLUSTER.deadline] ?? null,
      headUnit: data?.[CLUSTER.headUnit] ?? "",
      headEmails: heads.emails,
      row: row.rowNumber,
    });
  }
  return { clusters, findings };
}
