import { FakeClockTriggerBuilder } from "./clock-trigger-builder";
import type { GasEnv } from "./env";
import { EventType, type FakeTrigger, type TriggerSink, TriggerSource } from "./trigger";

/** `newTrigger(h).forSpreadsheet(ss)`: recorded, never fired by the sandbox (use `editEvent`). */
export class FakeSpreadsheetTriggerBuilder {
  private eventType: string = EventType.ON_OPEN;

  constructor(
    private readonly handler: string,
    private readonly sourceId: string,
    private readonly sink: TriggerSink,
  ) {}

  onOpen(): this {
    this.eventType = EventType.ON_OPEN;
    return this;
  }
  onEdit(): this {
    this.eventType = EventType.ON_EDIT;
    return this;
  }
  onChange(): this {
    this.eventType = EventType.ON_CHANGE;
    return this;
  }
  onFormSubmit(): this {
    this.eventType = EventType.ON_FORM_SUBMIT;
    return this;
  }
  create(): FakeTrigger {
    const { handler, eventType, sourceId } = this;
    return this.sink({ handler, eventType, source: TriggerSource.SPREADSHEETS, sourceId });
  }
}

/** `ScriptApp.newTrigger(handler)`. Builder: not counted. */
export class FakeTriggerBuilder {
  constructor(
    private readonly env: GasEnv,
    private readonly handler: string,
    private readonly sink: TriggerSink,
  ) {}

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.env, this.handler, this.sink);
  }
  forSpreadsheet(sheet: string | { getId(): string }): FakeSpreadsheetTriggerBuilder {
    const id = typeof sheet === "string" ? sheet : sheet.getId();
    return new FakeSpreadsheetTriggerBuilder(this.handler, id, this.sink);
  }
}
