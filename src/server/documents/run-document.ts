import { readTabs } from "../../adapter/read-snapshot";
import { ui } from "../../adapter/services";
import { showHtmlDialog } from "../../adapter/show-sidebar";
import type { Guarded } from "../../core/access/policy";
import { PLAN_TABS } from "../../core/contract/workbook";
import { type DocumentOptions, documentKind } from "../../core/documents/catalogue";
import { documentDialogHtml } from "../../core/documents/dialog-html";
import { Refusal, unexpectedMessage } from "../../core/use-cases/action";
import { documentLevels, makeDocument, pickLevel } from "../../core/use-cases/make-document";
import { perform, performApplied } from "../perform";

/**
 * A `Báo cáo` menu item: makes document `id` (options asked first; null = cancelled), then
 * shows the dialog with the links to its Google Doc and PDF. A refusal or a fault is an alert.
 */
export function runDocument(item: Guarded, id: string, ask: () => DocumentOptions | null = () => ({})): void {
  try {
    const kind = documentKind(id);
    if (!kind) throw new Error(`unknown document ${id}`);
    const options = ask();
    if (options === null) return;
    const { result, applied } = performApplied(item, makeDocument(kind, options));
    const files = applied.documents[0];
    if (!files) throw new Error("no document was created");
    showHtmlDialog(documentDialogHtml({ ...files, name: result.name, sheet: result.sheet }), item.caption);
  } catch (e) {
    ui().alert(item.caption, e instanceof Refusal ? e.message : unexpectedMessage(e), ui().ButtonSet.OK);
  }
}

/** Asks which `Cấp quyết định` the list is for, among those of `Danh hiệu`; null when cancelled. */
export function askLevel(item: Guarded): DocumentOptions | null {
  const levels = perform(item, documentLevels, (ss, zone) => ({ snapshot: readTabs(ss, PLAN_TABS, zone) }));
  const caption = item.caption;
  const choices = levels.map((l, i) => `${i + 1}. ${l}`).join("\n");
  const answer = ui().prompt(
    caption,
    `Lập danh sách cho cấp quyết định nào? Nhập số thứ tự hoặc tên:\n${choices}`,
    ui().ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui().Button.OK) return null;
  return { level: pickLevel(levels, answer.getResponseText()) };
}
