import { SUBJECT } from "../contract/workbook";
import type { At } from "../findings/make";
import type { Subject } from "../plan/types";
import type { Registration } from "../rules/registrations/registration";
import { nameKey } from "../text/name-key";
import { excerpt, quote } from "../text/quote";

/**
 * The key of a subject across this year's rows and past years' history: a unit's
 * collective, or a person identified by `nameKey(Họ và tên)` within the unit
 * (`nameKey` of the unit name), as the registration checks compare them.
 */
export const subjectKey = (unitKey: string, subject: Subject | undefined, personKey: string): string =>
  subject === SUBJECT.collective ? `${unitKey}|${subject}|` : `${unitKey}|${subject}|${personKey}`;

/** The unit key of a registration: its unit's key, else the key of the name as written. */
export const unitKeyOf = (r: Registration): string => r.unit?.key ?? nameKey(r.unitName);

export const subjectOf = (r: Registration): string => subjectKey(unitKeyOf(r), r.subject, r.personKey);

/** The unit as `Đơn vị` spells it, else as the row wrote it. */
export const unitNameOf = (r: Registration): string => r.unit?.name ?? r.unitName;

/** "Cá nhân 'Trần Thị Hoa' (UBND phường Lê Lợi)" or "Tập thể 'UBND phường Lê Lợi'", for messages. */
export const who = (r: Registration): string =>
  r.subject === SUBJECT.individual || (r.subject === undefined && r.person)
    ? `Cá nhân ${quote(r.person)} (${excerpt(unitNameOf(r))})`
    : `Tập thể ${quote(unitNameOf(r))}`;

/** Where a finding on this registration goes: its row, the given column, the unit as in `Đơn vị`. */
export const at = (r: Registration, column: string): At => ({
  sheet: r.sheet,
  row: r.row,
  column,
  unit: unitNameOf(r),
});
