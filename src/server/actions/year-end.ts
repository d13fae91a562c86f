import { PROPOSALS } from "../../core/menu/menu";
import { buildProposals, type ProposalsResult } from "../../core/use-cases/year-end/build-proposals";
import { perform, runMenuAction } from "../perform";

/** Menu (admin): rebuild `BC Đề nghị khen thưởng` from this year's results. */
export function buildProposalList(): void {
  runMenuAction(PROPOSALS.caption, () => buildProposalList_().message);
}

/** The proposal list without UI: its message and the document models (the offline tools render them). */
export function buildProposalList_(): ProposalsResult {
  return perform(buildProposals);
}
