import type { Block, Chart, Table, TableRow } from "../../src/core/documents/model";
import { chartSvg } from "./chart-svg";
import { escapeText as esc } from "./escape";

function paragraph(b: Extract<Block, { kind: "paragraph" }>): string {
  const classes = ["body", b.align ?? "justify"];
  if (b.indent) classes.push("indent");
  if (b.size === "small") classes.push("small");
  const style = [b.bold ? "font-weight:bold" : "", b.italic ? "font-style:italic" : ""]
    .filter(Boolean)
    .join(";");
  return `<p class="${classes.join(" ")}"${style ? ` style="${style}"` : ""}>${esc(b.text)}</p>`;
}

function row(r: TableRow, t: Table): string {
  if (r.kind === "group") {
    return `<tr class="group level-${r.level}"><td colspan="${t.columns.length}">${esc(r.label)}</td></tr>`;
  }
  const cells = t.columns.map((c, i) => `<td class="${c.align ?? "left"}">${esc(r.cells[i] ?? "")}</td>`);
  return `<tr class="${r.kind}">${cells.join("")}</tr>`;
}

/** A bordered table; the `thead` repeats on every printed page, widths in proportion of `width`. */
function table(t: Table): string {
  const total = t.columns.reduce((a, c) => a + Math.max(c.width, 0), 0) || 1;
  const cols = t.columns.map(
    (c) => `<col style="width:${((100 * Math.max(c.width, 0)) / total).toFixed(3)}%">`,
  );
  const head = t.columns.map((c) => `<th>${esc(c.header)}</th>`).join("");
  return (
    `<table class="data"><colgroup>${cols.join("")}</colgroup><thead><tr>${head}</tr></thead>` +
    `<tbody>${t.rows.map((r) => row(r, t)).join("")}</tbody></table>`
  );
}

function chart(c: Chart): string {
  return `<figure class="chart"><figcaption>${esc(c.title)}</figcaption>${chartSvg(c).svg}</figure>`;
}

/** The body's blocks as HTML, in order. */
export function bodyHtml(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (b.kind === "paragraph" ? paragraph(b) : b.kind === "table" ? table(b) : chart(b)))
    .join("");
}
