import { ui } from "../adapter/services";
import { MENU_LABELS } from "../core/template/guide";

export const MENU_TITLE = MENU_LABELS.menu;

/** One menu item: the caption users see and the top-level function it runs. */
export interface MenuItem {
  readonly caption: string;
  readonly run: string;
}

/** The menu, as data: tests check every `run` is a top-level function of the bundle. */
export const MENU: readonly (MenuItem | "separator")[] = [
  { caption: MENU_LABELS.register, run: "openRegistrationSidebar" },
  { caption: MENU_LABELS.check, run: "checkData" },
  { caption: MENU_LABELS.scores, run: "computeScores" },
  "separator",
  { caption: MENU_LABELS.setup, run: "setupWorkbook" },
  { caption: MENU_LABELS.prepareScores, run: "prepareScoreSheets" },
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
