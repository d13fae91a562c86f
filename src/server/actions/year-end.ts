import { confirm } from "../../adapter/services";
import { CLOSE_YEAR, PROPOSALS } from "../../core/menu/menu";
import { buildProposals, type ProposalsResult } from "../../core/use-cases/year-end/build-proposals";
import {
  closeEmulationYear as closeCase,
  closeQuestion,
  planClose,
} from "../../core/use-cases/year-end/close-year";
import { perform, runMenuAction } from "../perform";

/** Menu (admin): rebuild `BC Đề nghị khen thưởng` from this year's results. */
export function buildProposalList(): void {
  runMenuAction(PROPOSALS.caption, () => buildProposalList_().message);
}

/** The proposal list without UI: its message and the document models (the offline tools render them). */
export function buildProposalList_(): ProposalsResult {
  return perform(buildProposals);
}

/**
 * Menu (admin): record the year's results in `Lịch sử khen thưởng`, after saying what will be
 * written and which rows are left out (those still without `Kết quả bình xét`).
 */
export function closeEmulationYear(): void {
  runMenuAction(CLOSE_YEAR.caption, () => {
    const question = closeQuestion(perform((input) => ({ result: planClose(input), writes: [] })));
    if (question !== null && !confirm(CLOSE_YEAR.caption, question))
      return `Đã hủy: chưa ghi gì vào trang 'Lịch sử khen thưởng'.`;
    return perform(closeCase);
  });
}
