/** Options of `npm run check -- <file.xlsx> [--json] [--as-of dd/mm/yyyy] [--out <annotated.xlsx>]`. */
export interface CheckArgs {
  file: string;
  json: boolean;
  asOf?: string;
  out?: string;
}

export const USAGE =
  "Cách dùng: npm run check -- <tệp.xlsx> [--json] [--as-of dd/mm/yyyy] [--out <tệp-kết-quả.xlsx>]";

/** A command line that cannot be run: its Vietnamese message. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Is `text` a real day written dd/mm/yyyy? */
export function validDate(text: string): boolean {
  const m = DMY.exec(text);
  if (!m) return false;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export function parseArgs(argv: readonly string[]): CheckArgs {
  const files: string[] = [];
  const out: Partial<CheckArgs> = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`Thiếu giá trị sau ${arg}.\n${USAGE}`);
      return v;
    };
    if (arg === "--json") out.json = true;
    else if (arg === "--as-of") out.asOf = value();
    else if (arg === "--out") out.out = value();
    else if (arg.startsWith("--")) throw new UsageError(`Không hiểu tùy chọn '${arg}'.\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(`Cần đúng một tệp .xlsx để kiểm tra.\n${USAGE}`);
  if (out.asOf !== undefined && !validDate(out.asOf))
    throw new UsageError(
      `Ngày '${out.asOf}' sau --as-of không hợp lệ: hãy ghi dạng dd/mm/yyyy, ví dụ 15/03/2020.`,
    );
  return { ...out, file: files[0] as string } as CheckArgs;
}
