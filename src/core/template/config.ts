import { CONFIG, SETTING } from "../contract/workbook";
import { civilDate } from "../dates/civil-date";
import type { TemplateRow, TemplateValue } from "./types";

const setting = (key: string, value: TemplateValue, note: string): TemplateRow => ({
  [CONFIG.key]: key,
  [CONFIG.value]: value,
  [CONFIG.note]: note,
});

/**
 * `Cấu hình` of the 2020 Sơn Tây template (plan 06/KH-HĐTĐKT, 03/01/2020).
 * The deadline is section II.7: "Đăng ký thi đua hoàn thành trước ngày 28/02/2020".
 */
export const CONFIG_ROWS: readonly TemplateRow[] = [
  setting(SETTING.year, 2020, "Năm của kế hoạch thi đua, khen thưởng (một số, ví dụ 2020)."),
  setting(
    SETTING.organisation,
    "Hội đồng Thi đua – Khen thưởng thị xã Sơn Tây",
    "Cơ quan ban hành kế hoạch; dùng làm tiêu đề các báo cáo.",
  ),
  setting(
    SETTING.deadline,
    civilDate(28, 2, 2020),
    "Hạn chót đăng ký thi đua (dd/mm/yyyy); đăng ký trong ngày này vẫn đúng hạn. " +
      "Tập thể, cá nhân không đăng ký đúng hạn không được xét khen thưởng tổng kết năm. " +
      "Cụm có “Hạn đăng ký riêng” thì dùng hạn riêng đó.",
  ),
  setting(
    SETTING.scoreFloor,
    70,
    "Đơn vị trong cụm có tổng điểm thấp hơn mức này bị đánh dấu không đạt. Để trống = không áp dụng điểm sàn.",
  ),
  setting(
    SETTING.leadersPerCluster,
    1,
    "Số đơn vị dẫn đầu được đề nghị suy tôn ở mỗi cụm thi đua (số nguyên).",
  ),
  setting(
    SETTING.adminEmails,
    "",
    "Email cán bộ Phòng Nội vụ quản trị bảng tính, cách nhau bởi dấu phẩy. " +
      "Để trống = chưa khai báo; khi đó quyền sửa theo quyền chia sẻ của bảng tính.",
  ),
  setting(
    SETTING.referenceDate,
    "",
    "Ngày dùng làm “hôm nay” khi kiểm tra hạn (dd/mm/yyyy), ví dụ để xem lại tình hình tại một ngày đã qua. " +
      "Để trống = ngày hiện tại (giờ Việt Nam).",
  ),
  setting(
    SETTING.superiorBody,
    "UBND THỊ XÃ SƠN TÂY",
    "Cơ quan cấp trên, dòng đầu của phần tiêu đề văn bản (Nghị định 30/2020/NĐ-CP).",
  ),
  setting(
    SETTING.place,
    "Sơn Tây",
    "Địa danh ở dòng ngày tháng của văn bản, ví dụ “Sơn Tây, ngày 03 tháng 01 năm 2020”.",
  ),
  setting(
    SETTING.signerTitle,
    "TM. HỘI ĐỒNG\nCHỦ TỊCH",
    "Thẩm quyền ký: dòng “TM. HỘI ĐỒNG”, xuống dòng, rồi chức vụ người ký (ví dụ CHỦ TỊCH).",
  ),
  setting(SETTING.signer, "", "Họ và tên người ký văn bản. Để trống = để trống chỗ ghi tên."),
  setting(
    SETTING.onTimeOnly,
    "Có",
    "“Có”: chỉ dòng đăng ký đúng hạn, của đơn vị không bị DV01/DV02, mới được đề nghị khen thưởng cuối năm " +
      "(kế hoạch năm 2020). “Không”: việc đăng ký không là điều kiện (Luật Thi đua, khen thưởng 2022).",
  ),
  setting(
    SETTING.shareRounding,
    "Xuống",
    "Cách làm tròn số tối đa theo tỷ lệ (Tỷ lệ tối đa, Điều kiện tập thể): “Xuống” (làm tròn xuống) " +
      "hoặc “Gần nhất” (từ 0,5 làm tròn lên).",
  ),
  setting(
    SETTING.driveFolder,
    "",
    "Đường dẫn hoặc mã thư mục Google Drive lưu các văn bản được tạo. Để trống = thư mục chứa bảng tính này.",
  ),
  setting(
    SETTING.reminderDays,
    "7, 3, 1",
    "Gửi e-mail nhắc việc trước hạn bao nhiêu ngày, cách nhau bởi dấu phẩy (ví dụ 7, 3, 1). " +
      "Để trống = không nhắc.",
  ),
];
