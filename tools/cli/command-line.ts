import { type ParseArgsConfig, parseArgs } from "node:util";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

import { formatCivil, parseDateCell } from "../../src/core/dates";

/** A command line that cannot be run: its Vietnamese message, the usage included. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** node:util's parse errors, in Vietnamese: an unknown option, an option without its value, or a value given to a switch. */
function problemOf(e: unknown, options: ParseArgsOptionsConfig): string {
  const { code, message = "" } = e as { code?: string; message?: string };
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Không hiểu tùy chọn '${option}'.`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const known = options[option.replace(/^-+/, "")];
    return known?.type === "boolean"
      ? `Tùy chọn ${option} không nhận giá trị.`
      : `Thiếu giá trị sau ${option}.`;
  }
  return `Câu lệnh không hợp lệ (${message}).`;
}

/**
 * The command line read by node:util's `parseArgs` (strict, positionals allowed); anything it
 * cannot read is a UsageError in Vietnamese followed by `usage`.
 */
export function readCommandLine<T extends ParseArgsOptionsConfig>(
  argv: readonly string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${problemOf(e, options)}\n${usage}`);
  }
}

/** `--as-of`: read as the core reads `Ngày tham chiếu`, returned as dd/mm/yyyy. */
export function asOfOption(value: string): string {
  const date = parseDateCell(value);
  if (!date.ok)
    throw new UsageError(
      `Ngày '${value}' sau --as-of không hợp lệ: hãy ghi dạng dd/mm/yyyy, ví dụ 15/03/2020.`,
    );
  return formatCivil(date.date);
}
