import { readFileSync } from "node:fs";
import type { Sandbox } from "../gas-sandbox";
import { GAS_GLOBALS } from "../gas-sandbox";

const BRIDGE = new URL("./public/gas-bridge.js", import.meta.url);

/** The functions `google.script.run` offers: the script's public top-level functions. */
export function publicFunctions(sandbox: Sandbox): string[] {
  const globals = new Set<string>(GAS_GLOBALS);
  return Object.keys(sandbox.context)
    .filter((name) => !globals.has(name) && !name.endsWith("_") && sandbox.has(name))
    .sort();
}

/**
 * The HTML a sidebar or dialog produced, with the `google.script.run` bridge inlined before any
 * of its own scripts (Apps Script defines `google` before the page runs).
 */
export function dialogPage(content: string, functions: readonly string[]): string {
  // JSON inside <script>: `<` escaped so no string can close the element.
  const names = JSON.stringify(functions).replace(/</g, "\\u003c");
  const source = readFileSync(BRIDGE, "utf8").replace(/\/\*FUNCTIONS\*\/\s*\[\]/, () => names);
  const tag = `<script>\n${source}\n</script>`;
  const head = /<head\b[^>]*>/i.exec(content);
  if (head) return insertAt(content, head.index + head[0].length, tag);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(content);
  if (doctype) return insertAt(content, doctype[0].length, tag);
  return tag + content;
}

function insertAt(text: string, index: number, insert: string): string {
  return text.slice(0, index) + insert + text.slice(index);
}
