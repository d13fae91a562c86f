/** HTML-escapes what `<?= ?>` prints. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const SCRIPTLET = /<\?(!=|=)?([\s\S]*?)\?>/g;

/**
 * Compiles an Apps Script HTML template to the source of a function expression
 * `(scope, escape) => html`: `<?= expr ?>` prints escaped, `<?!= expr ?>` raw, `<? code ?>` runs.
 * Names resolve first on `scope` (the template's properties), then on the script's globals.
 * Sloppy-mode `with` is how Apps Script itself scopes template properties.
 */
export function compileTemplate(source: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of source.matchAll(SCRIPTLET)) {
    const index = m.index ?? 0;
    if (index > last) parts.push(`__out.push(${JSON.stringify(source.slice(last, index))});`);
    const code = (m[2] ?? "").trim();
    if (m[1] === "=") parts.push(`__out.push(__escape(${code}));`);
    else if (m[1] === "!=") parts.push(`__out.push(String(${code}));`);
    else parts.push(`${code}\n`);
    last = index + m[0].length;
  }
  if (last < source.length) parts.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  return `(function (__scope, __escape) { with (__scope) { var __out = []; ${parts.join("\n")}\nreturn __out.join(""); } })`;
}
