import type { MenuEntry, RecordedMenu } from "../gas-sandbox/ui";

/** Every function name a menu item of the recorded menus runs (the only ones the page may call). */
export function menuFunctions(menus: readonly RecordedMenu[]): Set<string> {
  const names = new Set<string>();
  const visit = (entries: readonly MenuEntry[]) => {
    for (const entry of entries) {
      if (entry.type === "item") names.add(entry.functionName);
      else if (entry.type === "submenu") visit(entry.entries);
    }
  };
  for (const menu of menus) visit(menu.entries);
  return names;
}
