/**
 * Small scoring workbooks in the GAS sandbox, built directly (no setup run):
 * settings, clusters, units, one on-time collective registration per unit,
 * and a `Tiêu chí` of `base` criteria summing to 100 plus a bonus (max 5) and a
 * penalty (max 10). `prepare()` runs the menu action; `fillScores` types the
 * score columns of a `Điểm Cụm N` tab in one untracked block.
 */
import {
  CLUSTER,
  CONFIG,
  CRITERION,
  CRITERION_KIND,
  clusterTabName,
  HEADERS,
  REG,
  SCORE,
  SETTING,
  SUBJECT,
  scoreTabName,
  TAB,
  TITLE,
  UNIT,
} from "../../src/core/contract/workbook";
import { loadBundle } from "../../tools/gas-sandbox";
import { BUNDLE, Workbook } from "../fixtures/clean-workbook";

export const BONUS = "TH";
export const PENALTY = "TR";

export interface ScoringSpec {
  clusters?: readonly string[];
  unitsPerCluster?: number;
  /** Number of base criteria (their maxima add up to 100). */
  criteria?: number;
  floor?: number | "";
  leaders?: number;
  /** Units left without any registration (DV01). */
  unregistered?: readonly string[];
}

export const unitName = (cluster: string, i: number): string => `Đơn vị ${cluster}-${i + 1}`;
export const baseCode = (i: number): string => `TC${i + 1}`;

/** Maxima of n base criteria adding up to 100 (the last one takes the remainder). */
export function baseMaxima(n: number): number[] {
  const each = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? 100 - each * (n - 1) : each));
}

const row = (headers: readonly string[], rec: Record<string, unknown>) => headers.map((h) => rec[h] ?? "");

export function scoringWorkbook(spec: ScoringSpec = {}): Workbook {
  const clusters = spec.clusters ?? ["1"];
  const n = spec.unitsPerCluster ?? 3;
  const maxima = baseMaxima(spec.criteria ?? 5);
  const h = (tab: string) => HEADERS[tab] ?? [];
  const units = clusters.flatMap((c) => Array.from({ length: n }, (_, i) => ({ c, name: unitName(c, i) })));
  const setting = (k: string, v: unknown) => row(h(TAB.config), { [CONFIG.key]: k, [CONFIG.value]: v });
  const tabs: Record<string, unknown[][]> = {
    [TAB.config]: [
      [...h(TAB.config)],
      setting(SETTING.year, 2020),
      setting(SETTING.organisation, "Hội đồng Thi đua – Khen thưởng thị xã Sơn Tây"),
      setting(SETTING.deadline, "28/02/2020"),
      setting(SETTING.scoreFloor, spec.floor ?? 70),
      setting(SETTING.leadersPerCluster, spec.leaders ?? 1),
      setting(SETTING.referenceDate, "20/11/2020"),
    ],
    [TAB.clusters]: [
      [...h(TAB.clusters)],
      ...clusters.map((c) =>
        row(h(TAB.clusters), {
          [CLUSTER.id]: c,
          [CLUSTER.name]: `Cụm thi đua số ${c}`,
          [CLUSTER.subjects]: "Chỉ tập thể",
        }),
      ),
    ],
    [TAB.units]: [
      [...h(TAB.units)],
      ...units.map((u) =>
        row(h(TAB.units), { [UNIT.name]: u.name, [UNIT.cluster]: u.c, [UNIT.type]: "Cơ quan" }),
      ),
    ],
    [TAB.titles]: [
      [...h(TAB.titles)],
      row(h(TAB.titles), {
        [TITLE.name]: "Tập thể lao động tiên tiến",
        [TITLE.abbreviation]: "TTLĐTT",
        [TITLE.subject]: SUBJECT.collective,
      }),
    ],
    [TAB.criteria]: [
      [...h(TAB.criteria)],
      ...maxima.map((max, i) =>
        row(h(TAB.criteria), {
          [CRITERION.cluster]: "*",
          [CRITERION.code]: baseCode(i),
          [CRITERION.content]: `Tiêu chí số ${i + 1}`,
          [CRITERION.max]: max,
          [CRITERION.kind]: CRITERION_KIND.base,
        }),
      ),
      row(h(TAB.criteria), {
        [CRITERION.cluster]: "*",
        [CRITERION.code]: BONUS,
        [CRITERION.content]: "Điểm thưởng",
        [CRITERION.max]: 5,
        [CRITERION.kind]: CRITERION_KIND.bonus,
      }),
      row(h(TAB.criteria), {
        [CRITERION.cluster]: "*",
        [CRITERION.code]: PENALTY,
        [CRITERION.content]: "Điểm trừ",
        [CRITERION.max]: 10,
        [CRITERION.kind]: CRITERION_KIND.penalty,
      }),
    ],
    [TAB.log]: [[...h(TAB.log)]],
  };
  for (const c of clusters) {
    const regHeaders = Object.values(REG);
    tabs[clusterTabName(c)] = [
      regHeaders,
      ...units
        .filter((u) => u.c === c && !(spec.unregistered ?? []).includes(u.name))
        .map((u) =>
          row(regHeaders, {
            [REG.unit]: u.name,
            [REG.subject]: SUBJECT.collective,
            [REG.title]: "Tập thể lao động tiên tiến",
            [REG.date]: "20/02/2020",
          }),
        ),
    ];
  }
  return new Workbook(loadBundle(BUNDLE, { tabs }));
}

/** Runs a menu function and returns its alert text. */
export function run(wb: Workbook, fn: string): string {
  wb.sb.call(fn);
  return wb.sb.services.ui.alerts.at(-1)?.prompt ?? "";
}

export type Scores = { self?: unknown; cross?: unknown };

/** Types the self / cross columns of every row of a score tab, from `scoreOf(unit, code, max)`. */
export function fillScores(
  wb: Workbook,
  cluster: string,
  scoreOf: (unit: string, code: string, max: number) => Scores,
): void {
  const tab = scoreTabName(cluster);
  const sheet = wb.sheet(tab);
  const headers = wb.headers(tab);
  const last = wb.lastRow(tab);
  if (last < 2) return;
  const col = (x: string) => headers.indexOf(x);
  wb.untracked(() => {
    const values = sheet.getRange(2, 1, last - 1, headers.length).getValues();
    const self = values.map((r) => {
      const s = scoreOf(
        String(r[col(SCORE.unit)]),
        String(r[col(SCORE.criterion)]),
        Number(r[col(SCORE.max)]),
      );
      return [s.self ?? "", s.cross ?? ""];
    });
    sheet.getRange(2, col(SCORE.self) + 1, last - 1, 1).setValues(self.map((s) => [s[0]]));
    sheet.getRange(2, col(SCORE.cross) + 1, last - 1, 1).setValues(self.map((s) => [s[1]]));
  });
}

/** Full marks on base criteria scaled by `share` (0..1), same self and cross, no bonus or penalty. */
export const scaled =
  (share: (unit: string) => number) =>
  (unit: string, code: string, max: number): Scores => {
    if (code === BONUS || code === PENALTY) return { self: 0, cross: 0 };
    const v = Math.round(max * share(unit) * 100) / 100;
    return { self: v, cross: v };
  };

/** The rows of `BC Kết quả chấm điểm` whose `Đơn vị` cell (column B) is a unit, keyed by unit. */
export function reportRows(wb: Workbook): Map<string, unknown[]> {
  const sheet = wb.sheet("BC Kết quả chấm điểm");
  const values = wb.untracked(() => sheet.getDataRange().getValues());
  const out = new Map<string, unknown[]>();
  for (const r of values)
    if (typeof r[1] === "string" && r[1].startsWith("Đơn vị ") && !out.has(r[1])) out.set(r[1], r);
  return out;
}
