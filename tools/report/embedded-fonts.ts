import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The four faces a document uses, and the names Times New Roman has for each on Windows and macOS. */
const FACES = {
  "400-normal": ["Times New Roman", "TimesNewRomanPSMT"],
  "700-normal": ["Times New Roman Bold", "TimesNewRomanPS-BoldMT"],
  "400-italic": ["Times New Roman Italic", "TimesNewRomanPS-ItalicMT"],
  "700-italic": ["Times New Roman Bold Italic", "TimesNewRomanPS-BoldItalicMT"],
} as const;
/** Latin and Vietnamese subsets cover every Vietnamese letter. */
const SUBSETS = ["latin", "vietnamese"] as const;
const BLOCK = /\/\* tinos-([a-z-]+)-(\d+)-(normal|italic) \*\/\s*@font-face\s*{([^}]*)}/g;

let cached: string | undefined;

/**
 * `@font-face` rules that make "Times New Roman" mean the real font where it is installed and
 * Tinos (its metrics, every Vietnamese letter) elsewhere, inlined as data URLs so the page loads
 * nothing. Without them Linux maps the name to Liberation Serif 1.x, which lacks the stacked
 * Vietnamese letters (ộ, ư, ơ…), and Chromium prints those glyph by glyph in another font.
 */
export function timesFontFaces(): string {
  if (cached) return cached;
  const dir = dirname(require.resolve("@fontsource/tinos/400.css"));
  const rules: string[] = [];
  for (const [face, names] of Object.entries(FACES)) {
    const [weight, style] = face.split("-") as [string, string];
    const css = readFileSync(join(dir, `${style === "italic" ? `${weight}-italic` : weight}.css`), "utf8");
    for (const [, subset, , , body] of css.matchAll(BLOCK)) {
      if (!SUBSETS.includes(subset as (typeof SUBSETS)[number])) continue;
      const data = readFileSync(join(dir, "files", `tinos-${subset}-${weight}-${style}.woff2`)).toString(
        "base64",
      );
      const range = /unicode-range:\s*([^;]+);/.exec(body ?? "")?.[1] ?? "U+0000-FFFF";
      const local = names.map((n) => `local("${n}")`).join(",");
      rules.push(
        `@font-face{font-family:"Times New Roman";font-style:${style};font-weight:${weight};` +
          `src:${local},url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${range};}`,
      );
    }
  }
  cached = rules.join("\n");
  return cached;
}
