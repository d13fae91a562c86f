import { ChartType } from "./charts";
import type { GasEnv } from "./env";

export const AuthMode = {
  NONE: "NONE",
  CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
  LIMITED: "LIMITED",
  FULL: "FULL",
} as const;

/** Minimal `ScriptApp`: `getOAuthToken`, `AuthMode`. Counted as "ScriptApp.*". */
export class FakeScriptApp {
  readonly AuthMode = AuthMode;
  constructor(private readonly env: GasEnv) {}
  getOAuthToken(): string {
    return `fake-oauth-token-for-${this.env.user}`;
  }
  getScriptId(): string {
    return "fake-script-id";
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
