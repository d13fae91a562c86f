import { PREPARE_SCORES, SCORES } from "../../core/menu/menu";
import { computeScores as computeCase } from "../../core/use-cases/compute-scores";
import { prepareScoreSheets as prepareCase } from "../../core/use-cases/prepare-scores";
import { perform, runMenuAction } from "../perform";

/** Menu: total and rank every cluster, write the score tabs' statuses, rebuild the report and its charts. */
export function computeScores(): void {
  runMenuAction(SCORES.caption, () => perform(computeCase));
}

/** Menu (admin): create or complete the `Điểm Cụm N` tabs, one row per unit × criterion. */
export function prepareScoreSheets(): void {
  runMenuAction(PREPARE_SCORES.caption, () => perform(prepareCase).join("\n"));
}
