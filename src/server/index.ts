// The add-on's public entry points: every export here becomes a top-level
// function of build/Code.js (menus, triggers and google.script.run see only those;
// names ending in `_` are private to the server: the offline tools call them).

export { checkData, checkData_ } from "./actions/check";
export { createNextYearBook, createNextYearBook_ } from "./actions/next-year";
export { computeScores, prepareScoreSheets } from "./actions/scoring";
export { setupWorkbook } from "./actions/setup";
export { buildProposalList, buildProposalList_, closeEmulationYear } from "./actions/year-end";
export { onInstall, onOpen } from "./menu";
export * from "./sidebar";
export { onEdit } from "./triggers/on-edit";
