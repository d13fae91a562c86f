import { REG } from "../../contract/workbook";
import type { Finding } from "../../findings/finding";
import { info, warning } from "../../findings/make";
import { isNotNormalized } from "../../text/form";
import { decodeLegacy, detectLegacyEncoding } from "../../text/legacy-encoding";
import type { Registration } from "./registration";

const TEXT_HEADERS = [REG.unit, REG.subject, REG.person, REG.position, REG.title, REG.initiative];
const ENCODING_NAMES: Record<string, string> = {
  TCVN3: "TCVN3 (ABC, phông .Vn…)",
  VNI: "VNI (phông VNI-…)",
  mojibake: "lỗi mã hóa (chữ bị vỡ khi chuyển tệp)",
};

/** DK16 (legacy encodings, mojibake) and DK17 (text not in normalised form) of a row's text cells. */
export function checkText(r: Registration): Finding[] {
  const out: Finding[] = [];
  for (const column of TEXT_HEADERS) {
    const value = r.raw[column];
    if (typeof value !== "string" || value === "") continue;
    const at = {
      sheet: r.sheet,
      row: r.row,
      column,
      ...(r.unitName ? { unit: r.unit?.name ?? r.unitName } : {}),
    };
    const kind = detectLegacyEncoding(value);
    if (kind) {
      const decoded = decodeLegacy(value, kind);
      const hint = decoded && decoded !== value ? ` Có phải là '${clip(decoded)}'?` : "";
      out.push(
        warning(
          "DK16",
          at,
          `Ô '${column}' ('${clip(value)}') có vẻ gõ bằng bảng mã cũ ${ENCODING_NAMES[kind] ?? kind}, không phải Unicode.${hint} Hãy gõ lại bằng Unicode hoặc chuyển mã (ví dụ bằng Unikey).`,
        ),
      );
    } else if (isNotNormalized(value)) {
      out.push(
        info(
          "DK17",
          at,
          `Ô '${column}' có khoảng trắng thừa hoặc dấu chưa chuẩn hóa (NFC); khi kiểm tra đã dùng giá trị đã chuẩn hóa.`,
        ),
      );
    }
  }
  return out;
}

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
