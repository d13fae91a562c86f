import { execFile } from "node:child_process";

/** What a run of a command printed, and how it exited. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time, ms. */
  ms: number;
}

/** Runs a TypeScript entry point of the project in a child node, as npm's scripts do. */
export function run(script: string, ...args: string[]): Promise<Run> {
  return runCommand(process.execPath, ["--import", "tsx", script, ...args]);
}

export function runCommand(file: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<Run> {
  const start = performance.now();
  return new Promise((resolve) => {
    const options = { maxBuffer: 1 << 26, env: { ...process.env, ...env } };
    execFile(file, args, options, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, ms: performance.now() - start });
    });
  });
}

/** The checker, as `npm run -s check -- …` runs it. */
export const check = (...args: string[]) => run("tools/check/cli.ts", ...args);

/** The one object `npm run -s check -- … --json` prints. */
export interface CheckJson {
  findings: {
    code: string;
    severity: string;
    sheet: string | null;
    row: number | null;
    unit: string | null;
    message: string;
  }[];
  summary: { errors: number; warnings: number; infos: number; byCode: Record<string, number> };
}
