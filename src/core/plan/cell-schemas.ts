import * as z from "zod/mini";
import { type Cell, cellText, isBlank } from "../cell";
import { parseDateCell } from "../dates";
import type { CivilDate } from "../dates/civil-date";
import { cleanText } from "../text/normalize";
import { quote } from "../text/quote";

/**
 * zod schemas for setup cells. Each refuses an unusable value with a Vietnamese
 * message; `parsePlan` turns those into BT03 findings, never exceptions.
 */
const cell = z.custom<Cell>(() => true);

export const text = z.pipe(
  cell,
  z.transform((c: Cell) => cleanText(cellText(c))),
);

export const requiredText = (message: string) => text.check(z.minLength(1, message));

/** One of the words of the contract, compared ignoring case and spacing; returns the canonical word. */
export const oneOf = <T extends string>(words: readonly T[], message: string) =>
  z.pipe(
    text,
    z.transform((s: string, ctx) => {
      const hit = words.find((w) => w.toLowerCase() === s.toLowerCase());
      if (hit === undefined) ctx.issues.push({ code: "custom", message, input: s });
      return hit as T;
    }),
  );

/** A date cell or `dd/mm/yyyy` text; blank gives null. */
export const optionalDate = (message: string) =>
  z.pipe(
    cell,
    z.transform((c: Cell, ctx): CivilDate | null => {
      if (isBlank(c)) return null;
      const parsed = parseDateCell(c);
      if (parsed.ok) return parsed.date;
      ctx.issues.push({ code: "custom", message, input: c });
      return null;
    }),
  );

export const requiredDate = (message: string) =>
  optionalDate(message).check(z.refine((d: CivilDate | null) => d !== null, message));

/** A number cell or numeric text (decimal comma allowed); blank gives null. */
export const optionalNumber = (message: string) =>
  z.pipe(
    cell,
    z.transform((c: Cell, ctx): number | null => {
      if (isBlank(c)) return null;
      const n =
        typeof c === "number" ? c : typeof c === "string" ? Number(c.trim().replace(",", ".")) : Number.NaN;
      if (Number.isFinite(n)) return n;
      ctx.issues.push({ code: "custom", message, input: c });
      return null;
    }),
  );

/** A comma list of words, cleaned, blanks dropped. */
export const commaList = z.pipe(
  text,
  z.transform((s: string) =>
    s
      .split(/[,;]/u)
      .map((w) => w.trim())
      .filter((w) => w !== ""),
  ),
);

/** Like {@link oneOf}, but a blank cell gives null (the caller's default). */
export const optionalOneOf = <T extends string>(words: readonly T[], message: string) =>
  z.pipe(
    text,
    z.transform((s: string, ctx): T | null => {
      if (!s) return null;
      const hit = words.find((w) => w.toLowerCase() === s.toLowerCase());
      if (hit === undefined)
        ctx.issues.push({ code: "custom", message: `${message} Đang là ${quote(s)}.`, input: s });
      return hit ?? null;
    }),
  );
