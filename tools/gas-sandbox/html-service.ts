import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type GasEnv, gasError } from "./env";
import type { HtmlOutputArgs, HtmlServiceArgs } from "./gas-types";
import { compileTemplate, escapeHtml } from "./html-template";

const SandboxMode = { IFRAME: "IFRAME", NATIVE: "NATIVE", EMULATED: "EMULATED" } as const;
const XFrameOptionsMode = { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" } as const;

/** `HtmlOutput`. Counted as "HtmlOutput.*". */
export class FakeHtmlOutput {
  private title = "";
  width = 0;
  height = 0;
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }
  setContent(...[content]: HtmlOutputArgs<"setContent">): this {
    this.content = content;
    return this;
  }
  append(...[addedContent]: HtmlOutputArgs<"append">): this {
    this.content += addedContent;
    return this;
  }
  appendUntrusted(...[addedContent]: HtmlOutputArgs<"appendUntrusted">): this {
    this.content += escapeHtml(addedContent);
    return this;
  }
  setTitle(...[title]: HtmlOutputArgs<"setTitle">): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(...[width]: HtmlOutputArgs<"setWidth">): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(...[height]: HtmlOutputArgs<"setHeight">): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setSandboxMode(...[mode]: HtmlOutputArgs<"setSandboxMode">): this {
    this.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(...[mode]: HtmlOutputArgs<"setXFrameOptionsMode">): this {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
  addMetaTag(...[name, content]: HtmlOutputArgs<"addMetaTag">): this {
    this.metaTags.push({ name, content });
    return this;
  }
}

/** `HtmlTemplate`: properties set on it are in scope of its scriptlets. Counted as "HtmlTemplate.*". */
export class FakeHtmlTemplate {
  [property: string]: unknown;

  constructor(env: GasEnv, source: string) {
    // Non-enumerable, so that only the properties script code sets are in template scope.
    Object.defineProperty(this, "_env", { value: env });
    Object.defineProperty(this, "_source", { value: source });
  }

  private get internals(): { env: GasEnv; source: string } {
    return { env: this._env as GasEnv, source: this._source as string };
  }
  getRawContent(): string {
    return this.internals.source;
  }
  getCode(): string {
    return compileTemplate(this.internals.source);
  }
  evaluate(): FakeHtmlOutput {
    const { env, source } = this.internals;
    const render = env.compile(compileTemplate(source)) as (scope: object, esc: typeof escapeHtml) => string;
    const scope: Record<string, unknown> = {};
    for (const key of Object.keys(this)) scope[key] = this[key];
    return env.calls.track(new FakeHtmlOutput(render(scope, escapeHtml)), "HtmlOutput");
  }
}

/** `HtmlService`, reading `<buildDir>/<name>.html` like the files of an Apps Script project. */
export class FakeHtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    private readonly env: GasEnv,
    private readonly buildDir: string,
  ) {}

  private read(name: string): string {
    const file = join(this.buildDir, name.endsWith(".html") ? name : `${name}.html`);
    if (!existsSync(file)) throw gasError(this.env, `No HTML file named ${name} was found.`);
    return readFileSync(file, "utf8");
  }
  createHtmlOutput(...args: HtmlServiceArgs<"createHtmlOutput">): FakeHtmlOutput {
    const [html] = args as unknown[];
    return this.env.calls.track(new FakeHtmlOutput(typeof html === "string" ? html : ""), "HtmlOutput");
  }
  createHtmlOutputFromFile(...[name]: HtmlServiceArgs<"createHtmlOutputFromFile">): FakeHtmlOutput {
    return this.createHtmlOutput(this.read(name));
  }
  createTemplate(...args: HtmlServiceArgs<"createTemplate">): FakeHtmlTemplate {
    const [html] = args as unknown[];
    return this.env.calls.track(new FakeHtmlTemplate(this.env, String(html)), "HtmlTemplate");
  }
  createTemplateFromFile(...[name]: HtmlServiceArgs<"createTemplateFromFile">): FakeHtmlTemplate {
    return this.createTemplate(this.read(name));
  }
}
