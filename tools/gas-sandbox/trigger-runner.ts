import type { GasEnv } from "./env";
import { AuthMode, type FakeTrigger } from "./trigger";
import { clockEventFields, nextDue } from "./trigger-schedule";

/** One run of a time-driven trigger, as recorded by `runTriggers`. */
export interface FiredTrigger {
  handler: string;
  triggerUid: string;
  /** The due time it ran for. */
  at: Date;
  /** Who it ran as: the trigger's creator. */
  user: string;
  /** `String(error)` when the handler threw (Apps Script logs it and mails the owner). */
  error?: string;
}

/** Calls a top-level function by name (the sandbox's `call`). */
export type CallFunction = (name: string, ...args: unknown[]) => unknown;

/** A guard against a schedule that would fire without end (e.g. every minute for years). */
const MAX_RUNS = 10_000;

/**
 * Fires every time-driven trigger due at or before `until`, earliest first, each due time once.
 * The clock is moved to each due time (never back) and left at `until`; the handler runs as the
 * trigger's creator with Apps Script's time-driven event object; a throw is recorded, not raised.
 */
export function runDueTriggers(
  env: GasEnv,
  triggers: () => readonly FakeTrigger[],
  until: number,
  call: CallFunction,
): FiredTrigger[] {
  const fired: FiredTrigger[] = [];
  for (;;) {
    const due = triggers()
      .filter((t) => t._next !== null && t._next <= until)
      .sort((a, b) => (a._next ?? 0) - (b._next ?? 0))[0];
    if (!due || due._next === null) break;
    if (fired.length >= MAX_RUNS)
      throw new Error(`runTriggers: more than ${MAX_RUNS} runs before ${new Date(until).toISOString()}`);
    const at = due._next;
    due._next = due._schedule ? nextDue(due._schedule, at) : null;
    if (at > env.clock.now()) env.clock.set(at);
    const event = Object.assign(new env.realm.Object(), {
      authMode: AuthMode.FULL,
      triggerUid: due._uid,
      ...clockEventFields(at),
    });
    const run: FiredTrigger = {
      handler: due._handler,
      triggerUid: due._uid,
      at: new Date(at),
      user: due._owner.user,
    };
    const saved = { user: env.user, reportedEmail: env.reportedEmail };
    env.user = due._owner.user;
    env.reportedEmail = due._owner.reportedEmail;
    try {
      call(due._handler, event);
    } catch (e) {
      run.error = String(e);
    } finally {
      env.user = saved.user;
      env.reportedEmail = saved.reportedEmail;
    }
    fired.push(run);
  }
  if (until > env.clock.now()) env.clock.set(until);
  return fired;
}
