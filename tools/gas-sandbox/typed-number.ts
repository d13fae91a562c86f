/**
 * Numbers as a vi_VN spreadsheet reads typed text: `.` groups thousands, `,` is the decimal
 * mark. Accepted around the digits: a sign, accounting parentheses `(5)` = -5, a currency
 * symbol before or after (`$5`, `5 $`, `5 ₫`, `5đ`), a trailing `%` (÷ 100), an exponent
 * (`1e3`), and mixed fractions (`1 1/2`). Anything else is not a number.
 */
const PLAIN = /^(\d*,\d+|\d+(?:,\d*)?)(?:[eE]([+-]?\d+))?$/;
const GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
const MIXED = /^(\d+)\s+(\d+)\/(\d+)$/;
const CURRENCY = /^(?:[$₫đ]\s*)?(.*?)(?:\s*[$₫đ])?$/u;

function unsigned(text: string): number | undefined {
  const grouped = GROUPED.exec(text);
  if (grouped) return Number(`${(grouped[1] ?? "").replace(/\./g, "")}.${grouped[2] ?? "0"}`);
  const plain = PLAIN.exec(text);
  if (plain) return Number(`${(plain[1] ?? "").replace(",", ".")}e${plain[2] ?? "0"}`);
  const mixed = MIXED.exec(text);
  if (mixed && Number(mixed[3]) !== 0) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  return undefined;
}

/** Parses trimmed text as a vi_VN number, or returns undefined. */
export function parseViNumber(text: string): number | undefined {
  let rest = text;
  let sign = 1;
  const accounting = /^\((.*)\)$/.exec(rest);
  if (accounting) {
    rest = (accounting[1] ?? "").trim();
    sign = -1;
  }
  const percent = rest.endsWith("%");
  if (percent) rest = rest.slice(0, -1).trim();
  const signMatch = /^([+-])\s*/.exec(rest);
  if (signMatch) {
    if (signMatch[1] === "-") sign = -sign;
    rest = rest.slice(signMatch[0].length);
  }
  const hadCurrency = rest !== (CURRENCY.exec(rest)?.[1] ?? rest);
  rest = CURRENCY.exec(rest)?.[1] ?? rest;
  // A sign may follow a leading currency symbol too (`$-5`), but not come twice.
  const innerSign = hadCurrency && !signMatch ? /^([+-])/.exec(rest) : null;
  if (innerSign) {
    if (innerSign[1] === "-") sign = -sign;
    rest = rest.slice(1);
  }
  const n = unsigned(rest);
  if (n === undefined || !Number.isFinite(n)) return undefined;
  return (sign * n) / (percent ? 100 : 1);
}
