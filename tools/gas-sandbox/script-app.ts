import { ChartType } from "./charts";
import { type GasEnv, gasError } from "./env";
import type { ScriptAppArgs } from "./gas-types";
import { AuthMode, EventType, FakeTrigger, type TriggerSink, TriggerSource, WeekDay } from "./trigger";
import { FakeTriggerBuilder } from "./trigger-builders";
import { type CallFunction, type FiredTrigger, runDueTriggers } from "./trigger-runner";
import { firstDue } from "./trigger-schedule";

export { AuthMode } from "./trigger";

/** Apps Script allows 20 triggers per user per script. */
export const MAX_TRIGGERS_PER_USER = 20;

/** Test-only methods of FakeScriptApp: not recorded in the call log. */
export const SCRIPT_APP_CONTROLS = ["runTriggers"];

/**
 * `ScriptApp`: the OAuth token, enums and installable triggers. Counted as "ScriptApp.*".
 * Triggers belong to the user who created them (`env.user`) and run as that user.
 */
export class FakeScriptApp {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  /** Every user's triggers, in creation order (including one-time triggers that have run). */
  readonly triggers: FakeTrigger[] = [];
  /** Every run of a time-driven trigger so far. */
  readonly fired: FiredTrigger[] = [];

  constructor(private readonly env: GasEnv) {}

  getOAuthToken(): string {
    return `fake-oauth-token-for-${this.env.user}`;
  }
  getScriptId(): string {
    return "fake-script-id";
  }

  private readonly _sink: TriggerSink = (init) => {
    const env = this.env;
    if (this.triggers.filter((t) => t._owner.user === env.user).length >= MAX_TRIGGERS_PER_USER) {
      throw gasError(
        env,
        "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
      );
    }
    const owner = { user: env.user, reportedEmail: env.reportedEmail };
    const next = init.schedule ? firstDue(init.schedule, env.clock.now()) : null;
    const uid = String(7_000_000_000 + env.nextId());
    const { handler, eventType, source, sourceId, schedule } = init;
    const trigger = new FakeTrigger(uid, handler, eventType, source, sourceId, owner, schedule, next);
    const tracked = env.calls.track(trigger, "Trigger");
    this.triggers.push(tracked);
    return tracked;
  };

  newTrigger(...[functionName]: ScriptAppArgs<"newTrigger">): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this.env, functionName, this._sink);
  }
  /** The current user's triggers of this project. */
  getProjectTriggers(): FakeTrigger[] {
    return this.env.realm.Array.from(this.triggers.filter((t) => t._owner.user === this.env.user));
  }
  getUserTriggers(...[container]: ScriptAppArgs<"getUserTriggers">): FakeTrigger[] {
    const id = (container as { getId(): string }).getId();
    return this.getProjectTriggers().filter((t) => t._sourceId === id);
  }
  deleteTrigger(...[trigger]: ScriptAppArgs<"deleteTrigger">): void {
    const uid = trigger.getUniqueId();
    const i = this.triggers.findIndex((t) => t._uid === uid);
    if (i >= 0) this.triggers.splice(i, 1);
  }

  /** Test control: fires the time-driven triggers due until `until` (see `runDueTriggers`). */
  runTriggers(until: Date | number, call: CallFunction): FiredTrigger[] {
    const ms = typeof until === "number" ? until : until.getTime();
    const fired = runDueTriggers(this.env, () => this.triggers, ms, call);
    this.fired.push(...fired);
    return fired;
  }
}

/** `Charts`: only the `ChartType` enum (charts are built through `sheet.newChart()`). */
export class FakeCharts {
  readonly ChartType = ChartType;
}

/** Minimal `Browser`: `msgBox` records like `ui.alert` and answers "ok". Counted as "Browser.*". */
export class FakeBrowser {
  readonly Buttons = { OK: "ok", OK_CANCEL: "ok_cancel", YES_NO: "yes_no", YES_NO_CANCEL: "yes_no_cancel" };
  readonly messages: string[] = [];
  msgBox(...args: unknown[]): string {
    this.messages.push(args.map(String).join(" | "));
    return "ok";
  }
}
