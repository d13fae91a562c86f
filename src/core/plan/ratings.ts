import { RATINGS } from "../contract/workbook";
import { nameKey } from "../text/name-key";
import type { RatingAbbr } from "./types";

const BY_KEY = new Map<string, RatingAbbr>();
for (const r of RATINGS) {
  BY_KEY.set(nameKey(r.name), r.abbreviation);
  BY_KEY.set(nameKey(r.abbreviation), r.abbreviation);
}

/** The abbreviation of a `Xếp loại` value written in full or abbreviated; undefined for anything else. */
export function ratingOf(s: string): RatingAbbr | undefined {
  return BY_KEY.get(nameKey(s));
}

/** The full name of a rating, for messages and the history rows. */
export function ratingName(abbr: RatingAbbr): string {
  return RATINGS.find((r) => r.abbreviation === abbr)?.name ?? abbr;
}

/** The allowed `Xếp loại` values, for messages: "Hoàn thành xuất sắc nhiệm vụ (HTXSNV), …". */
export const RATING_CHOICES = RATINGS.map((r) => `'${r.name}' (${r.abbreviation})`).join(", ");
