import { asOfOption, readCommandLine, UsageError } from "../cli/command-line";

/** Options of `npm run -s check -- <file.xlsx> [--json] [--as-of dd/mm/yyyy] [--out <annotated.xlsx>]`. */
export interface CheckArgs {
  file: string;
  json: boolean;
  /** `Ngày tham chiếu` to check as of, as `dd/mm/yyyy`. */
  asOf?: string;
  out?: string;
  /** `--help`: print the usage and stop. */
  help?: boolean;
}

export const USAGE = [
  "Cách dùng: npm run -s check -- <tệp.xlsx> [--json] [--as-of dd/mm/yyyy] [--out <tệp-kết-quả.xlsx>]",
  "  --json            in kết quả dạng JSON (một đối tượng {findings, summary})",
  "  --as-of ngày      kiểm tra như thể hôm nay là ngày đó (dd/mm/yyyy)",
  "  --out tệp.xlsx    lưu một bản có cột 'Kết quả kiểm tra' và trang 'BC Kiểm tra'",
  "Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không dùng được tệp hoặc câu lệnh.",
].join("\n");

const OPTIONS = {
  json: { type: "boolean" },
  "as-of": { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export function parseArgs(argv: readonly string[]): CheckArgs {
  const { values, positionals } = readCommandLine(argv, OPTIONS, USAGE);
  if (values.help) return { file: "", json: false, help: true };
  if (positionals.length !== 1) throw new UsageError(`Cần đúng một tệp .xlsx để kiểm tra.\n${USAGE}`);
  const args: CheckArgs = { file: positionals[0] as string, json: values.json ?? false };
  if (values.out !== undefined) args.out = values.out;
  // The core's own reading of a date cell: what `Ngày tham chiếu` itself would accept.
  if (values["as-of"] !== undefined) args.asOf = asOfOption(values["as-of"]);
  return args;
}
