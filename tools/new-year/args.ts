import { resolve } from "node:path";
import { readCommandLine, UsageError } from "../cli/command-line";

/** Options of `npm run new-year -- <file.xlsx> --out <next.xlsx>`. */
export interface NewYearArgs {
  readonly file: string;
  readonly out: string;
}

const USAGE = "Cách dùng: npm run new-year -- <sổ-năm-nay.xlsx> --out <sổ-năm-sau.xlsx>";

const OPTIONS = { out: { type: "string" } } as const;

export function parseArgs(argv: readonly string[]): NewYearArgs {
  const { values, positionals } = readCommandLine(argv, OPTIONS, USAGE);
  if (positionals.length !== 1) throw new UsageError(`Cần đúng một tệp .xlsx của năm nay.\n${USAGE}`);
  const [file] = positionals as [string];
  const { out } = values;
  if (!out) throw new UsageError(`Cần --out: tệp sổ năm sau.\n${USAGE}`);
  if (resolve(out) === resolve(file))
    throw new UsageError("Tệp sổ năm sau (--out) phải khác tệp năm nay: tệp gốc không bao giờ bị ghi đè.");
  return { file, out };
}
