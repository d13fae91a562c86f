import type { GasEnv } from "./env";
import type { MenuArgs, UiArgs } from "./gas-types";

/** String-valued stand-ins of `ui.Button` and `ui.ButtonSet`. */
export const Button = { CLOSE: "CLOSE", OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" } as const;
export const ButtonSet = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;
export type ButtonValue = (typeof Button)[keyof typeof Button];

export type MenuEntry =
  | { type: "item"; caption: string; functionName: string }
  | { type: "separator" }
  | { type: "submenu"; caption: string; entries: MenuEntry[] };

export interface RecordedMenu {
  caption: string;
  addon: boolean;
  entries: MenuEntry[];
}

export interface RecordedDialog {
  kind: "sidebar" | "modal" | "modeless";
  title?: string;
  html: { getContent(): string; getTitle(): string };
}

/** `ui.createMenu()`. Menus are counted as "Menu.*". */
export class FakeMenu {
  readonly entries: MenuEntry[] = [];
  constructor(
    private readonly ui: FakeUi,
    readonly caption: string,
    private readonly addon: boolean,
  ) {}
  addItem(...[caption, functionName]: MenuArgs<"addItem">): this {
    this.entries.push({ type: "item", caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.entries.push({ type: "separator" });
    return this;
  }
  addSubMenu(...[menu]: MenuArgs<"addSubMenu">): this {
    const sub = menu as unknown as FakeMenu;
    this.entries.push({ type: "submenu", caption: sub.caption, entries: sub.entries });
    return this;
  }
  addToUi(): void {
    this.ui.menus.push({ caption: this.caption, addon: this.addon, entries: this.entries });
  }
}

/** `SpreadsheetApp.getUi()`: records menus, alerts, prompts and dialogs; answers are scripted. */
export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly menus: RecordedMenu[] = [];
  readonly alerts: { title?: string; prompt: string; buttons?: string }[] = [];
  readonly prompts: { title?: string; prompt: string; buttons?: string }[] = [];
  readonly dialogs: RecordedDialog[] = [];
  /** Queued answers to `alert` (default OK) and `prompt` (default OK with ''). */
  readonly alertAnswers: ButtonValue[] = [];
  readonly promptAnswers: { button: ButtonValue; text: string }[] = [];

  constructor(
    private readonly env: GasEnv,
    private readonly addonName = "Sổ thi đua",
  ) {}

  createMenu(...[caption]: UiArgs<"createMenu">): FakeMenu {
    return this.env.calls.track(new FakeMenu(this, caption, false), "Menu");
  }
  createAddonMenu(): FakeMenu {
    return this.env.calls.track(new FakeMenu(this, this.addonName, true), "Menu");
  }
  alert(...args: UiArgs<"alert">): ButtonValue {
    const [a, b, c] = args as unknown[];
    this.alerts.push(
      args.length === 3
        ? { title: String(a), prompt: String(b), buttons: String(c) }
        : { prompt: String(a), buttons: b === undefined ? undefined : String(b) },
    );
    return this.alertAnswers.shift() ?? Button.OK;
  }
  prompt(...args: UiArgs<"prompt">): { getResponseText(): string; getSelectedButton(): ButtonValue } {
    const [a, b, c] = args as unknown[];
    this.prompts.push(
      args.length === 3
        ? { title: String(a), prompt: String(b), buttons: String(c) }
        : { prompt: String(a), buttons: b === undefined ? undefined : String(b) },
    );
    const answer = this.promptAnswers.shift() ?? { button: Button.OK, text: "" };
    return { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
  }
  showSidebar(...[userInterface]: UiArgs<"showSidebar">): void {
    this.dialogs.push({ kind: "sidebar", html: userInterface as unknown as RecordedDialog["html"] });
  }
  showModalDialog(...[userInterface, title]: UiArgs<"showModalDialog">): void {
    this.dialogs.push({ kind: "modal", title, html: userInterface as unknown as RecordedDialog["html"] });
  }
  showModelessDialog(...[userInterface, title]: UiArgs<"showModelessDialog">): void {
    this.dialogs.push({ kind: "modeless", title, html: userInterface as unknown as RecordedDialog["html"] });
  }
}
