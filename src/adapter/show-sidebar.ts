import { ui } from "./services";

/** Opens a built page (`build/<file>.html`) as the sidebar, with its title. */
export function showSidebarFromFile(file: string, title: string): void {
  ui().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
}

/** Opens a modal dialog holding `html` (a page built and escaped by the core). */
export function showHtmlDialog(html: string, title: string, width = 480, height = 280): void {
  ui().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height), title);
}
