import { existsSync } from "node:fs";
import { type LoadBundleOptions, loadBundle, type Sandbox } from "../../tools/gas-sandbox";

/** The shipped bundle: tests run what deploys, not the sources. */
export const BUNDLE = "build/Code.js";

/** Loads build/Code.js in the Apps Script sandbox (build first: `npm run build`). */
export function sandbox(options: LoadBundleOptions = {}): Sandbox {
  if (!existsSync(BUNDLE)) throw new Error("build/Code.js is missing: run `npm run build` first");
  return loadBundle(BUNDLE, options);
}
