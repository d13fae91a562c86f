/**
 * Text the add-on writes must stay text: Sheets parses written strings like typed
 * input, so `=…` would become a formula, `007` the number 7, `01/02/2020` a date.
 * A leading apostrophe tells Sheets "this is text" and is not part of the value.
 */
const FORMULA_LIKE = /^[=+\-@'\t\r\n]/;
const NUMBER_LIKE = /^\s*[-+]?[\d\s.,]*\d[\d\s.,]*(%|e[-+]?\d+)?\s*$/i;
const DATE_LIKE = /^\s*\d{1,4}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{1,4})?/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
const PLAIN_START = /^[^\s\d=+\-@'.,tTfF]/;

export function needsQuote(s: string): boolean {
  // Text starting with a letter (other than the t/f of true/false) is never parsed: the common case.
  if (PLAIN_START.test(s)) return false;
  return FORMULA_LIKE.test(s) || NUMBER_LIKE.test(s) || DATE_LIKE.test(s) || BOOLEAN_LIKE.test(s);
}

/** The string to write so that the cell holds exactly `s` as text. */
export function asLiteral(s: string): string {
  return needsQuote(s) ? `'${s}` : s;
}
