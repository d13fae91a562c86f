import { RESULT } from "../contract/workbook";
import { error } from "../findings/make";
import { quote } from "../text/quote";
import type { Target } from "./context";
import type { RowRule } from "./row-rules";
import { at, who } from "./subject";

/**
 * KT04: `Điều kiện nhiều năm` (`N năm liên tục: X`) not met. This year counts as the last
 * of the N: X must be reached in each of the years (this year − N + 1) … this year, read
 * from `Lịch sử khen thưởng` and from this year's rows (a title `Đạt`, or the `Xếp loại`).
 */
export const multiYear: RowRule = {
  code: "KT04",
  check({ reg: r, subject }, ctx) {
    const condition = r.title?.multiYear;
    if (!r.title || !condition) return [];
    let target: Target;
    if (condition.of.kind === "rating") target = { kind: "rating", rating: condition.of.rating };
    else {
      const title = ctx.index.title(condition.of.title);
      if (!title) return []; // BT03 already names the unknown title
      target = { kind: "title", title };
    }
    const label = condition.of.kind === "rating" ? condition.of.rating : condition.of.title;
    const missing: number[] = [];
    for (let y = ctx.year - condition.years + 1; y <= ctx.year; y++) {
      if (!ctx.reached(subject, y, target)) missing.push(y);
    }
    if (missing.length === 0) return [];
    return [
      error(
        "KT04",
        at(r, RESULT.outcome),
        `${who(r)} đạt ${quote(r.title.name)} nhưng chưa đủ ${condition.years} năm liên tục ${label}: thiếu năm ${missing.join(", ")}. Hãy kiểm tra trang Lịch sử khen thưởng (hoặc kết quả năm nay).`,
      ),
    ];
  },
};
