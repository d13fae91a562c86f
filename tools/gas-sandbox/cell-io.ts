import { type Cell, type CellValue, formulaValue } from "./cell";
import { type GasEnv, gasError, isDate } from "./env";
import { formatDate } from "./format-date";
import { isTimeOnly, parseTypedInput } from "./typed-input";

const MAX_CELL_CHARS = 50000;

/** What `getValues()` returns for a cell: '' when empty, Dates in the script realm. */
export function readValue(env: GasEnv, cell: Cell | undefined): CellValue {
  if (!cell) return "";
  const value = cell.formula !== undefined ? formulaValue(cell.formula) : (cell.value ?? "");
  return isDate(value) ? new env.realm.Date(value.getTime()) : value;
}

/** Stores one input value as Apps Script does: strings are parsed like typed input. */
export function writeInput(env: GasEnv, cell: Cell, input: unknown): void {
  delete cell.formula;
  delete cell.richText;
  if (input === null || input === undefined) {
    delete cell.value;
    return;
  }
  if (typeof input === "string") {
    if (input.length > MAX_CELL_CHARS) {
      throw gasError(
        env,
        `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
      );
    }
    const parsed = parseTypedInput(input, env.spreadsheetTimeZone, cell.numberFormat, env.clock.now());
    if (parsed.kind === "formula") {
      cell.formula = parsed.formula;
      delete cell.value;
    } else cell.value = parsed.value;
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") cell.value = input;
  else if (isDate(input)) cell.value = new Date(input.getTime());
  else cell.value = String(input);
}

/** Sheets' `dd/mm/yyyy hh:mm` number formats → a formatDate pattern (`mm` is minutes after `h`). */
function sheetsDatePattern(format: string): string | undefined {
  if (!/[dy]/i.test(format)) return undefined;
  let afterHour = false;
  return format.replace(/y+|d+|m+|h+|s+/gi, (token) => {
    const t = token.toLowerCase();
    if (t.startsWith("h")) {
      afterHour = true;
      return t.replace(/h/g, "H");
    }
    if (t.startsWith("m")) return afterHour ? t : t.replace(/m/g, "M");
    afterHour = t.startsWith("s") ? false : afterHour;
    return t;
  });
}

/**
 * What `getDisplayValues()` shows in a vi_VN spreadsheet: dates `dd/MM/yyyy` (or the cell's date
 * format), times of day `HH:mm:ss`, numbers without grouping and with a decimal comma, booleans
 * TRUE/FALSE. Formats Sheets picks for typed percentages and currencies are not applied.
 */
export function displayValue(env: GasEnv, cell: Cell | undefined): string {
  const value = readValue(env, cell);
  if (isDate(value)) {
    const custom = cell?.numberFormat ? sheetsDatePattern(cell.numberFormat) : undefined;
    const ms = value.getTime();
    const midnight = formatDate(ms, env.spreadsheetTimeZone, "HH:mm:ss") === "00:00:00";
    const time = isTimeOnly(ms, env.spreadsheetTimeZone);
    const pattern = custom ?? (time ? "HH:mm:ss" : midnight ? "dd/MM/yyyy" : "dd/MM/yyyy HH:mm:ss");
    return formatDate(ms, env.spreadsheetTimeZone, pattern);
  }
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}
