import { ui } from "../adapter/services";
import { MENU, MENU_TITLE } from "../core/menu/menu";

/** Simple trigger: adds the add-on's menu, rendered from the menu's data. */
export function onOpen(): void {
  const menu = ui().createMenu(MENU_TITLE);
  for (const entry of MENU) {
    if (entry === "separator") menu.addSeparator();
    else if ("submenu" in entry) {
      const sub = ui().createMenu(entry.submenu);
      for (const item of entry.items) sub.addItem(item.caption, item.run);
      menu.addSubMenu(sub);
    } else menu.addItem(entry.caption, entry.run);
  }
  menu.addToUi();
}

/** Installed as an add-on: show the menu at once. */
export function onInstall(): void {
  onOpen();
}
