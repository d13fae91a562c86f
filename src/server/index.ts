// The add-on's public entry points: every export here becomes a top-level
// function of build/Code.js (menus, triggers and google.script.run see only those;
// names ending in `_` are private to the server: the offline tools call them).
// Each public function checks its caller first, by the access policy of src/core/access:
// a menu item through `perform` (or `callerMay`), a form function through `sidebarCall`;
// a new one is a menu item with its `who`, or is listed in SIDEBAR_FUNCTIONS (a test holds
// every export to that).

export { checkData, checkData_, checkFindings_ } from "./actions/check";
export {
  reportDocuments_,
  reportDossier,
  reportExcludedUnits,
  reportRegistrationList,
  reportRegistrationListByLevel,
  reportSummary,
  reportTimeline,
} from "./actions/documents";
export { createNextYearBook, createNextYearBook_ } from "./actions/next-year";
export { protectWorkbook } from "./actions/protect";
export { turnOffReminders, turnOnReminders } from "./actions/reminders";
export { computeScores, prepareScoreSheets } from "./actions/scoring";
export { setupWorkbook } from "./actions/setup";
export { buildProposalList, buildProposalList_, closeEmulationYear } from "./actions/year-end";
export { onInstall, onOpen } from "./menu";
export * from "./sidebar";
export { onEdit } from "./triggers/on-edit";
export { sendReminders } from "./triggers/send-reminders";
