import type { Need } from "../access/policy";
import { CLUSTER, SETTING, STATUS_HEADER, TAB } from "../contract/workbook";

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

/** The add-on's menu, as data: `onOpen` renders it, the guide explains it, tests check every `run` exists. */
export const MENU: readonly MenuEntry[] = [
  REGISTER,
  CHECK,
  SCORES,
  "separator",
  SETUP,
  PROTECT,
  PREPARE_SCORES,
];

/** Every item of the menu, submenus flattened, in menu order. */
export function menuItems(menu: readonly MenuEntry[] = MENU): MenuItem[] {
  return menu.flatMap((e) => (e === "separator" ? [] : "submenu" in e ? [...e.items] : [e]));
}
