import type { SetupPlan } from "./plan-setup";

/** The start of the line saying setup found nothing to add. */
export const NOTHING_TO_ADD = "Bảng tính đã đủ các trang, cột và dòng mẫu";

/** What setup did, in Vietnamese, one line per change. */
export function describeSetup(plan: SetupPlan): string[] {
  const lines: string[] = [];
  const created = plan.tabs.filter((t) => t.create).map((t) => t.tab);
  if (plan.guide) created.unshift("Hướng dẫn");
  if (created.length > 0) lines.push(`Đã tạo ${created.length} trang tính: ${created.join(", ")}.`);
  for (const t of plan.tabs) {
    if (!t.create && t.newColumns.length > 0) {
      lines.push(`Đã thêm ${t.newColumns.length} cột vào cuối trang '${t.tab}': ${t.newColumns.join(", ")}.`);
    }
  }
  for (const t of plan.tabs) {
    if (t.fill) {
      lines.push(
        `Đã điền giá trị mẫu vào các cột mới của ${t.fill.count} dòng có sẵn ở trang '${t.tab}' (chỉ các ô còn trống).`,
      );
    }
  }
  for (const t of plan.tabs) {
    if (t.rows.length > 0) lines.push(`Đã thêm ${t.rows.length} dòng mẫu vào trang '${t.tab}'.`);
  }
  if (lines.length === 0) lines.push(`${NOTHING_TO_ADD}: không có gì cần thêm.`);
  for (const t of plan.tabs) {
    if (t.misplacedHeaderRow === null) continue;
    lines.push(
      `Chưa thêm gì vào trang '${t.tab}': tiêu đề cột của trang đang ở dòng ${t.misplacedHeaderRow}, không phải dòng 1, ` +
        "và thêm cột vào dòng 1 sẽ tạo một bộ tiêu đề thứ hai. Hãy chuyển tiêu đề lên dòng 1 rồi chạy lại.",
    );
  }
  return lines;
}
