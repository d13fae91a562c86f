/**
 * `npm run bench` (builds first): the figures of the add-on through build/Code.js in the Apps
 * Script sandbox — the bundle's load cost, the full check against a minimal read pass, the live check's and a sidebar
 * submit's service calls, "did you mean" at size, scoring, and the offline checker on a
 * 100 000-row .xlsx (BENCH_SKIP_LARGE=1 skips it; BENCH_ROWS, BENCH_RUNS, BENCH_CHECK_ROWS resize).
 */
import { benchBundleLoad } from "./bundle-load";
import { benchLargeChecker } from "./checker-large";
import { benchFullCheck } from "./full-check";
import { benchLiveCheck } from "./live-check";
import { benchNearMiss } from "./near-miss";
import { benchNearMissWorkbook } from "./near-miss-workbook";
import { benchScoring } from "./scoring";
import { fmt, printTable } from "./table";

process.env.TZ = "Asia/Ho_Chi_Minh";
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

printTable("The bundle, loaded as Apps Script loads it on every call", benchBundleLoad());
printTable(`Kiểm tra dữ liệu through build/Code.js (TZ=${process.env.TZ})`, benchFullCheck(ROWS, RUNS));
printTable("Service calls of the live check and of a sidebar submit", benchLiveCheck());
printTable("'Did you mean' at size", [
  ...benchNearMissWorkbook(),
  ...benchNearMiss().map((f) => [`suggest(): ${f.label}`, `${fmt(f.ms)} ms`] as const),
]);
printTable(
  "Scoring, 10 clusters × 30 units × 25 criteria",
  benchScoring().map((f) => [f.label, `${fmt(f.ms)} ms, ${fmt(f.calls)} calls`] as const),
);
if (process.env.BENCH_SKIP_LARGE !== "1") {
  printTable(
    "The offline checker on a large .xlsx",
    (await benchLargeChecker()).map((l) => [l.label, l.value] as const),
  );
}
