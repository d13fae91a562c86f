import { displayValue } from "./cell-io";
import type { FakeRange } from "./fake-range";
import type { FakeSpreadsheet } from "./fake-spreadsheet";
import { AuthMode } from "./script-app";

export interface EditEventInit {
  value?: unknown;
  oldValue?: unknown;
  /** The editing user's email; default the sandbox user. */
  user?: string;
}

/** An onEdit event shaped like Apps Script's (simple trigger: LIMITED auth mode). */
export interface FakeEditEvent {
  authMode: string;
  range: FakeRange;
  source: FakeSpreadsheet;
  user: { getEmail(): string; getNickname(): string };
  value?: unknown;
  oldValue?: unknown;
  triggerUid: string;
}

/** Builds the event object Apps Script passes to `onEdit(e)` for an edit of `range`. */
export function editEvent(range: FakeRange, init: EditEventInit = {}): FakeEditEvent {
  const sheet = range._sheetRef;
  const env = sheet._env;
  const email = init.user ?? env.reportedEmail;
  const event: FakeEditEvent = {
    authMode: AuthMode.LIMITED,
    range,
    source: sheet.getParent(),
    user: { getEmail: () => email, getNickname: () => email.split("@")[0] ?? "" },
    triggerUid: `trigger-${env.nextId()}`,
  };
  // Apps Script omits value/oldValue when they do not apply (multi-cell edits, new cells).
  if (init.value !== undefined) event.value = init.value;
  if (init.oldValue !== undefined) event.oldValue = init.oldValue;
  return event;
}

/**
 * Simulates a user typing `input` into a one-cell `range` (not recorded, protections apply to
 * the sandbox user) and returns the matching onEdit event, with the previous display value as oldValue.
 */
export function typeInto(
  range: FakeRange,
  input: string,
  init: Omit<EditEventInit, "value" | "oldValue"> = {},
): FakeEditEvent {
  const sheet = range._sheetRef;
  const env = sheet._env;
  return env.calls.untracked(() => {
    const before = displayValue(env, sheet._grid.cell(range._rect.row, range._rect.column));
    range.setValue(input);
    return editEvent(range, { ...init, value: input, ...(before === "" ? {} : { oldValue: before }) });
  });
}
