import { PREPARE_SCORES, SCORES } from "../../core/menu/menu";
import { computeScores as computeCase } from "../../core/use-cases/compute-scores";
import { prepareScoreSheets as prepareCase } from "../../core/use-cases/prepare-scores";
import { runMenuAction } from "../menu-action";
import { perform } from "../perform";

/** Menu (admin): total and rank every cluster, write the score tabs' statuses, rebuild the report and its charts. */
export function computeScores(): void {
  runMenuAction(SCORES.caption, () => perform(SCORES, computeCase));
}

/** Menu (admin): create or complete the `Điểm Cụm N` tabs, one row per unit × criterion. */
export function prepareScoreSheets(): void {
  runMenuAction(PREPARE_SCORES.caption, () => perform(PREPARE_SCORES, prepareCase).join("\n"));
}
