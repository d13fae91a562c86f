import { confirm } from "../../adapter/services";
import { CLOSE_YEAR, PROPOSALS } from "../../core/menu/menu";
import { buildProposals, type ProposalsResult } from "../../core/use-cases/year-end/build-proposals";
import {
  closeEmulationYear as closeCase,
  closeQuestion,
  planClose,
} from "../../core/use-cases/year-end/close-year";
import { runMenuAction } from "../menu-action";
import { perform, performUnchecked } from "../perform";

/** Menu (admin): rebuild `BC Đề nghị khen thưởng` from this year's results. */
export function buildProposalList(): void {
  runMenuAction(PROPOSALS.caption, () => perform(PROPOSALS, buildProposals).message);
}

/** The proposal list without UI: its message and the document models (the offline tools render them). */
export function buildProposalList_(): ProposalsResult {
  return performUnchecked(buildProposals).result;
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
