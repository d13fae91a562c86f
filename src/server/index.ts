// The add-on's public entry points: every export here becomes a top-level
// function of build/Code.js (menus, triggers and google.script.run see only those).

export { checkData } from "./actions/check";
export { computeScores } from "./actions/scoring-compute";
export { prepareScoreSheets } from "./actions/scoring-prepare";
export { setupWorkbook } from "./actions/setup";
export { onInstall, onOpen } from "./menu";
export * from "./sidebar";
export { onEdit } from "./triggers/on-edit";
