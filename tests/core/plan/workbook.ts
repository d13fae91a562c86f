/**
 * In-memory workbooks for the plan and year-end tests: the 2020 template's setup tabs as a
 * `Snapshot`, with rows a test adds or overrides. Headers come from the contract constants.
 */
import type { Cell } from "../../../src/core/cell";
import { CONFIG, HEADERS, TAB } from "../../../src/core/contract/workbook";
import type { CivilDate } from "../../../src/core/dates/civil-date";
import { toInstant } from "../../../src/core/dates/zone";
import { parsePlan } from "../../../src/core/plan/parse-plan";
import type { Grid, Snapshot } from "../../../src/core/table";
import { TEMPLATE, type TemplateRow } from "../../../src/core/template";
import { isCivilDate } from "../../../src/core/write-value";

/** A row keyed by header; a CivilDate becomes a date cell, a missing header a blank cell. */
export type Row = Readonly<Record<string, Cell | CivilDate>>;

const cellOf = (v: Cell | CivilDate): Cell => (isCivilDate(v) ? toInstant(v) : v);

/** A tab with these headers (row 1) and rows. */
export function grid(name: string, headers: readonly string[], rows: readonly Row[]): Grid {
  return {
    name,
    values: [headers, ...rows.map((r) => headers.map((h) => cellOf(r[h] ?? "")))],
  };
}

/** A tab with the contract headers of `tab`. */
export const tab = (name: string, rows: readonly Row[]): Grid => grid(name, HEADERS[name] ?? [], rows);

/** The template's rows of a setup tab, with settings replaced by `settings` (by `Mục`). */
function templateRows(name: keyof typeof TEMPLATE, settings: Readonly<Record<string, Cell>>): Row[] {
  const rows: readonly TemplateRow[] = TEMPLATE[name];
  if (name !== TAB.config) return [...rows];
  const known = new Set(rows.map((r) => String(r[CONFIG.key])));
  return [
    ...rows.map((r) => {
      const key = String(r[CONFIG.key]);
      return key in settings ? { ...r, [CONFIG.value]: settings[key] } : r;
    }),
    ...Object.entries(settings)
      .filter(([k]) => !known.has(k))
      .map(([k, v]) => ({ [CONFIG.key]: k, [CONFIG.value]: v })),
  ];
}

export interface WorkbookSpec {
  /** `Mục` → `Giá trị` overrides of `Cấu hình`. */
  readonly settings?: Readonly<Record<string, Cell>>;
  /** Rows of `Đơn vị`. */
  readonly units?: readonly Row[];
  /** Replaces the template's `Danh hiệu` rows. */
  readonly titles?: readonly Row[];
  /** Further tabs (cluster tabs, history…), replacing a template tab of the same name. */
  readonly tabs?: readonly Grid[];
}

/** The 2020 template as a snapshot, with the spec's changes. */
export function workbook(spec: WorkbookSpec = {}): Snapshot {
  const extra = spec.tabs ?? [];
  const setup = (Object.keys(TEMPLATE) as (keyof typeof TEMPLATE)[]).map((name) =>
    tab(name, name === TAB.titles && spec.titles ? spec.titles : templateRows(name, spec.settings ?? {})),
  );
  const grids = [...setup, tab(TAB.units, spec.units ?? []), ...extra];
  // A later tab of the same name replaces an earlier one.
  const byName = new Map(grids.map((g) => [g.name, g]));
  return { grids: [...byName.values()] };
}

const NOW = new Date("2020-12-01T03:00:00Z");

/** The plan of a workbook, and its findings. */
export const planOf = (snapshot: Snapshot): ReturnType<typeof parsePlan> => parsePlan(snapshot, NOW);
