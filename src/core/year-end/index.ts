/**
 * The year-end core: reading `Lịch sử khen thưởng`, KT01–KT09 in one evaluation, the
 * proposal list built from it, what closing the year writes to the history, and the
 * edits that make next year's workbook. All pure: adapters read and write the sheets.
 */

export { checkYearEnd, type YearEndEvaluation } from "./check-year-end";
export { closeYear, type HistoryValues } from "./close-year";
export { type HistoryEntry, readHistory } from "./history";
export {
  nextYear,
  type TabEdits,
} from "./next-year";
export { readResult } from "./outcome";
export {
  type LevelGroup,
  type ProposalList,
  proposalList,
} from "./proposals";

export { tallyText, tallyYearEnd } from "./tally";
