import vm from "node:vm";
import { editEvent, type Sandbox, typeInto } from "../gas-sandbox";
import type { RecordedMenu } from "../gas-sandbox/ui";
import { illegalValueMessage, illegalValuePath } from "./script-values";
import { listTabs, type SheetView, sheetView, type TabInfo } from "./sheet-view";
import { type UiEvents, UiWatcher } from "./ui-events";

/** The outcome of one action of the page: what the add-on showed, and a failure if any. */
export interface ActionResult {
  ok: boolean;
  /** What the action threw: `name` is "Exception" for Apps Script service errors. */
  error?: { name: string; message: string };
  ui: UiEvents;
}

export type RunResult = ActionResult & { value?: unknown };

/**
 * The workbook open in the preview and the built add-on running on it. Every method is one
 * action of the user; `onChange` runs after each one that changed what the file keeps (the
 * sandbox's change counter moved): opening a sidebar or reading a tab saves nothing.
 */
export class PreviewSession {
  readonly watcher: UiWatcher;

  constructor(
    readonly sandbox: Sandbox,
    private readonly onChange: () => void = () => {},
  ) {
    this.watcher = new UiWatcher(sandbox);
    if (sandbox.has("onOpen")) this.act(() => sandbox.call("onOpen"));
  }

  get spreadsheet() {
    return this.sandbox.services.spreadsheet;
  }

  menus(): RecordedMenu[] {
    return this.sandbox.services.ui.menus;
  }

  tabs(): TabInfo[] {
    return listTabs(this.spreadsheet);
  }

  sheet(name: string): SheetView | null {
    const sheet = this.spreadsheet.getSheetByName(name);
    return sheet ? sheetView(sheet) : null;
  }

  /** A menu item: runs the top-level function it names, as Sheets does. */
  runMenu(functionName: string): ActionResult {
    return this.act(() => this.sandbox.call(functionName));
  }

  /** Typing `text` into one cell, then the simple trigger with a real event. */
  type(sheetName: string, row: number, column: number, text: string): ActionResult {
    return this.act(() => {
      const range = this.sheetOrThrow(sheetName).getRange(row, column);
      const event = typeInto(range, text);
      if (this.sandbox.has("onEdit")) this.sandbox.call("onEdit", event);
    });
  }

  /** Pasting a block of text (rows of cells) at a cell: one multi-cell edit, one event. */
  paste(sheetName: string, row: number, column: number, block: string[][]): ActionResult {
    return this.act(() => {
      const sheet = this.sheetOrThrow(sheetName);
      const width = Math.max(1, ...block.map((r) => r.length));
      const rows = block.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
      const range = this.sandbox.services.calls.untracked(() => {
        const missing = row + rows.length - 1 - sheet.getMaxRows();
        if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
        const target = sheet.getRange(row, column, rows.length, width);
        target.setValues(rows);
        return target;
      });
      if (this.sandbox.has("onEdit")) this.sandbox.call("onEdit", editEvent(range));
    });
  }

  /** `google.script.run.<name>(...args)` from a sidebar or dialog. `argsJson` is a JSON array. */
  run(name: string, argsJson: string): RunResult {
    let value: unknown;
    const result = this.act(() => {
      if (name.endsWith("_") || !this.sandbox.has(name)) {
        throw new Error(`Script function not found: ${name}`);
      }
      // Arguments arrive as values of the script's own realm, as in Apps Script.
      const args = vm.runInContext("JSON.parse", this.sandbox.context)(argsJson) as unknown[];
      value = this.sandbox.call(name, ...args);
      const bad = illegalValuePath(value);
      if (bad !== null) throw new Error(illegalValueMessage(bad));
    });
    return result.ok ? { ...result, value } : result;
  }

  private sheetOrThrow(name: string) {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`Sheet not found: ${name}`);
    return sheet;
  }

  private act(fn: () => void): ActionResult {
    const changes = this.sandbox.services.env.changes;
    const before = changes.count;
    try {
      fn();
      return { ok: true, ui: this.watcher.take() };
    } catch (e) {
      return { ok: false, error: describe(e), ui: this.watcher.take() };
    } finally {
      // A failed action may have written part of its work, as in Apps Script: that is saved too.
      if (changes.count !== before) this.onChange();
    }
  }
}

function describe(e: unknown): { name: string; message: string } {
  if (e && typeof e === "object" && "message" in e) {
    const error = e as Error;
    return { name: String(error.name ?? "Error"), message: String(error.message) };
  }
  return { name: "Error", message: String(e) };
}
