/** Bench output: a titled two-column table of figures. */
export type Row = readonly [string, string];

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

export function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/**
 * CPU time of `fn` in this process (user + system), in ms: unlike wall time, it barely moves
 * when other work shares the machine, so ratios of it compare like with like.
 */
export function cpuTime(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function printTable(title: string, rows: readonly Row[]): void {
  const w = Math.max(...rows.map(([k]) => k.length));
  const v = Math.max(...rows.map(([, x]) => x.length));
  const line = `+${"-".repeat(w + 2)}+${"-".repeat(v + 2)}+`;
  console.log(`\n${title}`);
  console.log(line);
  for (const [k, x] of rows) console.log(`| ${k.padEnd(w)} | ${x.padStart(v)} |`);
  console.log(line);
}
