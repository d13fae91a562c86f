import { TITLE } from "../contract/workbook";
import { quote } from "../text/quote";
import { ratingOf } from "./ratings";
import type { CollectiveCondition, MultiYearCondition } from "./types";

/** A parsed condition cell, or the Vietnamese reason it is unusable (a BT03 message). */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

const MULTI_YEAR = /^(\d+)\s*năm\s+liên\s+tục\s*:\s*(.+)$/iu;
const SHARE = /^(\d+(?:[.,]\d+)?)\s*%\s*(.+)$/u;
const COUNT = /^(\d+)\s+(.+)$/u;

/**
 * `Điều kiện nhiều năm`: blank, or `N năm liên tục: X` with X a rating (`HTXSNV` or its full
 * name) or a title. Whether a title X exists is checked once the catalogue is indexed.
 */
export function parseMultiYear(s: string): Parsed<MultiYearCondition | null> {
  if (!s) return { ok: true, value: null };
  const m = MULTI_YEAR.exec(s);
  const years = Number(m?.[1]);
  const of = (m?.[2] ?? "").trim();
  if (!m || !of || years < 1) {
    return {
      ok: false,
      message: `'${TITLE.multiYear}' phải có dạng 'N năm liên tục: X' (X là danh hiệu hoặc xếp loại, ví dụ '3 năm liên tục: CSTĐCS', '2 năm liên tục: HTXSNV'), đang là ${quote(s)}.`,
    };
  }
  const rating = ratingOf(of);
  return {
    ok: true,
    value: {
      years,
      of: rating ? { kind: "rating", rating } : { kind: "title", title: of },
      label: s,
    },
  };
}

/**
 * `Điều kiện tập thể`: blank, or `;`-separated conditions, each `70% LĐTT` (a share of
 * `Số cán bộ`) or `1 CSTĐCS` (at least that many individuals). Titles are checked later.
 */
export function parseCollective(s: string): Parsed<CollectiveCondition[]> {
  const parts = s
    .split(";")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const out: CollectiveCondition[] = [];
  for (const part of parts) {
    const share = SHARE.exec(part);
    const count = share ? null : COUNT.exec(part);
    const percent = Number((share?.[1] ?? "").replace(",", "."));
    if (share && percent > 0 && percent <= 100) {
      out.push({ kind: "share", fraction: percent / 100, title: (share[2] ?? "").trim(), label: part });
    } else if (count && Number(count[1]) >= 1) {
      out.push({ kind: "count", count: Number(count[1]), title: (count[2] ?? "").trim(), label: part });
    } else {
      return {
        ok: false,
        message: `'${TITLE.collectiveCondition}': ${quote(part)} không đọc được. Mỗi điều kiện (cách nhau bởi dấu ';') là tỷ lệ trên số cán bộ, ví dụ '70% LĐTT', hoặc số cá nhân tối thiểu, ví dụ '1 CSTĐCS'; tỷ lệ từ trên 0% đến 100%.`,
      };
    }
  }
  return { ok: true, value: out };
}
