/** A calendar date without a time of day or a zone (the plan's dates). */
export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

export const civilDate = (day: number, month: number, year: number): CivilDate => ({ year, month, day });
