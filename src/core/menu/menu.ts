import { STATUS_HEADER } from "../contract/workbook";

/** A menu item: the caption users see, the top-level function it runs, and what the guide says of it. */
export interface MenuItem {
  readonly caption: string;
  readonly run: string;
  readonly help: string;
}

export interface Submenu {
  readonly submenu: string;
  readonly items: readonly MenuItem[];
}

export type MenuEntry = MenuItem | Submenu | "separator";

export const MENU_TITLE = "Thi đua – Khen thưởng";

const item = (caption: string, run: string, help: string): MenuItem => ({ caption, run, help });

export const REGISTER = item(
  "Đăng ký thi đua…",
  "openRegistrationSidebar",
  "Mở biểu mẫu bên phải để cụm trưởng đăng ký tập thể và cá nhân của một đơn vị, xem, sửa hoặc rút đăng ký đã có. " +
    "Chỉ người có e-mail trong 'Email cụm trưởng' (cụm của mình) hoặc 'Email quản trị' mới ghi được.",
);
export const CHECK = item(
  "Kiểm tra dữ liệu",
  "checkData",
  `Kiểm tra toàn bộ bảng tính và ghi kết quả vào cột '${STATUS_HEADER}' của các tab dữ liệu; ` +
    "lập lại tab 'BC Kiểm tra' (các đơn vị không được xét khen thưởng ở đầu, mỗi phát hiện có liên kết tới dòng). " +
    "Khi đã có 'Kết quả bình xét': xét cả điều kiện khen thưởng cuối năm (mã KT).",
);
export const SCORES = item(
  "Tính điểm và xếp hạng",
  "computeScores",
  "Cộng điểm tự chấm, chấm chéo, điểm thưởng, điểm trừ của từng đơn vị; xếp hạng trong cụm; đề nghị đơn vị dẫn đầu; " +
    "đánh dấu đơn vị dưới điểm sàn; lập lại tab 'BC Kết quả chấm điểm' kèm biểu đồ.",
);
export const SETUP = item(
  "Khởi tạo / cập nhật bảng tính",
  "setupWorkbook",
  "Tạo các tab, tiêu đề cột và danh sách chọn còn thiếu, thêm các dòng mẫu chưa có; cột kết quả do tiện ích ghi " +
    "được bảo vệ ở mức cảnh báo. Không xóa hay ghi đè dữ liệu đã nhập.",
);
export const PREPARE_SCORES = item(
  "Chuẩn bị bảng chấm điểm",
  "prepareScoreSheets",
  "Tạo tab 'Điểm Cụm N' cho mỗi cụm: mỗi đơn vị × mỗi tiêu chí một dòng. Chạy lại khi tiêu chí hoặc đơn vị thay đổi: " +
    "chỉ thêm dòng còn thiếu, không đụng tới điểm đã nhập.",
);

export const PROPOSALS = item(
  "Lập danh sách đề nghị khen thưởng",
  "buildProposalList",
  "Cuối năm (Phòng Nội vụ): lập lại tab 'BC Đề nghị khen thưởng' từ 'Kết quả bình xét' — các dòng 'Đạt' đủ điều kiện " +
    "theo cấp quyết định → danh hiệu → đơn vị (tập thể trước), các dòng 'Đạt' không được đề nghị kèm lý do (mã KT).",
);
export const CLOSE_YEAR = item(
  "Kết thúc năm thi đua",
  "closeEmulationYear",
  "Cuối năm (Phòng Nội vụ): ghi các dòng 'Đạt' của năm (xếp loại, số và ngày quyết định nếu có) vào tab " +
    "'Lịch sử khen thưởng', một lần: chạy lại không ghi trùng, chỉ cập nhật số/ngày quyết định đã đổi.",
);
export const NEXT_YEAR = item(
  "Tạo sổ năm sau",
  "createNextYearBook",
  "Cuối năm (Phòng Nội vụ): tạo bản sao bảng tính cho năm sau — năm thi đua + 1, các ngày lùi sang năm sau, " +
    "xóa đăng ký, điểm, hồ sơ, báo cáo và nhật ký; giữ thiết lập, tiêu chí và toàn bộ lịch sử khen thưởng. Sổ năm nay không đổi.",
);
export const YEAR_END: Submenu = { submenu: "Cuối năm", items: [PROPOSALS, CLOSE_YEAR, NEXT_YEAR] };

/** The add-on's menu, as data: `onOpen` renders it, the guide explains it, tests check every `run` exists. */
export const MENU: readonly MenuEntry[] = [
  REGISTER,
  CHECK,
  SCORES,
  YEAR_END,
  "separator",
  SETUP,
  PREPARE_SCORES,
];

/** Every item of the menu, submenus flattened, in menu order. */
export function menuItems(menu: readonly MenuEntry[] = MENU): MenuItem[] {
  return menu.flatMap((e) => (e === "separator" ? [] : "submenu" in e ? [...e.items] : [e]));
}
