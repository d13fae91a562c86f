import { resolve } from "node:path";

/** Options of `npm run new-year -- <file.xlsx> --out <next.xlsx>`. */
export interface NewYearArgs {
  readonly file: string;
  readonly out: string;
}

export const USAGE = "Cách dùng: npm run new-year -- <sổ-năm-nay.xlsx> --out <sổ-năm-sau.xlsx>";

/** A command line that cannot be run: its Vietnamese message. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function parseArgs(argv: readonly string[]): NewYearArgs {
  const files: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--out") {
      out = argv[++i];
      if (out === undefined || out.startsWith("--"))
        throw new UsageError(`Thiếu tên tệp sau --out.\n${USAGE}`);
    } else if (arg.startsWith("--")) throw new UsageError(`Không hiểu tùy chọn '${arg}'.\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(`Cần đúng một tệp .xlsx của năm nay.\n${USAGE}`);
  if (!out) throw new UsageError(`Cần --out: tệp sổ năm sau.\n${USAGE}`);
  const file = files[0] as string;
  if (resolve(out) === resolve(file))
    throw new UsageError("Tệp sổ năm sau (--out) phải khác tệp năm nay: tệp gốc không bao giờ bị ghi đè.");
  return { file, out };
}
