import { cellText, isBlank } from "../cell";
import { CRITERION, CRITERION_KIND, TAB } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import type { PlanIndex } from "../plan/types";
import { findGrid, type Snapshot, type Table, type TableRow, toTable } from "../table";
import { ALL_CLUSTERS } from "../template/criteria";
import { nameKey } from "../text/name-key";
import { cleanText, headerKey } from "../text/normalize";
import { quote } from "../text/quote";

type CriterionKind = "base" | "bonus" | "penalty";

/** A row of `Tiêu chí`, parsed. */
export interface Criterion {
  /** Cluster ids it applies to, or null for `*` (every cluster). */
  readonly clusterIds: readonly string[] | null;
  readonly code: string;
  /** The code as a matching key (case, spaces and Unicode form ignored). */
  readonly key: string;
  readonly content: string;
  readonly max: number;
  readonly kind: CriterionKind;
  readonly row: number;
}

export interface Criteria {
  /** False when the tab `Tiêu chí` is missing. */
  readonly present: boolean;
  readonly all: readonly Criterion[];
  /** The criteria of a cluster: its own rows and the shared (`*`) ones; its own win on the same code. */
  of(clusterId: string): readonly Criterion[];
  readonly findings: readonly Finding[];
}

const KINDS: readonly [string, CriterionKind][] = [
  [CRITERION_KIND.base, "base"],
  [CRITERION_KIND.bonus, "bonus"],
  [CRITERION_KIND.penalty, "penalty"],
];

export const codeKey = (v: unknown): string => headerKey(cellText(v as string));

/** Why a row of `Tiêu chí` cannot be used: the column and the message. */
type Unusable = { readonly column: string; readonly message: string };

/** One row of `Tiêu chí`, or why it cannot be used: each cell checked in turn. */
function readCriterion(table: Table, r: TableRow, index: PlanIndex): Criterion | Unusable {
  const code = cleanText(cellText(table.get(r, CRITERION.code)));
  if (!code)
    return { column: CRITERION.code, message: "thiếu 'Mã tiêu chí'; dòng này không được dùng để chấm điểm." };
  const clusterText = cleanText(cellText(table.get(r, CRITERION.cluster)));
  let clusterIds: string[] | null = null;
  if (clusterText !== ALL_CLUSTERS) {
    const ids = clusterText.split(",").map((s) => s.trim());
    if (!clusterText || ids.some((id) => !index.cluster(id))) {
      return {
        column: CRITERION.cluster,
        message: `'Số cụm' của tiêu chí ${quote(code)} là ${quote(clusterText)}, không phải số cụm trong trang Cụm thi đua (ghi '${ALL_CLUSTERS}' nếu dùng chung cho mọi cụm).`,
      };
    }
    clusterIds = ids.map((id) => index.cluster(id)?.id ?? id);
  }
  const max = table.get(r, CRITERION.max);
  if (typeof max !== "number" || !(max > 0)) {
    return {
      column: CRITERION.max,
      message: `'Điểm tối đa' của tiêu chí ${quote(code)} là ${quote(cellText(max))}: cần một số lớn hơn 0.`,
    };
  }
  const kindText = cleanText(cellText(table.get(r, CRITERION.kind)));
  const kind = isBlank(kindText)
    ? "base"
    : KINDS.find(([label]) => nameKey(label) === nameKey(kindText))?.[1];
  if (!kind) {
    return {
      column: CRITERION.kind,
      message: `'Loại' của tiêu chí ${quote(code)} là ${quote(kindText)}: chỉ được là ${KINDS.map(([l]) => `'${l}'`).join(", ")}.`,
    };
  }
  const content = cleanText(cellText(table.get(r, CRITERION.content)));
  return { clusterIds, code, key: codeKey(code), content, max, kind, row: r.rowNumber };
}

/**
 * Reads `Tiêu chí`. A row that cannot be used (unknown cluster, no code, a
 * maximum that is not a positive number, an unknown `Loại`) is a BT03 finding
 * and is left out. A blank `Loại` means `Tiêu chí` (a base criterion).
 */
export function parseCriteria(snapshot: Snapshot, index: PlanIndex): Criteria {
  const grid = findGrid(snapshot, TAB.criteria);
  const all: Criterion[] = [];
  const findings: Finding[] = [];
  if (grid) {
    const table = toTable(grid);
    const seen = new Map<string, number>();
    for (const r of table.rows) {
      const read = readCriterion(table, r, index);
      const scope =
        "code" in read
          ? `${read.key}|${read.clusterIds ? read.clusterIds.map(nameKey).join(",") : ALL_CLUSTERS}`
          : "";
      const first = seen.get(scope);
      const problem =
        "column" in read
          ? read
          : first !== undefined
            ? {
                column: CRITERION.code,
                message: `mã tiêu chí ${quote(read.code)} đã có ở dòng ${first}; dòng này không được dùng.`,
              }
            : null;
      if (problem) {
        findings.push(
          error(
            "BT03",
            { sheet: grid.name, row: r.rowNumber, column: problem.column },
            `Tiêu chí dòng ${r.rowNumber}: ${problem.message}`,
          ),
        );
        continue;
      }
      seen.set(scope, r.rowNumber);
      all.push(read as Criterion);
    }
  }
  const cache = new Map<string, Criterion[]>();
  return {
    present: grid !== undefined,
    all,
    findings,
    of(clusterId) {
      const k = nameKey(clusterId);
      const hit = cache.get(k);
      if (hit) return hit;
      const own = all.filter((c) => c.clusterIds?.some((id) => nameKey(id) === k));
      const ownKeys = new Set(own.map((c) => c.key));
      const list = all.filter((c) => (c.clusterIds === null && !ownKeys.has(c.key)) || own.includes(c));
      cache.set(k, list);
      return list;
    },
  };
}
