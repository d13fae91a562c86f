import type { GasEnv } from "./env";
import type { ClockBuilderArgs } from "./gas-types";
import { zonedFields, zonedMidnight } from "./time-zone";
import { EventType, type FakeTrigger, type TriggerSink, TriggerSource, WeekDay } from "./trigger";
import type { ClockTime, Schedule } from "./trigger-schedule";

/** `newTrigger(h).timeBased()`. Builder: not counted. Runs exactly at the time (Google: ±15 min). */
export class FakeClockTriggerBuilder {
  private kind: Schedule["kind"] | undefined;
  private every = 1;
  private once: ((timeZone: string) => number) | undefined;
  private readonly time: Partial<Omit<ClockTime, "kind" | "every">> = {};

  constructor(
    private readonly env: GasEnv,
    private readonly handler: string,
    private readonly sink: TriggerSink,
  ) {}

  private recur(kind: Schedule["kind"], n: number): this {
    this.kind = kind;
    this.every = n;
    return this;
  }
  everyMinutes(...[n]: ClockBuilderArgs<"everyMinutes">): this {
    return this.recur("minutes", n);
  }
  everyHours(...[n]: ClockBuilderArgs<"everyHours">): this {
    return this.recur("hours", n);
  }
  everyDays(...[n]: ClockBuilderArgs<"everyDays">): this {
    return this.recur("days", n);
  }
  everyWeeks(...[n]: ClockBuilderArgs<"everyWeeks">): this {
    return this.recur("weeks", n);
  }
  onMonthDay(...[day]: ClockBuilderArgs<"onMonthDay">): this {
    this.time.day = day;
    return this.recur("months", 1);
  }
  onWeekDay(...[day]: ClockBuilderArgs<"onWeekDay">): this {
    this.time.day = Object.keys(WeekDay).indexOf(String(day));
    return this;
  }
  atHour(...[hour]: ClockBuilderArgs<"atHour">): this {
    this.time.hour = hour;
    return this;
  }
  nearMinute(...[minute]: ClockBuilderArgs<"nearMinute">): this {
    this.time.minute = minute;
    return this;
  }
  inTimezone(...[timezone]: ClockBuilderArgs<"inTimezone">): this {
    this.time.timeZone = timezone;
    return this;
  }
  at(...[date]: ClockBuilderArgs<"at">): this {
    const ms = (date as Date).getTime();
    this.kind = "once";
    this.once = () => ms;
    return this;
  }
  after(...[durationMilliseconds]: ClockBuilderArgs<"after">): this {
    const ms = this.env.clock.now() + durationMilliseconds;
    this.kind = "once";
    this.once = () => ms;
    return this;
  }
  atDate(...[year, month, day]: ClockBuilderArgs<"atDate">): this {
    this.kind = "once";
    this.once = (timeZone) => zonedMidnight(year, month, day, timeZone);
    return this;
  }
  create(): FakeTrigger {
    const now = this.env.clock.now();
    const timeZone = this.time.timeZone ?? this.env.scriptTimeZone;
    // Unset hour, minute or weekday default to the creation time's (Google picks them itself).
    const f = zonedFields(now, timeZone);
    const kind = this.kind ?? "days";
    const schedule: Schedule =
      kind === "once"
        ? { kind, at: this.once ? this.once(timeZone) : now }
        : kind === "minutes" || kind === "hours"
          ? { kind, every: this.every }
          : {
              kind,
              every: this.every,
              timeZone,
              hour: this.time.hour ?? f.hour,
              minute: this.time.minute ?? (this.time.hour === undefined ? f.minute : 0),
              day: this.time.day ?? (kind === "months" ? f.day : f.weekday),
            };
    const init = { handler: this.handler, eventType: EventType.CLOCK, source: TriggerSource.CLOCK };
    return this.sink({ ...init, sourceId: null, schedule });
  }
}
