// The sidebar's public functions: the menu action and what google.script.run calls.
import { showSidebarFromFile } from "../../adapter/show-sidebar";
import { REGISTER } from "../../core/menu/menu";
import {
  resultSchema,
  submissionSchema,
  unitRefSchema,
  updateSchema,
  withdrawSchema,
} from "../../core/registration-form/schema";
import type { Failure, UnitRowsResult, WriteResult } from "../../core/registration-form/types";
import { unitRegistrations } from "../../core/use-cases/registration/context";
import { recordResult as recordCase } from "../../core/use-cases/registration/record-result";
import { submitRegistrations as submitCase } from "../../core/use-cases/registration/submit";
import { updateRegistration as updateCase } from "../../core/use-cases/registration/update";
import { withdrawRegistration as withdrawCase } from "../../core/use-cases/registration/withdraw";
import { callerMay } from "../menu-action";
import { sidebarCall } from "./sidebar-call";

export { getRegistrationContext } from "./context";

/**
 * Menu (admin, or a cluster head): opens the registration form (build/register.html) in the
 * sidebar; anyone else gets the refusal in an alert, and no form.
 */
export function openRegistrationSidebar(): void {
  if (callerMay(REGISTER)) showSidebarFromFile("register", REGISTER.caption.replace(/…$/, ""));
}

/** google.script.run: a unit's collective title and individuals, written in one batch or not at all. */
export const submitRegistrations = (payload: unknown): WriteResult =>
  sidebarCall(submissionSchema, payload, submitCase);

/** google.script.run: corrects one row in place, after checking it still holds what the user saw. */
export const updateRegistration = (payload: unknown): WriteResult =>
  sidebarCall(updateSchema, payload, updateCase);

/** google.script.run: withdraws one row (its data cleared, the old values logged), after confirmation. */
export const withdrawRegistration = (payload: unknown): WriteResult =>
  sidebarCall(withdrawSchema, payload, withdrawCase);

/** google.script.run: a row's year-end result, checked against the whole workbook (under the lock). */
export const recordResult = (payload: unknown): WriteResult =>
  sidebarCall(
    resultSchema,
    payload,
    (scope, input, workbook) => recordCase(scope, input, workbook ?? { grids: [] }),
    true,
  );

/** google.script.run: one unit's rows with their status, when the user picks the unit. */
export const getUnitRegistrations = (payload: unknown): UnitRowsResult | Failure =>
  sidebarCall(unitRefSchema, payload, (scope, input) => ({
    result: unitRegistrations(scope, scope.grid, input.unit),
    writes: [],
  }));
