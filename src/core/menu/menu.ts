import type { Need } from "../access/policy";
import { CLUSTER, SETTING, STATUS_HEADER, TAB } from "../contract/workbook";
import { REMINDERS_MENU } from "./reminders-menu";

/**
 * A menu item: the caption users see, the top-level function it runs, what the guide says of
 * it, and who may run it (`admin`: Phòng Nội vụ; `member`: also a cluster head, for their own
 * clusters). The server's `perform` checks `who` before anything else: a new item states it.
 */
export interface MenuItem {
  readonly caption: string;
  readonly run: string;
  readonly help: string;
  readonly who: Need;
}

export interface Submenu {
  readonly submenu: string;
  readonly items: readonly MenuItem[];
}

export type MenuEntry = MenuItem | Submenu | "separator";

export const MENU_TITLE = "Thi đua – Khen thưởng";

const item = (caption: string, run: string, who: Need, help: string): MenuItem => ({
  caption,
  run,
  help,
  who,
});

export const REGISTER = item(
  "Đăng ký thi đua…",
  "openRegistrationSidebar",
  "member",
  "Mở biểu mẫu bên phải để cụm trưởng đăng ký tập thể và cá nhân của một đơn vị, xem, sửa hoặc rút đăng ký đã có.",
);
export const CHECK = item(
  "Kiểm tra dữ liệu",
  "checkData",
  "member",
  `Kiểm tra toàn bộ bảng tính và ghi kết quả vào cột '${STATUS_HEADER}' của các tab dữ liệu; ` +
    "lập lại tab 'BC Kiểm tra' (các đơn vị không được xét khen thưởng ở đầu, mỗi phát hiện có liên kết tới dòng). " +
    "Khi đã có 'Kết quả bình xét': xét cả điều kiện khen thưởng cuối năm (mã KT). " +
    "Cụm trưởng chạy thì chỉ kiểm tra và ghi kết quả cho trang 'Cụm N', 'Điểm Cụm N' của cụm mình.",
);
export const SCORES = item(
  "Tính điểm và xếp hạng",
  "computeScores",
  "admin",
  "Cộng điểm tự chấm, chấm chéo, điểm thưởng, điểm trừ của từng đơn vị; xếp hạng trong cụm; đề nghị đơn vị dẫn đầu; " +
    "đánh dấu đơn vị dưới điểm sàn; lập lại tab 'BC Kết quả chấm điểm' kèm biểu đồ.",
);
export const SETUP = item(
  "Khởi tạo / cập nhật bảng tính",
  "setupWorkbook",
  "admin",
  "Tạo các tab, tiêu đề cột và danh sách chọn còn thiếu, thêm các dòng mẫu chưa có; cột kết quả do tiện ích ghi " +
    "được bảo vệ ở mức cảnh báo. Không xóa hay ghi đè dữ liệu đã nhập.",
);
export const PREPARE_SCORES = item(
  "Chuẩn bị bảng chấm điểm",
  "prepareScoreSheets",
  "admin",
  "Tạo tab 'Điểm Cụm N' cho mỗi cụm: mỗi đơn vị × mỗi tiêu chí một dòng. Chạy lại khi tiêu chí hoặc đơn vị thay đổi: " +
    "chỉ thêm dòng còn thiếu, không đụng tới điểm đã nhập.",
);
export const PROTECT = item(
  "Phân quyền",
  "protectWorkbook",
  "admin",
  `Bảo vệ các trang: 'Cụm N' và 'Điểm Cụm N' chỉ cụm trưởng của cụm (cột '${CLUSTER.headEmails}') và Phòng Nội vụ ` +
    `(mục '${SETTING.adminEmails}') sửa được; trang thiết lập, '${TAB.criteria}', '${TAB.history}' và các trang 'BC …' ` +
    `chỉ Phòng Nội vụ; '${TAB.log}' chỉ cảnh báo. Chạy lại sau mỗi lần đổi e-mail: người bị xóa e-mail mất quyền sửa. ` +
    "Trang 'BC Phân quyền' liệt kê ai sửa được trang nào.",
);

const DOCUMENT_HELP =
  "lập lại tab 'BC …' cùng nội dung, tạo bản Google Tài liệu (để sửa, trình ký) và bản PDF (để gửi) theo thể thức " +
  "Nghị định 30/2020 trong 'Thư mục Drive' (hoặc thư mục chứa bảng tính); hộp thoại có liên kết tới hai tệp; ghi Nhật ký. " +
  "Chỉ cán bộ có tên trong 'Email quản trị'.";

export const REPORT_LIST = item(
  "Danh sách đăng ký thi đua (tất cả)",
  "reportRegistrationList",
  "admin",
  "Danh sách các đăng ký hợp lệ, đúng hạn theo cụm → đơn vị, tập thể trước, cá nhân sau (xếp theo tên); các đăng ký " +
    `không được tính liệt kê riêng kèm lý do. Tiện ích ${DOCUMENT_HELP}`,
);
export const REPORT_LIST_LEVEL = item(
  "Danh sách đăng ký thi đua theo cấp quyết định…",
  "reportRegistrationListByLevel",
  "admin",
  "Như trên nhưng chỉ gồm các danh hiệu của một 'Cấp quyết định' (ví dụ 'Thành phố': danh sách thị xã gửi Thành phố); " +
    "tiện ích hỏi cấp nào trong các cấp có ở trang Danh hiệu.",
);
export const REPORT_SUMMARY = item(
  "Tổng hợp theo cụm và danh hiệu",
  "reportSummary",
  "admin",
  "Số đăng ký được tính theo cụm × danh hiệu, số tập thể, cá nhân, số đơn vị đăng ký đúng hạn trên tổng số, kèm biểu đồ; " +
    `cùng cách đếm với Kiểm tra dữ liệu. Tiện ích ${DOCUMENT_HELP}`,
);
export const REPORT_EXCLUDED = item(
  "Đơn vị không được xét khen thưởng",
  "reportExcludedUnits",
  "admin",
  `Các đơn vị không đăng ký hoặc không đăng ký đúng hạn (đã qua hạn của cụm), đơn vị dưới điểm sàn, kèm cụm, cụm trưởng và lý do. Tiện ích ${DOCUMENT_HELP}`,
);
export const REPORT_DOSSIER = item(
  "Tình hình hồ sơ cụm",
  "reportDossier",
  "admin",
  `Từng cụm × năm hồ sơ (đã nộp hay thiếu), ngày nộp so với hạn, tình trạng. Tiện ích ${DOCUMENT_HELP}`,
);
export const REPORT_TIMELINE = item(
  "Tiến độ thực hiện kế hoạch",
  "reportTimeline",
  "admin",
  `Các nhiệm vụ của trang Tiến độ với trạng thái, nhiệm vụ quá hạn lên đầu. Tiện ích ${DOCUMENT_HELP}`,
);

/** Submenu `Báo cáo`: the documents the office signs (DOCUMENTS.md), one click each. */
const REPORTS: Submenu = {
  submenu: "Báo cáo",
  items: [REPORT_LIST, REPORT_LIST_LEVEL, REPORT_SUMMARY, REPORT_EXCLUDED, REPORT_DOSSIER, REPORT_TIMELINE],
};

export const PROPOSALS = item(
  "Lập danh sách đề nghị khen thưởng",
  "buildProposalList",
  "admin",
  "Cuối năm (Phòng Nội vụ): lập lại tab 'BC Đề nghị khen thưởng' từ 'Kết quả bình xét' — các dòng 'Đạt' đủ điều kiện " +
    "theo cấp quyết định → danh hiệu → đơn vị (tập thể trước), các dòng 'Đạt' không được đề nghị kèm lý do (mã KT); " +
    "tạo 'Danh sách đề nghị khen thưởng' và một 'Tờ trình' cho mỗi cấp quyết định (Google Tài liệu và PDF trong 'Thư mục Drive').",
);
export const CLOSE_YEAR = item(
  "Kết thúc năm thi đua",
  "closeEmulationYear",
  "admin",
  "Cuối năm (Phòng Nội vụ): ghi các dòng 'Đạt' của năm (xếp loại, số và ngày quyết định nếu có) vào tab " +
    "'Lịch sử khen thưởng', một lần: chạy lại không ghi trùng, chỉ cập nhật số/ngày quyết định đã đổi.",
);
export const NEXT_YEAR = item(
  "Tạo sổ năm sau",
  "createNextYearBook",
  "admin",
  "Cuối năm (Phòng Nội vụ): tạo bản sao bảng tính cho năm sau — năm thi đua + 1, các ngày lùi sang năm sau, " +
    "xóa đăng ký, điểm, hồ sơ, báo cáo và nhật ký; giữ thiết lập, tiêu chí và toàn bộ lịch sử khen thưởng. Sổ năm nay không đổi.",
);
const YEAR_END: Submenu = { submenu: "Cuối năm", items: [PROPOSALS, CLOSE_YEAR, NEXT_YEAR] };

/** The add-on's menu, as data: `onOpen` renders it, the guide explains it, tests check every `run` exists. */
export const MENU: readonly MenuEntry[] = [
  REGISTER,
  CHECK,
  SCORES,
  REPORTS,
  YEAR_END,
  "separator",
  SETUP,
  PROTECT,
  PREPARE_SCORES,
  REMINDERS_MENU,
];

/** Every item of the menu, submenus flattened, in menu order. */
export function menuItems(menu: readonly MenuEntry[] = MENU): MenuItem[] {
  return menu.flatMap((e) => (e === "separator" ? [] : "submenu" in e ? [...e.items] : [e]));
}
