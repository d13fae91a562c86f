import { parseArgs as parseCommandLine } from "node:util";
import { formatCivil, parseDateCell } from "../../src/core/dates";

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

/** A command line that cannot be run: its Vietnamese message. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const OPTIONS = {
  json: { type: "boolean" },
  "as-of": { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** node:util's parse errors, in Vietnamese (the option is quoted in its English message). */
function usageError(e: unknown): UsageError {
  const { code, message } = e as { code?: string; message: string };
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? "";
  const known = Object.keys(OPTIONS).some((o) => option === `--${o}`);
  let text = `Câu lệnh không hợp lệ (${message}).`;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") text = `Không hiểu tùy chọn '${option}'.`;
  else if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && known)
    text =
      OPTIONS[option.slice(2) as keyof typeof OPTIONS].type === "string"
        ? `Thiếu giá trị sau ${option}.`
        : `Tùy chọn ${option} không nhận giá trị.`;
  return new UsageError(`${text}\n${USAGE}`);
}

export function parseArgs(argv: readonly string[]): CheckArgs {
  let parsed: ReturnType<typeof parseCommandLine<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseCommandLine({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(e);
  }
  const { values, positionals } = parsed;
  if (values.help) return { file: "", json: false, help: true };
  if (positionals.length !== 1) throw new UsageError(`Cần đúng một tệp .xlsx để kiểm tra.\n${USAGE}`);
  const args: CheckArgs = { file: positionals[0] as string, json: values.json ?? false };
  if (values.out !== undefined) args.out = values.out;
  if (values["as-of"] !== undefined) {
    // The core's own reading of a date cell: what `Ngày tham chiếu` itself would accept.
    const date = parseDateCell(values["as-of"]);
    if (!date.ok)
      throw new UsageError(
        `Ngày '${values["as-of"]}' sau --as-of không hợp lệ: hãy ghi dạng dd/mm/yyyy, ví dụ 15/03/2020.`,
      );
    args.asOf = formatCivil(date.date);
  }
  return args;
}
