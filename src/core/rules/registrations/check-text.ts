import { REG } from "../../contract/workbook";
import { isNotNormalized } from "../../text/form";
import { decodeLegacy, detectLegacyEncoding, type LegacyEncoding } from "../../text/legacy-encoding";
import { memo } from "../../text/memo";
import type { Registration } from "./registration";
import type { RowIssue, RowRule } from "./row-rule";

const TEXT_HEADERS = [REG.unit, REG.subject, REG.person, REG.position, REG.title, REG.initiative];
const ENCODING_NAMES: Record<string, string> = {
  TCVN3: "TCVN3 (ABC, phông .Vn…)",
  VNI: "VNI (phông VNI-…)",
  mojibake: "lỗi mã hóa (chữ bị vỡ khi chuyển tệp)",
};

// The same names, titles and subjects fill thousands of rows: each text is looked at once.
const encodingOf = memo((s: string) => detectLegacyEncoding(s) ?? "");
const unnormalized = memo((s: string) => isNotNormalized(s));

interface TextCell {
  readonly column: string;
  readonly value: string;
  /** The legacy encoding the text looks written in, or '' for Unicode. */
  readonly encoding: string;
}

const cellsOf = new WeakMap<Registration, readonly TextCell[]>();

/** The text cells of the row with a value, each with its encoding: computed once per row for both rules. */
function textCells(r: Registration): readonly TextCell[] {
  let cells = cellsOf.get(r);
  if (!cells) {
    cells = TEXT_HEADERS.flatMap((column) => {
      const value = r.raw[column];
      return typeof value === "string" && value !== ""
        ? [{ column, value, encoding: encodingOf(value) }]
        : [];
    });
    cellsOf.set(r, cells);
  }
  return cells;
}

/** DK16 (legacy encodings, mojibake) and DK17 (text not in normalised form) of a row's text cells. */
export const TEXT_RULES: readonly RowRule[] = [
  {
    code: "DK16",
    check: (r) =>
      textCells(r).flatMap(({ column, value, encoding }): RowIssue[] => {
        const kind = encoding as LegacyEncoding | "";
        if (!kind) return [];
        const decoded = decodeLegacy(value, kind);
        const hint = decoded && decoded !== value ? ` Có phải là '${clip(decoded)}'?` : "";
        return [
          {
            column,
            message: `Ô '${column}' ('${clip(value)}') có vẻ gõ bằng bảng mã cũ ${ENCODING_NAMES[kind] ?? kind}, không phải Unicode.${hint} Hãy gõ lại bằng Unicode hoặc chuyển mã (ví dụ bằng Unikey).`,
          },
        ];
      }),
  },
  {
    code: "DK17",
    check: (r) =>
      textCells(r)
        .filter(({ value, encoding }) => !encoding && unnormalized(value))
        .map(({ column }) => ({
          column,
          message: `Ô '${column}' có khoảng trắng thừa hoặc dấu chưa chuẩn hóa (NFC); khi kiểm tra đã dùng giá trị đã chuẩn hóa.`,
        })),
  },
];

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
