import { confirm, ui } from "../../adapter/services";
import { showHtmlDialog } from "../../adapter/show-sidebar";
import { documentsDialogHtml } from "../../core/documents/dialog-html";
import { CLOSE_YEAR, PROPOSALS } from "../../core/menu/menu";
import { buildProposals, type ProposalsResult } from "../../core/use-cases/year-end/build-proposals";
import {
  closeEmulationYear as closeCase,
  closeQuestion,
  planClose,
} from "../../core/use-cases/year-end/close-year";
import { failureMessage, runMenuAction } from "../menu-action";
import { perform, performApplied, performUnchecked } from "../perform";

/**
 * Menu (admin): rebuild `BC Đề nghị khen thưởng` from this year's results and make its
 * documents; a dialog links to each Google Doc and PDF (a refusal or a fault is an alert).
 */
export function buildProposalList(): void {
  try {
    const { result, applied } = performApplied(PROPOSALS, buildProposals);
    const html = documentsDialogHtml(result.message, applied.documents, result.sheet);
    showHtmlDialog(html, PROPOSALS.caption, 560, 420);
  } catch (e) {
    ui().alert(PROPOSALS.caption, failureMessage(e), ui().ButtonSet.OK);
  }
}

/** The proposal list without UI and without writing: its message and the document models (the offline tools render them). */
export function buildProposalList_(): ProposalsResult {
  return performUnchecked((input) => ({ result: buildProposals(input).result, writes: [] })).result;
}

/**
 * Menu (admin): record the year's results in `Lịch sử khen thưởng`, after saying what will be
 * written and which rows are left out (those still without `Kết quả bình xét`).
 */
export function closeEmulationYear(): void {
  runMenuAction(CLOSE_YEAR.caption, () => {
    const question = closeQuestion(
      perform(CLOSE_YEAR, (input) => ({ result: planClose(input), writes: [] })),
    );
    if (question !== null && !confirm(CLOSE_YEAR.caption, question))
      return `Đã hủy: chưa ghi gì vào trang 'Lịch sử khen thưởng'.`;
    return perform(CLOSE_YEAR, closeCase);
  });
}
