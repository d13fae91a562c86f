import { REG } from "../../contract/workbook";
import { isNotNormalized } from "../../text/form";
import { decodeLegacy, detectLegacyEncoding } from "../../text/legacy-encoding";
import { quote } from "../../text/quote";
import type { Registration } from "./registration";
import type { RowIssue, RowRule } from "./row-rule";

const TEXT_HEADERS = [REG.unit, REG.subject, REG.person, REG.position, REG.title, REG.initiative];
const ENCODING_NAMES: Record<string, string> = {
  TCVN3: "TCVN3 (ABC, phông .Vn…)",
  VNI: "VNI (phông VNI-…)",
  mojibake: "lỗi mã hóa (chữ bị vỡ khi chuyển tệp)",
};

/** A text cell of the row with a value, and where a finding on it goes. */
const textCells = (r: Registration): { column: string; value: string }[] =>
  TEXT_HEADERS.flatMap((column) => {
    const value = r.raw[column];
    return typeof value === "string" && value !== "" ? [{ column, value }] : [];
  });

/** DK16 (legacy encodings, mojibake) and DK17 (text not in normalised form) of a row's text cells. */
export const TEXT_RULES: readonly RowRule[] = [
  {
    code: "DK16",
    check: (r) =>
      textCells(r).flatMap(({ column, value }): RowIssue[] => {
        const kind = detectLegacyEncoding(value);
        if (!kind) return [];
        const decoded = decodeLegacy(value, kind);
        const hint = decoded && decoded !== value ? ` Có phải là ${quote(decoded)}?` : "";
        return [
          {
            column,
            message: `Ô '${column}' (${quote(value)}) có vẻ gõ bằng bảng mã cũ ${ENCODING_NAMES[kind] ?? kind}, không phải Unicode.${hint} Hãy gõ lại bằng Unicode hoặc chuyển mã (ví dụ bằng Unikey).`,
          },
        ];
      }),
  },
  {
    code: "DK17",
    check: (r) =>
      textCells(r)
        .filter(({ value }) => !detectLegacyEncoding(value) && isNotNormalized(value))
        .map(({ column }) => ({
          column,
          message: `Ô '${column}' có khoảng trắng thừa hoặc dấu chưa chuẩn hóa (NFC); khi kiểm tra đã dùng giá trị đã chuẩn hóa.`,
        })),
  },
];
