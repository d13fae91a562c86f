import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { BUNDLE } from "../tools/fixtures/clean-workbook";
import { fmt, median, type Row } from "./table";

/**
 * What Apps Script pays for the bundle on every call (menu click, edit, sidebar call): parse and
 * compile `build/Code.js`, then run its top level, in a fresh V8 context each time (no code cache).
 * The median of `runs`.
 */
export function benchBundleLoad(runs = 15): Row[] {
  const code = readFileSync(BUNDLE, "utf8");
  const compile: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = vm.createContext({});
    const t0 = performance.now();
    // A source V8 has not seen: its in-process compilation cache would hide the cost.
    const script = new vm.Script(`${code}\n// ${i}`, { filename: "Code.js" });
    const t1 = performance.now();
    script.runInContext(context);
    const t2 = performance.now();
    compile.push(t1 - t0);
    total.push(t2 - t0);
  }
  const bytes = Buffer.byteLength(code);
  return [
    ["build/Code.js", `${fmt(bytes / 1024, 1)} KB (${fmt(gzipSync(code).length / 1024, 1)} KB gzipped)`],
    ["parse and compile (median)", `${fmt(median(compile), 1)} ms`],
    ["compile and run its top level (median)", `${fmt(median(total), 1)} ms`],
  ];
}
