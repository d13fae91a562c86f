import { CRITERION, CRITERION_KIND } from "../contract/workbook";
import type { TemplateRow } from "./types";

/** `Số cụm` of a criterion shared by every cluster. */
export const ALL_CLUSTERS = "*";

const row = (
  code: string,
  content: string,
  max: number,
  kind: string = CRITERION_KIND.base,
): TemplateRow => ({
  [CRITERION.cluster]: ALL_CLUSTERS,
  [CRITERION.code]: code,
  [CRITERION.content]: content,
  [CRITERION.max]: max,
  [CRITERION.kind]: kind,
});

/**
 * A sample rubric for `Tiêu chí`: the 2020 plan asks each cluster to issue its
 * own criteria and scale (II.5.2, "Quyết định ban hành tiêu chí thang điểm")
 * but does not state them. This is a plausible example shared by every
 * cluster (`*`): three groups summing to 100 base points, one capped bonus
 * line and one capped penalty line. The office replaces it with each
 * cluster's own decision (rows with the cluster's `Số cụm`).
 */
export const CRITERIA_ROWS: readonly TemplateRow[] = [
  // A. Carrying out the year's political tasks: 50 points.
  row("A1", "Thực hiện nhiệm vụ chính trị: hoàn thành các chỉ tiêu, nhiệm vụ được giao trong năm", 20),
  row("A2", "Thực hiện nhiệm vụ chính trị: cải cách hành chính, ứng dụng công nghệ thông tin", 10),
  row("A3", "Thực hiện nhiệm vụ chính trị: bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội", 10),
  row("A4", "Thực hiện nhiệm vụ chính trị: chính sách xã hội, an sinh xã hội, xây dựng đời sống văn hóa", 10),
  // B. Emulation and commendation work: 30 points.
  row("B1", "Công tác thi đua, khen thưởng: ban hành kế hoạch, đăng ký, ký kết giao ước thi đua đúng hạn", 8),
  row("B2", "Công tác thi đua, khen thưởng: tổ chức các phong trào thi đua thường xuyên và chuyên đề", 8),
  row("B3", "Công tác thi đua, khen thưởng: phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", 7),
  row(
    "B4",
    "Công tác thi đua, khen thưởng: khen thưởng đúng quy định; sơ kết, tổng kết, báo cáo đúng hạn",
    7,
  ),
  // C. Party, government and mass-organisation building: 20 points.
  row("C1", "Xây dựng Đảng, chính quyền, đoàn thể: tổ chức Đảng trong sạch, vững mạnh", 8),
  row(
    "C2",
    "Xây dựng Đảng, chính quyền, đoàn thể: chính quyền, cơ quan vững mạnh; thực hiện quy chế dân chủ",
    6,
  ),
  row("C3", "Xây dựng Đảng, chính quyền, đoàn thể: hoạt động của Mặt trận Tổ quốc và các đoàn thể", 6),
  row(
    "T1",
    "Điểm thưởng: mô hình, sáng kiến, thành tích xuất sắc được cấp trên ghi nhận (tối đa 5 điểm)",
    5,
    CRITERION_KIND.bonus,
  ),
  row(
    "TR1",
    "Điểm trừ: vi phạm kỷ luật, chậm gửi báo cáo, để xảy ra vụ việc phức tạp (trừ tối đa 10 điểm)",
    10,
    CRITERION_KIND.penalty,
  ),
];

/** What the guide and the scoring messages say about the sample rubric. */
export const CRITERIA_SAMPLE_NOTE =
  "Trang 'Tiêu chí' của mẫu 2020 là bộ tiêu chí ví dụ (mã A1–C3, T1, TR1; Số cụm '*' = dùng chung cho mọi cụm). " +
  "Phòng Nội vụ thay bằng tiêu chí, thang điểm theo quyết định của từng cụm (ghi Số cụm của cụm đó).";
