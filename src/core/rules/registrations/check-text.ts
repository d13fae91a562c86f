import { REG } from "../../contract/workbook";
import { isNotNormalized } from "../../text/form";
import { decodeLegacy, detectLegacyEncoding, type LegacyEncoding } from "../../text/legacy-encoding";
import { memo } from "../../text/memo";
import { quote } from "../../text/quote";
import type { Registration } from "./registration";
import type { RowIssue, RowRule } from "./row-rule";

const TEXT_HEADERS = [REG.unit, REG.subject, REG.person, REG.position, REG.title, REG.initiative];
const ENCODING_NAMES: Record<string, string> = {
  TCVN3: "TCVN3 (ABC, phông .Vn…)",
  VNI: "VNI (phông VNI-…)",
  mojibake: "lỗi mã hóa (chữ bị vỡ khi chuyển tệp)",
};

/** What is wrong with a text, if anything: its legacy encoding, "NFC" when not in normal form, or "". */
type TextIssue = LegacyEncoding | "NFC" | "";

// The same names, titles and subjects fill thousands of rows: each distinct text is looked at once.
const issueOf = memo((s: string): TextIssue => detectLegacyEncoding(s) ?? (isNotNormalized(s) ? "NFC" : ""));

/** The row's text cells that have an issue of the kind asked for. */
function cellsWith(
  r: Registration,
  wanted: (issue: TextIssue) => boolean,
): { column: string; value: string; issue: TextIssue }[] {
  const out: { column: string; value: string; issue: TextIssue }[] = [];
  for (const column of TEXT_HEADERS) {
    const value = r.raw[column];
    if (typeof value !== "string" || value === "") continue;
    const issue = issueOf(value);
    if (issue !== "" && wanted(issue)) out.push({ column, value, issue });
  }
  return out;
}

/** DK16 (legacy encodings, mojibake) and DK17 (text not in normalised form) of a row's text cells. */
export const TEXT_RULES: readonly RowRule[] = [
  {
    code: "DK16",
    check: (r) =>
      cellsWith(r, (issue) => issue !== "NFC").flatMap(({ column, value, issue }): RowIssue[] => {
        const kind = issue as LegacyEncoding;
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
      cellsWith(r, (issue) => issue === "NFC").map(({ column }) => ({
        column,
        message: `Ô '${column}' có khoảng trắng thừa hoặc dấu chưa chuẩn hóa (NFC); khi kiểm tra đã dùng giá trị đã chuẩn hóa.`,
      })),
  },
];
