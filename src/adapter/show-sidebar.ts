import { ui } from "./services";

/** Opens a built page (`build/<file>.html`) as the sidebar, with its title. */
export function showSidebarFromFile(file: string, title: string): void {
  ui().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
}
