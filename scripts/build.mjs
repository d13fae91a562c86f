// Builds the Apps Script project into build/:
//  - Code.js: src/server/index.ts bundled as an IIFE for the V8 runtime, followed by
//    one top-level function per export of the entry file (menus, triggers and
//    google.script.run only see top-level function declarations);
//  - <page>.html: each src/client/<page>/index.html with its main.ts and style.css inlined;
//  - appsscript.json, copied.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, "build");
const entry = join(root, "src/server/index.ts");
const GLOBAL = "__app";

/** Replaces a file in one step, so a test or the preview never reads half a build. */
function writeAtomic(path, text) {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** The names exported by the entry file, read from esbuild's metafile. */
async function entryExports() {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
    outdir: out,
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return output.exports.filter((name) => name !== "default").sort();
}

async function buildServer() {
  const names = await entryExports();
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    target: "es2019",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    legalComments: "none",
    charset: "utf8",
    // Apps Script reloads the whole file on every call (every menu click, every edit): the
    // bundle is fully minified. The entry points keep their names (they are the IIFE's
    // exports), and errors reach users and the log by their message, not their stack.
    // BUILD_MINIFY=0 keeps names, for profiling (`node --cpu-prof`); never deploy such a build.
    minify: process.env.BUILD_MINIFY !== "0",
    logLevel: "warning",
  });
  const wrappers = names.map(
    (name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`,
  );
  const code = `${result.outputFiles[0].text}\n${wrappers.join("\n")}\n`;
  writeAtomic(join(out, "Code.js"), code);
  return { names, bytes: Buffer.byteLength(code) };
}

async function buildPages() {
  const pagesDir = join(root, "src/client");
  if (!existsSync(pagesDir)) return [];
  const pages = readdirSync(pagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(pagesDir, d.name, "index.html")))
    .map((d) => d.name);
  for (const page of pages) {
    const dir = join(pagesDir, page);
    let html = readFileSync(join(dir, "index.html"), "utf8");
    const css = existsSync(join(dir, "style.css")) ? readFileSync(join(dir, "style.css"), "utf8") : "";
    const js = existsSync(join(dir, "main.ts"))
      ? (
          await build({
            entryPoints: [join(dir, "main.ts")],
            bundle: true,
            format: "iife",
            target: "es2019",
            write: false,
            legalComments: "none",
            charset: "utf8",
            logLevel: "warning",
          })
        ).outputFiles[0].text
      : "";
    // Inline with functions so `$` sequences in the code are not treated as patterns.
    html = html.replace("<!-- inline:style -->", () => `<style>\n${css}</style>`);
    html = html.replace(
      "<!-- inline:script -->",
      () => `<script>\n${js.replace(/<\/script/gi, "<\\/script")}</script>`,
    );
    writeAtomic(join(out, `${page}.html`), html);
  }
  return pages;
}

mkdirSync(out, { recursive: true });
const server = await buildServer();
const pages = await buildPages();
writeAtomic(join(out, "appsscript.json"), readFileSync(join(root, "appsscript.json"), "utf8"));
// Files of pages that no longer exist would be pushed by clasp: remove them.
const produced = new Set(["Code.js", "appsscript.json", ...pages.map((p) => `${p}.html`)]);
for (const file of readdirSync(out))
  if (!produced.has(file) && !file.endsWith(".tmp"))
    rmSync(join(out, file), { recursive: true, force: true });
console.log(
  `build/Code.js ${(server.bytes / 1024).toFixed(1)} KB, ${server.names.length} entry points; pages: ${pages.join(", ") || "none"}`,
);
