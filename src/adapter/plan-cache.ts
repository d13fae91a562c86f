import type { Cell } from "../core/cell";
import { PLAN_TABS } from "../core/contract/workbook";
import { findGrid, type Grid, type Snapshot } from "../core/table";
import { readTabs } from "./read-snapshot";
import type { SheetZone } from "./sheet-zone";

/**
 * The setup tabs, cached for the live check: an edit of a `Cụm N` tab then reads two cells of
 * cache instead of four tabs. Edits of a setup tab drop the cache (onEdit), every menu action
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

/** The setup tabs from the cache, else read (one call per tab) and cached. */
export function readPlanTabsCached(ss: Spreadsheet, zone: SheetZone): Snapshot {
  const cache = CacheService.getDocumentCache();
  const hit = cache ? decode(cache.getAll(KEYS)) : null;
  if (hit) return hit;
  const fresh = readTabs(ss, PLAN_TABS, zone);
  if (cache) store(cache, fresh);
  return fresh;
}

/** Stores the setup tabs of a snapshot just read (a menu action's), so the live check starts fresh. */
export function rememberPlanTabs(snapshot: Snapshot): void {
  const cache = CacheService.getDocumentCache();
  if (!cache) return;
  const grids = PLAN_TABS.map((t) => findGrid(snapshot, t)).filter((g): g is Grid => g !== undefined);
  store(cache, { grids });
}

/** Drops the cached setup tabs (a setup tab was edited). */
export function forgetPlanTabs(): void {
  CacheService.getDocumentCache()?.remove(`${KEY}.count`);
}

function store(cache: GoogleAppsScript.Cache.Cache, snapshot: Snapshot): void {
  const text = JSON.stringify(snapshot.grids.map((g) => [g.name, g.values.map((r) => r.map(encodeCell))]));
  const count = Math.ceil(text.length / CHUNK_CHARS);
  if (count > CHUNKS) {
    cache.remove(`${KEY}.count`); // too large to cache: always read
    return;
  }
  const values: Record<string, string> = { [`${KEY}.count`]: String(count) };
  for (let i = 0; i < count; i++) values[`${KEY}.${i}`] = text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  cache.putAll(values, TTL_SECONDS);
}

function decode(found: Record<string, string>): Snapshot | null {
  const count = Number(found[`${KEY}.count`]);
  if (!Number.isInteger(count) || count < 1) return null;
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const part = found[`${KEY}.${i}`];
    if (part === undefined) return null;
    parts.push(part);
  }
  try {
    const grids = JSON.parse(parts.join("")) as [string, unknown[][]][];
    return { grids: grids.map(([name, values]) => ({ name, values: values.map((r) => r.map(decodeCell)) })) };
  } catch {
    return null;
  }
}

const encodeCell = (c: Cell): unknown =>
  Object.prototype.toString.call(c) === "[object Date]" ? { d: (c as Date).getTime() } : c;

const decodeCell = (c: unknown): Cell =>
  typeof c === "object" && c !== null && "d" in c ? new Date(Number((c as { d: number }).d)) : (c as Cell);
