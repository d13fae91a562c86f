/**
 * Bench: `Kiểm tra dữ liệu` on 10 000 registration rows over the 10 cluster
 * tabs, through the built bundle in the GAS sandbox, against a minimal pass
 * that only reads every cell of every tab and NFC-normalises every string.
 *
 *   npm run bench        (builds first; BENCH_ROWS=… to change the size)
 */

import { performance } from "node:perf_hooks";
import { checkWorkbook } from "../src/core/checks/check-workbook";
import { summaryCounts, workbookWithRows } from "../tools/fixtures/clean-workbook";
import { loadBundle, snapshot } from "../tools/gas-sandbox";
import { benchScoring } from "./scoring";

process.env.TZ = "Asia/Ho_Chi_Minh";
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const MINIMAL_PASS = `
function readAll() {
  var sheets = SpreadsheetApp.getActiveSpreadsheet().getSheets();
  var cells = 0, strings = 0;
  for (var i = 0; i < sheets.length; i++) {
    var values = sheets[i].getDataRange().getValues();
    for (var r = 0; r < values.length; r++) {
      var row = values[r];
      for (var c = 0; c < row.length; c++) {
        cells++;
        if (typeof row[c] === "string") { row[c] = row[c].normalize("NFC"); strings++; }
      }
    }
  }
  return [cells, strings];
}`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const time = (fn: () => void): number => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

let t0 = performance.now();
const wb = workbookWithRows(ROWS);
const buildMs = performance.now() - t0;

// The first run creates BC Kiểm tra; measure the following runs (as a user re-running the check).
wb.checkData();
const checkTimes: number[] = [];
let calls = 0;
let alert = "";
for (let i = 0; i < RUNS; i++) {
  wb.sb.services.calls.reset();
  checkTimes.push(time(() => (alert = wb.checkData())));
  calls = wb.sb.services.calls.count();
}
const checkMs = median(checkTimes);

const dump = snapshot(wb.ss);
const core = wb.coreSnapshot();
const coreMs = median(Array.from({ length: RUNS }, () => time(() => checkWorkbook(core, new Date()))));

t0 = performance.now();
const reader = loadBundle(MINIMAL_PASS, { tabs: dump });
const loadMs = performance.now() - t0;
let read: unknown = [];
reader.call("readAll");
const readTimes = Array.from({ length: RUNS }, () => time(() => (read = reader.call("readAll"))));
reader.services.calls.reset();
reader.call("readAll");
const readCalls = reader.services.calls.count();
const readMs = median(readTimes);

const [cells, strings] = read as [number, number];
const counts = summaryCounts(alert);
const fmt = (n: number, d = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const table: [string, string][] = [
  ["registration rows", fmt(ROWS)],
  ["cells in the workbook", fmt(cells)],
  ["string cells", fmt(strings)],
  ["findings (Lỗi / Cảnh báo / Thông tin)", `${counts.errors} / ${counts.warnings} / ${counts.infos}`],
  ["build the workbook (fixture, not measured)", `${fmt(buildMs)} ms`],
  [`checkData wall time (median of ${RUNS})`, `${fmt(checkMs)} ms`],
  ["checkData rows per second", fmt((ROWS / checkMs) * 1000)],
  ["checkData service calls", fmt(calls)],
  [`core checkWorkbook only (median of ${RUNS})`, `${fmt(coreMs)} ms`],
  [`minimal pass: read + NFC every cell (median of ${RUNS})`, `${fmt(readMs)} ms`],
  ["minimal pass service calls", fmt(readCalls)],
  ["minimal pass: load sandbox from snapshot (not measured)", `${fmt(loadMs)} ms`],
  ["ratio checkData / minimal pass", `${fmt(checkMs / readMs, 1)} ×`],
  ["ratio core checkWorkbook / minimal pass", `${fmt(coreMs / readMs, 1)} ×`],
];
const w = Math.max(...table.map(([k]) => k.length));
const v = Math.max(...table.map(([, x]) => x.length));
const line = `+${"-".repeat(w + 2)}+${"-".repeat(v + 2)}+`;
console.log(
  `\nSổ thi đua bench — Kiểm tra dữ liệu through build/Code.js in the GAS sandbox (TZ=${process.env.TZ})`,
);
console.log(line);
for (const [k, x] of table) console.log(`| ${k.padEnd(w)} | ${x.padStart(v)} |`);
console.log(line);

console.log("\nSổ thi đua bench — scoring, 10 clusters × 30 units × 25 criteria through build/Code.js");
for (const f of benchScoring()) console.log(`  ${f.label}: ${fmt(f.ms)} ms, ${fmt(f.calls)} service calls`);
