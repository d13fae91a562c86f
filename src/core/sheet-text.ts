/**
 * Text the add-on writes must stay text: Sheets parses written strings like typed input in a
 * vi_VN spreadsheet — `=…` a formula, `007` the number 7, `(5)` -5, `$5` and `5đ` 5, `5%`
 * 0,05, `1 1/2` 1,5, `12:30` a time, `1/2` and `01/02/2020` dates, `TRUE` a boolean. A leading
 * apostrophe tells Sheets "this is text" and is not part of the value.
 *
 * Sheets' parser is not documented in full, so the test is wider than any parse it makes:
 * only text that starts with a letter, holds no digit and is not TRUE/FALSE goes unquoted (no
 * number, date, time, currency or fraction can be written without a digit). A needless
 * apostrophe costs nothing; a missing one changes the user's text.
 */
const PLAIN = /^\p{L}[^\p{N}]*$/u;
const ASCII_DIGIT = /[0-9]/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;

/** A cell holds at most 50 000 characters (Apps Script refuses a longer write). */
export const MAX_CELL_CHARS = 50_000;

/** Would Sheets store `s` as something other than this very text? */
export function needsQuote(s: string): boolean {
  if (s === "") return false;
  // An ASCII digit settles it (PLAIN allows none) without the slower Unicode scan.
  if (ASCII_DIGIT.test(s)) return true;
  return !PLAIN.test(s) || BOOLEAN_LIKE.test(s);
}

/**
 * The string to write so that the cell holds exactly `s` as text: quoted when Sheets would
 * parse it (not in a cell formatted as plain text `@`, where the apostrophe would stay a
 * character), and clipped with "…" so that what is written fits a cell.
 */
export function asLiteral(s: string, plainTextCell = false): string {
  const quote = !plainTextCell && needsQuote(s);
  const text = fitCell(s, quote ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS);
  return quote ? `'${text}` : text;
}

/** `s` clipped to at most `max` characters, ending with "…" when clipped (never a half surrogate pair). */
export function fitCell(s: string, max: number = MAX_CELL_CHARS): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}
