/**
 * Strings a vi_VN spreadsheet would re-type if they were written as they are: numbers
 * (`007`, `1,5`, `1.000`), accounting negatives `(5)`, currencies `$5`, `5 ₫`, `đ5`, percents,
 * exponents, fractions `1 1/2`, times `12:30`, dates `1/2`, `01/02/2020`, `2020-02-01`,
 * booleans, formulas, and a leading apostrophe — plus their neighbours (the same with a letter).
 */
import fc from "fast-check";
import { cleanText } from "../../src/core/text/normalize";

const PIECES = [
  "0",
  "007",
  "1",
  "5",
  "12",
  "1,5",
  "1.000",
  "1.000,5",
  ",5",
  "(",
  ")",
  "$",
  "₫",
  "đ",
  "€",
  "%",
  "e3",
  "E-2",
  "+",
  "-",
  "/",
  ":",
  "1/2",
  "1 1/2",
  "12:30",
  "12:30:15",
  "01/02/2020",
  "29/02/2019",
  "2020-02-01",
  "TRUE",
  "false",
  "=",
  "=A1",
  "'",
  "@",
  "#N/A",
  " ",
  "  ",
  "\t",
  "a",
  "Lê",
  "x",
];

/** Hand-picked cases of the issue: each is re-typed by Sheets when written bare. */
export const RETYPED_EXAMPLES = [
  "(5)",
  "$5",
  "5 ₫",
  "5đ",
  "đ5",
  "12:30",
  "1 1/2",
  "1/2",
  "007",
  "1.000",
  "1,5",
  "5%",
  "1e3",
  "01/02/2020",
  "2020-02-01",
  "TRUE",
  "=A1",
  "'quoted",
  "-1",
];

/** The examples and any mix of the pieces: a fair share is parsed by Sheets as something other than text. */
export const retypable: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...RETYPED_EXAMPLES),
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((parts) => parts.join("")),
);

/** The same, already clean (NFC, no outer or doubled space): what the sidebar stores unchanged. */
export const cleanRetypable: fc.Arbitrary<string> = retypable.filter((s) => s !== "" && s === cleanText(s));
