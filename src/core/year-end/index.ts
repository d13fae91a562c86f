/**
 * The year-end core: reading `Lịch sử khen thưởng`, KT01–KT09 in one evaluation, the
 * proposal list built from it, what closing the year writes to the history, and the
 * edits that make next year's workbook. All pure: adapters read and write the sheets.
 */

export { checkYearEnd, type Verdict, type YearEndEvaluation, type YearEndInput } from "./check-year-end";
export { type CloseYear, closeYear, type HistoryValues } from "./close-year";
export { dateOrText, type HistoryEntry, readHistory } from "./history";
export {
  type CellEdit,
  type ColumnClear,
  type NextYear,
  nextYear,
  type RowRange,
  type TabEdits,
} from "./next-year";
export { type Outcome, outcomeOf, type ResultReading, readResult } from "./outcome";
export {
  type CompareNames,
  type LevelGroup,
  type ProposalList,
  proposalList,
  simpleCompare,
  type TitleGroup,
  type UnitGroup,
} from "./proposals";
export { roundShare } from "./share";
export { tallyText, tallyYearEnd, type YearEndTally } from "./tally";
