import type { Schedule } from "./trigger-schedule";

export const AuthMode = {
  NONE: "NONE",
  CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
  LIMITED: "LIMITED",
  FULL: "FULL",
} as const;
export const EventType = {
  CLOCK: "CLOCK",
  ON_OPEN: "ON_OPEN",
  ON_EDIT: "ON_EDIT",
  ON_FORM_SUBMIT: "ON_FORM_SUBMIT",
  ON_CHANGE: "ON_CHANGE",
  ON_EVENT_UPDATED: "ON_EVENT_UPDATED",
} as const;
export const TriggerSource = {
  SPREADSHEETS: "SPREADSHEETS",
  CLOCK: "CLOCK",
  FORMS: "FORMS",
  DOCUMENTS: "DOCUMENTS",
  CALENDAR: "CALENDAR",
} as const;
export const WeekDay = {
  SUNDAY: "SUNDAY",
  MONDAY: "MONDAY",
  TUESDAY: "TUESDAY",
  WEDNESDAY: "WEDNESDAY",
  THURSDAY: "THURSDAY",
  FRIDAY: "FRIDAY",
  SATURDAY: "SATURDAY",
} as const;

/** Who created a trigger: it runs as them. */
export interface TriggerOwner {
  user: string;
  reportedEmail: string;
}

/** An installable trigger. Counted as "Trigger.*". `_next` is its next due instant (null: done). */
export class FakeTrigger {
  constructor(
    readonly _uid: string,
    readonly _handler: string,
    readonly _eventType: string,
    readonly _source: string,
    readonly _sourceId: string | null,
    readonly _owner: TriggerOwner,
    readonly _schedule: Schedule | undefined,
    public _next: number | null,
  ) {}

  getHandlerFunction(): string {
    return this._handler;
  }
  getEventType(): string {
    return this._eventType;
  }
  getTriggerSource(): string {
    return this._source;
  }
  getTriggerSourceId(): string | null {
    return this._sourceId;
  }
  getUniqueId(): string {
    return this._uid;
  }
}

/** Where a finished builder hands its trigger (the ScriptApp fake). */
export type TriggerSink = (init: {
  handler: string;
  eventType: string;
  source: string;
  sourceId: string | null;
  schedule?: Schedule;
}) => FakeTrigger;
