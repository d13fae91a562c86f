import { CAMPAIGN } from "../contract/workbook";
import type { TemplateRow } from "./types";

const campaign = (name: string, office: string): TemplateRow => ({
  [CAMPAIGN.name]: name,
  [CAMPAIGN.office]: office,
  [CAMPAIGN.plan]: "",
  [CAMPAIGN.criteria]: "",
  [CAMPAIGN.participants]: "",
  [CAMPAIGN.date]: "",
  [CAMPAIGN.status]: "",
});

/**
 * `Chuyên đề` of the 2020 template: the seven assignments of plan section
 * II.6.1, one row per standing office, the office named exactly as the seed
 * does. Where an office runs several movements (Phòng Nội vụ, Phòng Kinh tế)
 * they stay in one row, as the seed lists them on one line.
 *
 * Text fixes against the seed's scan: "Cá nước" → "Cả nước", "noi công cộng"
 * → "nơi công cộng". Otherwise the names are the seed's words (the Phòng Nội
 * vụ line's second "Người tốt, việc tốt" is the tail of the writing contest's
 * name, plan II.2).
 */
export const CAMPAIGN_ROWS: readonly TemplateRow[] = [
  campaign(
    "Phong trào thi đua “Người tốt, việc tốt”, “Cải cách hành chính”, " +
      "Cuộc thi viết về gương điển hình tiên tiến, “Người tốt, việc tốt” năm 2020",
    "Phòng Nội vụ thị xã",
  ),
  campaign(
    "Phong trào “Toàn dân chung sức xây dựng nông thôn mới”, “Doanh nghiệp Thủ đô hội nhập và phát triển” năm 2020",
    "Phòng Kinh tế thị xã",
  ),
  campaign(
    "Phong trào “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” năm 2020",
    "Phòng Lao động - Thương binh và Xã hội thị xã",
  ),
  campaign(
    "Phong trào “Cán bộ, công chức, viên chức, người lao động thi đua thực hiện văn hóa công sở và nơi công cộng” " +
      "gắn với thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, " +
      "“Xây dựng người Hà Nội thanh lịch - văn minh” năm 2020",
    "Phòng Văn hóa và Thông tin",
  ),
  campaign("Phong trào “An toàn thực phẩm” năm 2020", "Phòng Y tế thị xã"),
  campaign("Phong trào “Toàn dân bảo vệ an ninh Tổ quốc” năm 2020", "Công an thị xã"),
  campaign("Phong trào “Thi đua quyết thắng” năm 2020", "Ban Chỉ huy Quân sự thị xã"),
];
