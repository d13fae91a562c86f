import { TASK } from "../contract/workbook";
import { type CivilDate, civilDate } from "../dates/civil-date";
import type { TemplateRow } from "./types";

/** `Quý` values of the timeline, in order. */
export const QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"] as const;
type Quarter = (typeof QUARTERS)[number];

const task = (
  no: number,
  quarter: Quarter,
  content: string,
  lead: string,
  executor: string,
  coordinator: string,
  deadline: CivilDate,
): TemplateRow => ({
  [TASK.no]: no,
  [TASK.quarter]: quarter,
  [TASK.content]: content,
  [TASK.lead]: lead,
  [TASK.executor]: executor,
  [TASK.coordinator]: coordinator,
  [TASK.deadline]: deadline,
  [TASK.done]: "",
  [TASK.state]: "",
});

const COUNCIL = "Hội đồng TĐKT thị xã";
const COUNCIL_CHAIR = "Chủ tịch Hội đồng TĐKT thị xã";
const COUNCIL_STANDING = "Thường trực Hội đồng TĐKT thị xã";
const HOME_AFFAIRS = "Phòng Nội vụ thị xã";
const ECONOMY = "Phòng Kinh tế thị xã";
const SCIENCE_COUNCIL = "Hội đồng Khoa học, sáng kiến thị xã";
const ALL_UNITS = "Các đơn vị thuộc thị xã";
const BRANCHES = "Các ngành, đoàn thể thị xã";

/**
 * `Tiến độ` of the 2020 template: the 28 tasks of the plan's appendix
 * ("Tiến độ thực hiện một số nhiệm vụ công tác thi đua, khen thưởng năm 2020").
 *
 * Deadlines: every task of the appendix gives a day ("Trước ngày 10/01/2020"),
 * none a month or a range, so no "last day of the period" rounding was needed.
 * "Trước ngày D" is read as `Hạn` = D, the same reading as the registration
 * cutoff "trước ngày 28/02/2020" (a deadline day counts as on time, RULES.md).
 *
 * Text fixes against the seed's scan (OCR errors, not changes of meaning):
 * "TDKT"/"HĐTDKT"/"cụm TD" → "TĐKT"/"HĐTĐKT"/"cụm TĐ"; "anh ninh" → "an ninh";
 * "diễn hành tiên tiến" → "điển hình tiên tiến"; "phường làm điện" → "phường
 * làm điểm"; "Phương Xuân Khanh" → "Phường Xuân Khanh"; "dù điều kiện" → "đủ
 * điều kiện"; "Tiến nhận" → "Tiếp nhận"; "nghiệm vụ" → "nghiệp vụ"; "Thường
 * trục"/"Thường Trực" → "Thường trực"; "Phòng kinh tế" → "Phòng Kinh tế";
 * "(2015- 2020)" → "(2015 - 2020)"; "Quy IV" → "Quý IV"; in task 21 "10/10 năm
 * Thăng Long" → "1010 năm" and "Đại hội lần thứ XII của Đảng" → "XIII" (the
 * plan's preamble: the 13th Party Congress). Years the seed gives that look
 * like slips (task 14 "năm 2019", task 27 "năm 2020" for next year's plan) are
 * kept as written.
 */
export const TIMELINE_ROWS: readonly TemplateRow[] = [
  // Quý I
  task(
    1,
    "Quý I",
    "Kiện toàn các Cụm thi đua thuộc thị xã, phân công Thành viên Hội đồng TĐKT thị xã chỉ đạo, " +
      "theo dõi các cụm thi đua thuộc thị xã.",
    COUNCIL_CHAIR,
    HOME_AFFAIRS,
    "",
    civilDate(10, 1, 2020),
  ),
  task(
    2,
    "Quý I",
    "Xây dựng Kế hoạch công tác TĐKT, Kế hoạch phát động phong trào thi đua thực hiện nhiệm vụ kinh tế, " +
      "xã hội, an ninh quốc phòng năm 2020",
    COUNCIL_CHAIR,
    HOME_AFFAIRS,
    "",
    civilDate(10, 1, 2020),
  ),
  task(
    3,
    "Quý I",
    "Hoàn thành việc đăng ký của thị xã với Hội đồng TĐKT Thành phố và Cụm trưởng Cụm thi đua số XII Thành phố",
    COUNCIL_CHAIR,
    HOME_AFFAIRS,
    "",
    civilDate(30, 1, 2020),
  ),
  task(
    4,
    "Quý I",
    "Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019; phát động thi đua năm 2020 " +
      "của thị xã và các đơn vị thuộc thị xã",
    COUNCIL,
    HOME_AFFAIRS,
    ALL_UNITS,
    civilDate(30, 1, 2020),
  ),
  task(
    5,
    "Quý I",
    "Tổ chức Hội nghị phường làm điểm về tổ chức Hội nghị điển hình tiên tiến 5 năm (2015 - 2020) " +
      "cấp cơ sở của thị xã.",
    COUNCIL,
    "Phường Xuân Khanh",
    HOME_AFFAIRS,
    civilDate(30, 1, 2020),
  ),
  task(
    6,
    "Quý I",
    "Tổ chức Hội nghị ký kết giao ước thi đua, xây dựng quy chế, triển khai kế hoạch công tác TĐKT, " +
      "đăng ký thi đua năm 2020 của các cụm thi đua thuộc thị xã với Hội đồng TĐKT thị xã.",
    "Các cụm thi đua thuộc thị xã",
    ALL_UNITS,
    HOME_AFFAIRS,
    civilDate(28, 2, 2020),
  ),
  task(
    7,
    "Quý I",
    "Xét đề nghị tặng Bằng khen của Thủ tướng Chính phủ, Huân chương Lao động cho các tập thể thuộc thị xã " +
      "đủ điều kiện, tiêu chuẩn.",
    "Hội đồng thi đua, khen thưởng thị xã",
    HOME_AFFAIRS,
    ALL_UNITS,
    civilDate(10, 3, 2020),
  ),
  // Task 8's deadline (05/3) is earlier than task 7's (10/3): the appendix's order, kept.
  task(
    8,
    "Quý I",
    "Xét đề nghị tặng Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng",
    "Chủ tịch UBND thị xã",
    HOME_AFFAIRS,
    ALL_UNITS,
    civilDate(5, 3, 2020),
  ),
  task(
    9,
    "Quý I",
    "Tiếp nhận tổng hợp xét công nhận sáng kiến kinh nghiệm của ngành Giáo dục và Đào tạo thị xã " +
      "năm học (2019 - 2020)",
    SCIENCE_COUNCIL,
    ECONOMY,
    ALL_UNITS,
    civilDate(20, 3, 2020),
  ),
  task(
    10,
    "Quý I",
    "Tổ chức Hội nghị điển hình tiên tiến 5 năm (2015 - 2020) của các xã, phường, đơn vị thuộc thị xã",
    "Hội đồng thi đua, khen thưởng thị xã",
    "Xã, phường, đơn vị thuộc thị xã",
    HOME_AFFAIRS,
    civilDate(30, 3, 2020),
  ),
  // Quý II
  task(
    11,
    "Quý II",
    "Tiếp nhận tổng hợp hồ sơ xét đề nghị Thành phố khen thưởng tổng kết phong trào sản xuất kinh doanh " +
      "của các doanh nghiệp thị xã năm 2019.",
    "Chủ tịch UBND - Thường trực Hội đồng TĐKT thị xã",
    "Phòng Kinh tế, Hội DN thị xã",
    HOME_AFFAIRS,
    civilDate(5, 4, 2020),
  ),
  task(
    12,
    "Quý II",
    "Tổng hợp (đợt cuối) bài viết tham gia Cuộc thi viết về gương ĐHTT, NTVT năm 2020 " +
      "(theo KH số 346/KH-HĐTĐKT ngày 08/8/2019 của Hội đồng TĐKT thị xã).",
    COUNCIL,
    ALL_UNITS,
    HOME_AFFAIRS,
    civilDate(30, 4, 2020),
  ),
  task(
    13,
    "Quý II",
    "Tổng kết đợt thi đua cao điểm chào mừng kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam, " +
      "90 năm Ngày thành lập Đảng bộ thành phố Hà Nội và kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
    COUNCIL,
    ALL_UNITS,
    HOME_AFFAIRS,
    civilDate(10, 5, 2020),
  ),
  task(
    14,
    "Quý II",
    "Tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2019",
    COUNCIL,
    HOME_AFFAIRS,
    ALL_UNITS,
    civilDate(30, 5, 2020),
  ),
  // The appendix: "Phòng GD&ĐT gửi hồ sơ trước ngày 10/6/2020" — the deadline is the dossier's submission.
  task(
    15,
    "Quý II",
    "Tiếp nhận hồ sơ xét khen thưởng thành tích công tác năm học (2019 - 2020) của ngành Giáo dục và Đào tạo thị xã.",
    COUNCIL_STANDING,
    "Phòng Giáo dục và Đào tạo thị xã",
    "Các Cụm thi đua thuộc ngành GD thị xã",
    civilDate(10, 6, 2020),
  ),
  task(
    16,
    "Quý II",
    "Tổ chức Hội nghị tổng kết phong trào thi đua 5 năm (2015 - 2020) gắn với tổng kết phong trào thi đua " +
      "“Người tốt, việc tốt” và Cuộc thi viết về gương ĐHTT, NTVT của thị xã năm 2020.",
    COUNCIL_STANDING,
    HOME_AFFAIRS,
    ALL_UNITS,
    civilDate(30, 6, 2020),
  ),
  task(
    17,
    "Quý II",
    "Xét đề nghị công nhận danh hiệu “Công dân Thủ đô ưu tú” năm 2020.",
    COUNCIL,
    ALL_UNITS,
    HOME_AFFAIRS,
    civilDate(30, 6, 2020),
  ),
  // Quý III
  task(
    18,
    "Quý III",
    "Kiểm tra việc thực hiện công tác thi đua, khen thưởng năm 2020 các đơn vị thuộc thị xã.",
    COUNCIL,
    HOME_AFFAIRS,
    ALL_UNITS,
    civilDate(30, 7, 2020),
  ),
  task(
    19,
    "Quý III",
    "Tổ chức Hội nghị sơ kết 6 tháng đầu năm 2020 của các Cụm thi đua thuộc thị xã.",
    "Thành viên Hội đồng TĐKT thị xã",
    "Các Cụm thi đua thuộc thị xã",
    HOME_AFFAIRS,
    civilDate(30, 7, 2020),
  ),
  // The appendix: "(Đơn vị gửi hồ sơ trước 20/7/2020)" — the units' submission deadline, earlier than tasks 18–19.
  task(
    20,
    "Quý III",
    "Xét, đề nghị Chính phủ, Nhà nước khen thưởng Nhà nước đợt 3 năm 2020 " +
      "(tập thể, cá nhân ngành Giáo dục và Đào tạo).",
    COUNCIL,
    "Phòng Nội vụ thị xã (nếu có)",
    "Phòng GD&ĐT thị xã",
    civilDate(20, 7, 2020),
  ),
  task(
    21,
    "Quý III",
    "Tổng kết đợt thi đua cao điểm chào mừng Đại hội Đảng bộ các cấp, Đại hội lần thứ XVII Đảng bộ Thành phố " +
      "và Đại hội lần thứ XIII của Đảng; chào mừng Đại hội thi đua yêu nước TP tiến tới Đại hội thi đua yêu nước " +
      "Toàn quốc lần thứ X chào mừng 1010 năm Thăng Long - Hà Nội.",
    COUNCIL_STANDING,
    HOME_AFFAIRS,
    ALL_UNITS,
    civilDate(5, 9, 2020),
  ),
  task(
    22,
    "Quý III",
    "Tiếp nhận chấm, xét công nhận đề tài sáng kiến đợt 2 (các cơ quan, đơn vị, xã, phường...)",
    SCIENCE_COUNCIL,
    ECONOMY,
    ALL_UNITS,
    civilDate(20, 9, 2020),
  ),
  // Quý IV
  task(
    23,
    "Quý IV",
    "Các đơn vị, cụm thi đua thuộc thị xã tự chấm điểm thi đua và tham gia chấm chéo điểm thi đua, " +
      "bình xét thi đua, khen thưởng năm 2020.",
    COUNCIL,
    ALL_UNITS,
    HOME_AFFAIRS,
    civilDate(10, 11, 2020),
  ),
  task(
    24,
    "Quý IV",
    "Các cụm thi đua thuộc thị xã tổ chức bình xét khen thưởng năm 2020 gửi các Cụm thi đua thuộc thị xã.",
    COUNCIL,
    "Các cụm thi đua thuộc thị xã",
    "Thành viên HĐTĐKT phụ trách cụm TĐ",
    civilDate(20, 11, 2020),
  ),
  task(
    25,
    "Quý IV",
    "Thường trực Hội đồng TĐKT thị xã tiếp nhận hồ sơ xét khen thưởng công tác năm 2020.",
    COUNCIL,
    HOME_AFFAIRS,
    "",
    civilDate(25, 11, 2020),
  ),
  task(
    26,
    "Quý IV",
    "Tiếp nhận hồ sơ xét khen thưởng theo chuyên đề của các cơ quan, đơn vị trên địa bàn, " +
      "đầu năm 2020 đã xây dựng kế hoạch đăng ký với Hội đồng TĐKT thị xã.",
    COUNCIL,
    BRANCHES,
    HOME_AFFAIRS,
    civilDate(25, 11, 2020),
  ),
  task(
    27,
    "Quý IV",
    "Tham mưu xây dựng kế hoạch công tác TĐKT, kế hoạch phát động phong trào thi đua thực hiện nhiệm vụ " +
      "KT-XH năm 2020.",
    COUNCIL,
    HOME_AFFAIRS,
    BRANCHES,
    civilDate(31, 12, 2020),
  ),
  task(
    28,
    "Quý IV",
    "Tham mưu chuẩn bị nội dung tổ chức Hội nghị tổng kết phong trào thi đua năm 2020, " +
      "phát động phong trào thi đua năm 2021.",
    COUNCIL,
    HOME_AFFAIRS,
    BRANCHES,
    civilDate(31, 12, 2020),
  ),
];
