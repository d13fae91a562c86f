// The offline checker on a large workbook: 100 000 registration rows over the 10 cluster tabs
// (BENCH_CHECK_ROWS=… to change), saved as .xlsx in a temporary directory, then
// `tools/check/cli.ts <file> --json` run as a child process, as a user runs it. Reports the wall
// time, the child's CPU time and its peak memory (its own `process.resourceUsage()`, written on
// exit by `child-usage.ts`). `benchLargeChecker()` is for a bench runner (from the project root,
// after `npm run build`); run directly (`node --import tsx bench/checker-large.ts`) it prints
// its figures.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { workbookWithRows } from "../tools/fixtures/clean-workbook";
import { saveWorkbook } from "../tools/xlsx";
import type { ChildUsage } from "./child-usage";

process.env.TZ = "Asia/Ho_Chi_Minh";
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const ROWS = Number(process.env.BENCH_CHECK_ROWS ?? 100_000);

export interface BenchLine {
  readonly label: string;
  readonly value: string;
}

interface ChildRun extends ChildUsage {
  code: number | null;
  wallMs: number;
  stdoutBytes: number;
}

/** Runs the checker CLI on `file` in a child node, from the project root, stdout counted and dropped. */
function runChecker(file: string, usageFile: string): Promise<ChildRun> {
  const args = [
    "--import",
    "tsx",
    "--import",
    "./bench/child-usage.ts",
    "tools/check/cli.ts",
    file,
    "--json",
  ];
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CHILD_USAGE_FILE: usageFile },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdoutBytes = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      stdoutBytes += chunk.length;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const usage = JSON.parse(readFileSync(usageFile, "utf8")) as ChildUsage;
      resolve({ code, wallMs: performance.now() - start, stdoutBytes, ...usage });
    });
  });
}

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function benchLargeChecker(): Promise<BenchLine[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-checker-"));
  try {
    const file = join(dir, `dang-ky-${ROWS}.xlsx`);
    const buildStart = performance.now();
    await saveWorkbook(workbookWithRows(ROWS).ss, file);
    const buildMs = performance.now() - buildStart;
    const run = await runChecker(file, join(dir, "usage.json"));
    if (run.code !== 0 && run.code !== 1) throw new Error(`the checker exited ${run.code}`);
    return [
      { label: "registration rows in the .xlsx", value: fmt(ROWS) },
      { label: "file size", value: `${fmt(statSync(file).size / 1024 / 1024, 1)} MB` },
      { label: "build and save the file (fixture, not measured)", value: `${fmt(buildMs / 1000, 1)} s` },
      {
        label: "checker wall time (tools/check/cli.ts --json, child process)",
        value: `${fmt(run.wallMs / 1000, 1)} s`,
      },
      { label: "checker CPU time (user + system)", value: `${fmt(run.cpuMs / 1000, 1)} s` },
      { label: "checker peak memory (maxRSS)", value: `${fmt(run.maxRssMb)} MB` },
      {
        label: "checker exit code, JSON printed",
        value: `${run.code}, ${fmt(run.stdoutBytes / 1024 / 1024, 1)} MB`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.chdir(ROOT); // the fixture reads build/Code.js from the working directory
  console.log(`\nSổ thi đua bench — the offline checker on a ${fmt(ROWS)}-row workbook`);
  for (const { label, value } of await benchLargeChecker()) console.log(`  ${label}: ${value}`);
}
