import type { Cell } from "../core/cell";
import { PLAN_TABS } from "../core/contract/workbook";
import { findGrid, type Grid, type Snapshot } from "../core/table";
import { readTabs } from "./read-snapshot";
import { type SheetZone, sheetZone, zoneNamed } from "./sheet-zone";

/**
 * The setup tabs, cached for the live check: an edit of a `Cụm N` tab then reads two cells of
 * cache instead of four tabs, and the spreadsheet's time zone they were read in (its dates
 * already moved to it) instead of asking the spreadsheet. Edits of a setup tab drop the cache (onEdit), every menu action
 * and sidebar call stores a fresh copy, and an entry lives 10 minutes at most, so a change
 * Sheets reports to no trigger (a row deleted from `Đơn vị`) is seen within that time.
 */
const KEY = "plan";
const CHUNKS = 20;
/** Characters per cache value: 100 KB per value, and a Vietnamese character takes up to 3 bytes in UTF-8. */
const CHUNK_CHARS = 30_000;
const TTL_SECONDS = 600;
const KEYS = [`${KEY}.count`, ...Array.from({ length: CHUNKS }, (_, i) => `${KEY}.${i}`)];

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The setup tabs and the spreadsheet's zone from the cache, else read (one call per tab and one for the zone) and cached. */
export function readPlanTabsCached(ss: Spreadsheet): { plan: Snapshot; zone: SheetZone } {
  const cache = CacheService.getDocumentCache();
  const hit = cache ? decode(cache.getAll(KEYS)) : null;
  if (hit) return { plan: hit.plan, zone: zoneNamed(hit.zone) };
  const zone = sheetZone(ss);
  const plan = readTabs(ss, PLAN_TABS, zone);
  if (cache) store(cache, plan, zone.name);
  return { plan, zone };
}

/**
 * Stores the setup tabs of a snapshot just read (a menu action's, in the spreadsheet's zone
 * `zone`), so the live check starts fresh.
 */
export function rememberPlanTabs(snapshot: Snapshot, zone: string): void {
  const cache = CacheService.getDocumentCache();
  if (!cache) return;
  const grids = PLAN_TABS.map((t) => findGrid(snapshot, t)).filter((g): g is Grid => g !== undefined);
  store(cache, { grids }, zone);
}

/** Drops the cached setup tabs (a setup tab was edited). */
export function forgetPlanTabs(): void {
  CacheService.getDocumentCache()?.remove(`${KEY}.count`);
}

function store(cache: GoogleAppsScript.Cache.Cache, snapshot: Snapshot, zone: string): void {
  const grids = snapshot.grids.map((g) => [g.name, g.values.map((r) => r.map(encodeCell))]);
  const text = JSON.stringify({ zone, grids });
  const count = Math.ceil(text.length / CHUNK_CHARS);
  if (count > CHUNKS) {
    cache.remove(`${KEY}.count`); // too large to cache: always read
    return;
  }
  const values: Record<string, string> = { [`${KEY}.count`]: String(count) };
  for (let i = 0; i < count; i++) values[`${KEY}.${i}`] = text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  cache.putAll(values, TTL_SECONDS);
}

function decode(found: Record<string, string>): { plan: Snapshot; zone: string } | null {
  const count = Number(found[`${KEY}.count`]);
  if (!Number.isInteger(count) || count < 1) return null;
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const part = found[`${KEY}.${i}`];
    if (part === undefined) return null;
    parts.push(part);
  }
  try {
    const { zone, grids } = JSON.parse(parts.join("")) as { zone: unknown; grids: [string, unknown[][]][] };
    if (typeof zone !== "string" || !Array.isArray(grids)) return null;
    const plan = {
      grids: grids.map(([name, values]) => ({ name, values: values.map((r) => r.map(decodeCell)) })),
    };
    return { plan, zone };
  } catch {
    return null;
  }
}

const encodeCell = (c: Cell): unknown =>
  Object.prototype.toString.call(c) === "[object Date]" ? { d: (c as Date).getTime() } : c;

const decodeCell = (c: unknown): Cell =>
  typeof c === "object" && c !== null && "d" in c ? new Date(Number((c as { d: number }).d)) : (c as Cell);
