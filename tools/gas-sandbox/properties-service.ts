import { type GasEnv, gasError } from "./env";
import type { PropertiesArgs } from "./gas-types";

/** Apps Script limits: 9 KB per value, 500 KB per property store. */
export const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

/** A `Properties` store. Counted as "Properties.*". Values are strings, as in Apps Script. */
export class FakeProperties {
  readonly data = new Map<string, string>();

  constructor(
    private readonly env: GasEnv,
    /** Told of every write: the document store is saved with the workbook, the others are not. */
    private readonly onChange: () => void = () => {},
  ) {}

  private check(key: string, value: string, replacing: Map<string, string>): void {
    if (bytes(value) > MAX_VALUE_BYTES) throw gasError(this.env, "Argument too large: value");
    let total = 0;
    for (const [k, v] of replacing) if (k !== key) total += bytes(k) + bytes(v);
    if (total + bytes(key) + bytes(value) > MAX_STORE_BYTES) {
      throw gasError(
        this.env,
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
  }

  getProperty(...[key]: PropertiesArgs<"getProperty">): string | null {
    return this.data.get(key) ?? null;
  }
  setProperty(...[key, value]: PropertiesArgs<"setProperty">): this {
    const text = String(value);
    this.check(key, text, this.data);
    this.data.set(key, text);
    this.onChange();
    return this;
  }
  getProperties(): Record<string, string> {
    const out = new this.env.realm.Object() as Record<string, string>;
    for (const [k, v] of this.data) out[k] = v;
    return out;
  }
  getKeys(): string[] {
    return this.env.realm.Array.from(this.data.keys());
  }
  setProperties(...[properties, deleteAllOthers]: PropertiesArgs<"setProperties">): this {
    const next = new Map(deleteAllOthers ? [] : this.data);
    for (const [k, v] of Object.entries(properties)) {
      this.check(k, String(v), next);
      next.set(k, String(v));
    }
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    this.onChange();
    return this;
  }
  deleteProperty(...[key]: PropertiesArgs<"deleteProperty">): this {
    this.data.delete(key);
    this.onChange();
    return this;
  }
  deleteAllProperties(): this {
    this.data.clear();
    this.onChange();
    return this;
  }
}

/** Test-only methods of FakePropertiesService: not recorded in the call log. */
export const PROPERTIES_CONTROLS = ["documentStoreOf"];

/**
 * `PropertiesService`: the document store of the spreadsheet the script runs in, one script and
 * one user store. Other spreadsheets (copies) have document stores of their own, empty at first.
 */
export class FakePropertiesService {
  readonly document: FakeProperties;
  readonly script: FakeProperties;
  readonly user: FakeProperties;
  private readonly otherDocuments = new Map<string, FakeProperties>();

  constructor(
    private readonly env: GasEnv,
    private readonly spreadsheetId = "",
  ) {
    this.document = env.calls.track(new FakeProperties(env, () => env.changes.bump()), "Properties");
    this.script = env.calls.track(new FakeProperties(env), "Properties");
    this.user = env.calls.track(new FakeProperties(env), "Properties");
  }

  getDocumentProperties(): FakeProperties {
    return this.document;
  }
  getScriptProperties(): FakeProperties {
    return this.script;
  }
  getUserProperties(): FakeProperties {
    return this.user;
  }
  /** Test control: the document store a script bound to that spreadsheet would see. */
  documentStoreOf(spreadsheetId: string): FakeProperties {
    if (spreadsheetId === this.spreadsheetId) return this.document;
    let store = this.otherDocuments.get(spreadsheetId);
    if (!store) {
      store = this.env.calls.track(new FakeProperties(this.env), "Properties");
      this.otherDocuments.set(spreadsheetId, store);
    }
    return store;
  }
}
