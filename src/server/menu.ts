import { ui } from "../adapter/services";

export const MENU_TITLE = "Thi đua – Khen thưởng";

/** One menu item: the caption users see and the top-level function it runs. */
export interface MenuItem {
  readonly caption: string;
  readonly run: string;
}

/** The menu, as data: tests check every `run` is a top-level function of the bundle. */
export const MENU: readonly (MenuItem | "separator")[] = [
  { caption: "Đăng ký thi đua…", run: "openRegistrationSidebar" },
  { caption: "Kiểm tra dữ liệu", run: "checkData" },
  { caption: "Tính điểm và xếp hạng", run: "computeScores" },
  "separator",
  { caption: "Khởi tạo / cập nhật bảng tính", run: "setupWorkbook" },
  { caption: "Chuẩn bị bảng chấm điểm", run: "prepareScoreSheets" },
];

/** Simple trigger: adds the add-on's menu. */
export function onOpen(): void {
  const menu = ui().createMenu(MENU_TITLE);
  for (const item of MENU) {
    if (item === "separator") menu.addSeparator();
    else menu.addItem(item.caption, item.run);
  }
  menu.addToUi();
}

/** Installed as an add-on: show the menu at once. */
export function onInstall(): void {
  onOpen();
}
