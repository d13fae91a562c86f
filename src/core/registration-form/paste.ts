import { REG } from "../contract/workbook";
import { nameKey } from "../text/name-key";
import type { IndividualInput } from "./schema";

/**
 * Splits text copied from Excel or Sheets into rows of cells: tab-separated
 * columns, one line per row; a cell holding a tab, a line break or a quote is
 * wrapped in double quotes with inner quotes doubled (what both programs put
 * on the clipboard).
 */
export function splitTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const s = text.replace(/\r\n?/g, "\n");
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch === '"' && cell === "") {
      const end = closingQuote(s, i + 1);
      if (end > 0) {
        cell = s.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        continue;
      }
    }
    if (ch === "\t") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Index of the quote closing a quoted cell opened before `from`, or -1 when the cell is not quoted. */
function closingQuote(s: string, from: number): number {
  for (let j = from; j < s.length; j++) {
    if (s[j] !== '"') continue;
    if (s[j + 1] === '"') {
      j++;
      continue;
    }
    const next = s[j + 1];
    return next === undefined || next === "\t" || next === "\n" ? j : -1;
  }
  return -1;
}

const HEADER_KEYS = new Set([nameKey(REG.person), nameKey("Họ tên"), nameKey("Tên")]);

/**
 * The individuals of a pasted block: columns name, position, title,
 * initiative/model. Blank lines and a header line (`Họ và tên` …) are skipped;
 * missing columns are blank; text is kept as pasted, only trimmed.
 */
export function parsePastedIndividuals(text: string): IndividualInput[] {
  return splitTsv(text)
    .map((cells) => cells.map((c) => c.trim()))
    .filter((cells) => cells.some((c) => c !== ""))
    .filter((cells, i) => !(i === 0 && HEADER_KEYS.has(nameKey(cells[0] ?? ""))))
    .map((cells) => ({
      name: cells[0] ?? "",
      position: cells[1] ?? "",
      title: cells[2] ?? "",
      initiative: cells[3] ?? "",
    }));
}
