import type { SetupPlan } from "./plan-setup";

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
  if (lines.length === 0) lines.push("Bảng tính đã đủ các trang, cột và dòng mẫu: không có gì cần thêm.");
  return lines;
}
