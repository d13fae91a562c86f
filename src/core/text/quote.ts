import { fitCell } from "../sheet-text";

/** The most characters of one value a message quotes: enough to recognise it, never a whole cell. */
const EXCERPT_CHARS = 80;

/** A value as a message shows it: at most {@link EXCERPT_CHARS} characters, "…" when cut. */
export function excerpt(value: unknown, max: number = EXCERPT_CHARS): string {
  return fitCell(String(value ?? ""), max);
}

/**
 * A workbook value quoted in a message, `'…'`, cut to a bounded excerpt: the one place every
 * rule quotes what a user typed, so a 50 000-character cell never makes a 50 000-character
 * message (nor a status, report or log cell over Sheets' limit).
 */
export const quote = (value: unknown): string => `'${excerpt(value)}'`;
