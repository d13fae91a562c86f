import {
  CLUSTER,
  CLUSTER_SUBJECTS,
  clusterTabName,
  DOSSIER,
  HISTORY,
  OUTCOME,
  REG,
  REPORT_PREFIX,
  REQUIREMENT,
  RESULT,
  SETTING,
  STATUS_HEADER,
  SUBJECT,
  scoreTabName,
  TAB,
  TITLE,
} from "../contract/workbook";
import { FINDING_CODES, q } from "../findings/catalogue";
import { SEVERITY } from "../findings/finding";
import { MENU_TITLE, type MenuItem, menuItems, PROTECT } from "../menu/menu";

/** Who may run a menu item, as the guide says it. */
const WHO: Record<MenuItem["who"], string> = {
  admin: `Chỉ Phòng Nội vụ (${q(SETTING.adminEmails)}) dùng được.`,
  member: "Phòng Nội vụ và cụm trưởng (cho cụm của mình) dùng được.",
};

/**
 * The `Hướng dẫn` tab: one array per sheet row; the first cell is a heading
 * or a bullet, the optional second cell its explanation.
 */
export const GUIDE_ROWS: readonly (readonly string[])[] = [
  ["HƯỚNG DẪN SỬ DỤNG SỔ THI ĐUA"],
  [
    "Bảng tính này là gì?",
    "Sổ chung để đăng ký, kiểm tra và tổng hợp thi đua, khen thưởng trong năm: đăng ký thi đua của các cụm, " +
      "hồ sơ cụm, thi đua chuyên đề, chấm điểm và tiến độ thực hiện kế hoạch. Năm, cơ quan, các cụm, đơn vị, " +
      `danh hiệu và các hạn đều là dữ liệu trong bảng tính (tab ${q(TAB.config)} và các tab thiết lập), không cố định trong phần mềm.`,
  ],
  [""],
  ["AI SỬA TAB NÀO"],
  [
    `${TAB.config}, ${TAB.clusters}, ${TAB.units}, ${TAB.titles}`,
    "Phòng Nội vụ (Cơ quan Thường trực Hội đồng) thiết lập đầu năm: năm thi đua, hạn đăng ký, điểm sàn, " +
      "danh sách cụm, đơn vị và danh hiệu.",
  ],
  [
    `${TAB.criteria}, ${TAB.dossier}, ${TAB.campaigns}, ${TAB.timeline}`,
    "Phòng Nội vụ cập nhật; cụm trưởng được xem.",
  ],
  [
    clusterTabName("N"),
    `Cụm trưởng cụm N nhập đăng ký thi đua của các đơn vị trong cụm (ví dụ ${q(clusterTabName("1"))}).`,
  ],
  [scoreTabName("N"), "Cụm trưởng nhập điểm tự chấm và điểm chấm chéo khi chấm điểm cuối năm."],
  [
    `${REPORT_PREFIX}…`,
    `Các tab báo cáo (tên bắt đầu bằng ${q(REPORT_PREFIX.trim())}) do tiện ích tạo lại mỗi lần chạy: không nhập dữ liệu vào đây.`,
  ],
  [TAB.log, "Tiện ích tự ghi lại các thao tác; không sửa."],
  [
    "• Phân quyền",
    `Phòng Nội vụ chạy ${q(PROTECT.caption)} (menu) để Google chặn người khác sửa các tab trên: ` +
      `${clusterTabName("N")} và ${scoreTabName("N")} chỉ cụm trưởng cụm N (${q(CLUSTER.headEmails)}) và Phòng Nội vụ ` +
      `(${q(SETTING.adminEmails)}); các tab thiết lập, ${TAB.criteria}, ${TAB.history}, ${REPORT_PREFIX}… chỉ Phòng Nội vụ. ` +
      `Chạy lại mỗi khi đổi e-mail; tab ${q("BC Phân quyền")} liệt kê ai sửa được tab nào.`,
  ],
  [
    "• Cột và thứ tự cột",
    "Tiện ích tìm cột theo tên tiêu đề ở dòng 1, không theo vị trí: được đổi thứ tự cột, thêm cột riêng, " +
      "nhưng không đổi tên tiêu đề. Dòng trống được bỏ qua.",
  ],
  [""],
  ["CÁCH ĐĂNG KÝ THI ĐUA"],
  [
    "• Một dòng",
    "Một đối tượng (một tập thể hoặc một cá nhân) đăng ký một danh hiệu, hình thức khen thưởng.",
  ],
  [
    "• Tập thể",
    `${q(REG.subject)} = ${q(SUBJECT.collective)}, để trống ${q(REG.person)}. Ghi tập thể trước, cá nhân sau.`,
  ],
  [
    "• Cá nhân",
    `${q(REG.subject)} = ${q(SUBJECT.individual)}, ghi ${q(REG.person)} và ${q(REG.position)}. ` +
      `Cụm có ${q(CLUSTER.subjects)} là ${q(CLUSTER_SUBJECTS.collectiveOnly)} chỉ đăng ký tập thể.`,
  ],
  [
    "• Danh hiệu",
    `Ghi tên đầy đủ hoặc tên viết tắt có trong tab ${q(TAB.titles)} (ví dụ LĐTT, CSTĐCS, TTLĐXS).`,
  ],
  [
    "• Tên sáng kiến",
    `Danh hiệu có ${q(TITLE.requirement)} = ${q(REQUIREMENT.initiative)} (như Chiến sĩ thi đua cơ sở, ` +
      `Bằng khen của Chủ tịch UBND Thành phố): ghi tên sáng kiến dự kiến vào ${q(REG.initiative)}.`,
  ],
  [
    "• Tên mô hình",
    `Danh hiệu có ${q(TITLE.requirement)} = ${q(REQUIREMENT.model)} (như Cờ thi đua của UBND Thành phố cho xã, ` +
      `phường): ghi tên mô hình phấn đấu thực hiện trong năm vào ${q(REG.initiative)}.`,
  ],
  [
    "• Ngày đăng ký",
    `${q(REG.date)} và ${q(REG.enteredBy)} do tiện ích tự điền khi ô còn trống; có thể tự nhập ngày dd/mm/yyyy.`,
  ],
  [
    "• Hồ sơ cụm",
    `Cụm trưởng gửi kèm năm văn bản, ghi ở tab ${q(TAB.dossier)}: ${DOSSIER.plan}; ${DOSSIER.regulation}; ` +
      `${DOSSIER.criteria}; ${DOSSIER.covenant} (có dấu đỏ của các thành viên); ${DOSSIER.list} ` +
      "(tập thể trước, cá nhân sau). Mỗi ô ghi đường dẫn tệp hoặc “Đã nộp”.",
  ],
  [
    "• Thi đua chuyên đề",
    `Hồ sơ gồm kế hoạch phát động (trong kế hoạch phải có tiêu chí thi đua) kèm danh sách toàn bộ tập thể ` +
      `tham gia, ghi ở tab ${q(TAB.campaigns)}.`,
  ],
  [""],
  ["HẠN ĐĂNG KÝ"],
  [
    "• Hạn chung",
    `Đăng ký thi đua hoàn thành chậm nhất vào ngày ${q(SETTING.deadline)} ở tab ${q(TAB.config)} ` +
      "(ví dụ 28/02/2020); đăng ký trong ngày đó vẫn đúng hạn. Cụm có hạn riêng (như các cụm ngành giáo dục, " +
      `đăng ký vào đầu năm học) ghi ở cột ${q(CLUSTER.deadline)}.`,
  ],
  [
    "• Lưu ý",
    "Tập thể, cá nhân không đăng ký thi đua thường xuyên và theo chuyên đề đúng hạn, đúng hướng dẫn thì " +
      "không được xét khen thưởng tổng kết phong trào thi đua trong năm.",
  ],
  [
    "• Tiến độ",
    `Tab ${q(TAB.timeline)} liệt kê các nhiệm vụ của kế hoạch và hạn; quá hạn quy định, ` +
      "Cơ quan Thường trực không tiếp nhận và giải quyết.",
  ],
  [""],
  ["KẾT QUẢ KIỂM TRA"],
  [
    `• Cột ${q(STATUS_HEADER)}`,
    "Do tiện ích ghi, không nhập tay. “Hợp lệ” (hoặc để trống) khi dòng không có vấn đề; nếu có, mỗi vấn đề " +
      "một dòng dạng “MÃ: nội dung”, lỗi ghi trước, rồi đến cảnh báo và thông tin.",
  ],
  [`• ${SEVERITY.error}`, "Nếu để nguyên, đăng ký sẽ không được tính: cần sửa."],
  [`• ${SEVERITY.warning}`, "Cần người xem lại (ví dụ vượt tỷ lệ theo quy định, thiếu điểm chấm chéo)."],
  [`• ${SEVERITY.info}`, "Chỉ để biết, không cần sửa (ví dụ chữ đã được chuẩn hóa khi kiểm tra)."],
  [
    "• Ngày tháng",
    `Ghi ngày dạng dd/mm/yyyy (ví dụ 28/02/2020; chấp nhận cả 1/3/2020) hoặc ô kiểu ngày. ` +
      "Giá trị khác bị báo lỗi, không được đoán. Một hạn được tính đúng hạn đến hết ngày đó (giờ Việt Nam).",
  ],
  [
    "• Ngày tham chiếu",
    `Các kiểm tra lấy “hôm nay” là ${q(SETTING.referenceDate)} ở tab ${q(TAB.config)} nếu có, ` +
      "nếu không là ngày hiện tại.",
  ],
  [""],
  ["CUỐI NĂM: BÌNH XÉT VÀ ĐỀ NGHỊ KHEN THƯỞNG"],
  [
    "• Kết quả bình xét",
    `Ở mỗi tab ${clusterTabName("N")}: ${q(RESULT.outcome)} (${OUTCOME.passed} / ${OUTCOME.failed}, để trống khi chưa bình xét), ` +
      `${q(RESULT.rating)} và, với danh hiệu yêu cầu sáng kiến, ${q(RESULT.initiativeDecision)}; chọn trong danh sách của ô ` +
      `hoặc bấm “Kết quả” trong biểu mẫu Đăng ký thi đua. ${q(RESULT.decisionNo)}, ${q(RESULT.decisionDate)}: khi có quyết định khen thưởng.`,
  ],
  [
    "• Điều kiện",
    `Khi đã có ${q(RESULT.outcome)}, Kiểm tra dữ liệu xét các điều kiện của tab ${q(TAB.titles)} (kèm theo, nhiều năm, tập thể, ` +
      `tỷ lệ tối đa, đơn vị dẫn đầu cụm) theo ${q(SETTING.onTimeOnly)} và ${q(SETTING.shareRounding)}: mã KT01–KT09.`,
  ],
  [
    `• ${TAB.history}`,
    `Mỗi dòng: ${q(HISTORY.year)}, ${q(HISTORY.unit)}, ${q(HISTORY.subject)}, ${q(HISTORY.person)}, một danh hiệu đạt ` +
      `hoặc một ${q(HISTORY.rating)}. Dán các năm trước từ hồ sơ cũ; Kết thúc năm thi đua ghi thêm năm nay, một lần.`,
  ],
  [""],
  [`MENU ${q(MENU_TITLE)}`],
  ...menuItems().map((m): readonly string[] => [`• ${m.caption}`, `${m.help} ${WHO[m.who]}`]),
  [
    "• Trên điện thoại",
    "Ứng dụng Google Trang tính không hiện menu: vẫn nhập trực tiếp vào các tab như trên.",
  ],
  [""],
  ["BẢNG MÃ KẾT QUẢ KIỂM TRA", "Mã (mức độ) và ý nghĩa; mã không đổi giữa các phiên bản."],
  ...FINDING_CODES.map((f): readonly string[] => [`${f.code} (${f.severity})`, f.summary]),
];
