import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let module: Promise<string> | undefined;

/**
 * The core's clipboard parser (`splitTsv` of `src/core/registration-form/paste.ts`, the one the
 * registration sidebar uses) as a browser module, bundled once at start: the grid reads a
 * pasted block exactly as the add-on's own form does.
 */
export function pasteModule(): Promise<string> {
  module ??= build({
    stdin: {
      contents: 'export { splitTsv } from "./src/core/registration-form/paste";',
      resolveDir: ROOT,
      loader: "ts",
      sourcefile: "paste-entry.ts",
    },
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    write: false,
    logLevel: "silent",
  }).then((result) => result.outputFiles[0]?.text ?? "");
  return module;
}
