import { cellText } from "../cell";
import { REG, SUBJECT } from "../contract/workbook";
import type { Cluster, PlanIndex } from "../plan/types";
import type { Registration } from "../rules/registrations/registration";
import { cleanText } from "../text/normalize";
import { comparePersonNames, compareText } from "../text/vietnamese-order";
import type { TableRow } from "./model";
import { upper } from "./parts";

/** Roman numerals for section rows ("I.", "II." …), Arabic past 39 (no list has that many clusters). */
export function roman(n: number): string {
  if (n > 39) return String(n);
  const tens = ["", "X", "XX", "XXX"][Math.floor(n / 10)] ?? "";
  const units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n % 10] ?? "";
  return tens + units;
}

/** "CỤM THI ĐUA SỐ 1 – KHỐI PHƯỜNG", or "CỤM 1" when the cluster has no name. */
const clusterHeading = (c: Cluster): string => upper(c.name || `Cụm ${c.id}`);

/**
 * A cluster in a table cell: "Cụm 1 – Khối phường" (the `Tên cụm` "Cụm thi đua số 1 – Khối
 * phường" without its repeated number), or the name as written when it has no such prefix.
 */
export function clusterLabel(c: Cluster): string {
  if (!c.name) return `Cụm ${c.id}`;
  const rest = c.name.replace(/^cụm(\s+thi\s+đua)?(\s+số)?\s*\S+\s*[–-]\s*/iu, "");
  if (rest !== c.name && rest) return `Cụm ${c.id} – ${rest}`;
  return /^cụm/iu.test(c.name) ? c.name : `Cụm ${c.id} – ${c.name}`;
}

/** `Chức vụ` of a row, as clean text. */
export const positionOf = (r: Registration): string => cleanText(cellText(r.raw[REG.position]));

/**
 * A unit's rows as the lists show them: collectives first (in `Danh hiệu` order), then
 * individuals by given name in the Vietnamese alphabet (DOCUMENTS.md), a person's titles in
 * `Danh hiệu` order.
 */
function orderUnitRows(rows: readonly Registration[], index: PlanIndex): Registration[] {
  const titleRank = new Map(index.plan.titles.map((t, i) => [t.key, i]));
  const rank = (r: Registration) => titleRank.get(r.title?.key ?? "") ?? Number.MAX_SAFE_INTEGER;
  const collective = (r: Registration) => (r.subject === SUBJECT.collective ? 0 : 1);
  return [...rows].sort(
    (a, b) =>
      collective(a) - collective(b) ||
      (collective(a) === 1 ? comparePersonNames(a.person, b.person) : 0) ||
      rank(a) - rank(b),
  );
}

/** Units (by name) of a list of rows, in the Vietnamese alphabet, each with its rows. */
function byUnit(rows: readonly Registration[]): [string, Registration[]][] {
  const groups = new Map<string, { name: string; rows: Registration[] }>();
  for (const r of rows) {
    const key = r.unit?.key ?? r.unitName;
    const group = groups.get(key) ?? { name: r.unit?.name ?? r.unitName, rows: [] };
    group.rows.push(r);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => compareText(a.name, b.name))
    .map((g) => [g.name, g.rows] as [string, Registration[]]);
}

/** Counts of a list of rows: collectives, individuals and the units they belong to. */
export function tally(rows: readonly Registration[]): {
  collectives: number;
  individuals: number;
  units: number;
} {
  return {
    collectives: rows.filter((r) => r.subject === SUBJECT.collective).length,
    individuals: rows.filter((r) => r.subject === SUBJECT.individual).length,
    units: new Set(rows.map((r) => r.unit?.key ?? r.unitName)).size,
  };
}

/**
 * The counted rows as table rows: a section row per cluster (plan order, "I.", "II." …), a
 * row per unit (Vietnamese order), then the unit's rows, numbered on through the list.
 */
export function groupedRows(
  rows: readonly Registration[],
  index: PlanIndex,
  cells: (r: Registration, n: number) => string[],
): TableRow[] {
  const out: TableRow[] = [];
  let n = 0;
  let section = 0;
  for (const cluster of index.plan.clusters) {
    const own = rows.filter((r) => r.cluster.id === cluster.id);
    if (own.length === 0) continue;
    out.push({ kind: "group", label: `${roman(++section)}. ${clusterHeading(cluster)}`, level: 1 });
    for (const [unit, unitRows] of byUnit(own)) {
      out.push({ kind: "group", label: unit, level: 2 });
      for (const r of orderUnitRows(unitRows, index)) out.push({ kind: "data", cells: cells(r, ++n) });
    }
  }
  return out;
}
