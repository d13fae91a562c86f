import type { Chart } from "../../src/core/documents/model";
import { escapeText } from "./escape";
import { wrapWords } from "./text-lines";
import { textWidthPt } from "./text-width";

/** A chart drawn as SVG, with the size it was laid out for (user units = CSS px). */
export interface ChartSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const FONT = `'Times New Roman', Tinos, 'Liberation Serif', 'DejaVu Serif', serif`;
/** Dark, distinct fills that still differ when the page is printed in grey. */
const FILLS = ["#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#404040"];
const SIZE = 13;
const LINE = 15;
const PLOT_HEIGHT = 220;
/** Slanted labels are wrapped to this width first, so a long title does not push the plot away. */
const SLANT_WRAP = 190;
const SLANT = (35 * Math.PI) / 180;
/** Room for a font wider than Times (a fallback) drawing the labels. */
const SLACK = 1.12;
const measure = (s: string) => textWidthPt(s, SIZE) * SLACK;

/** "Nice" axis steps (1, 2, 5 × 10ⁿ, at least 1: the values are counts) for about five gridlines. */
function niceStep(max: number): number {
  const raw = max / 5;
  if (raw <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) as number;
}

const text = (x: number, y: number, s: string, extra = "") =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${extra}>${escapeText(s)}</text>`;

/** A label of several lines, each anchored at `x` (the lines' `dy` stack them). */
const lines = (x: number, y: number, parts: readonly string[], extra: string) =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${extra}>` +
  parts
    .map((p, i) => `<tspan x="${x.toFixed(1)}"${i > 0 ? ` dy="${LINE}"` : ""}>${escapeText(p)}</tspan>`)
    .join("") +
  `</text>`;

/**
 * A grouped bar chart: one bar per series in each category, its value above it, the category
 * labels wrapped under their slot — or, when a label would need more than three lines there,
 * wrapped wider and slanted — so no label is cut. A legend names the series when there are several.
 */
export function chartSvg(chart: Chart, width = 640): ChartSvg {
  const n = Math.max(chart.categories.length, 1);
  const wrapped = chart.categories.map((c) => wrapWords(c, SIZE * SLACK, (width - 50) / n - 8));
  const slanted = wrapped.some((w) => w.length > 3);
  const labels = slanted ? chart.categories.map((c) => wrapWords(c, SIZE * SLACK, SLANT_WRAP)) : wrapped;
  const widest = Math.max(0, ...labels.flat().map(measure));
  const most = Math.max(1, ...labels.map((l) => l.length));
  // Slanted, the first label reaches left of its slot centre: solve for the margin that keeps it
  // on the canvas (the slot shrinks as the margin grows).
  const k = 1 / (2 * n);
  const reach = widest * Math.cos(SLANT) + most * LINE * Math.sin(SLANT);
  const left = slanted ? Math.max(40, (reach - (width - 10) * k + 8) / (1 - k)) : 40;
  const top = 18 + (chart.series.length > 1 ? LINE + 8 : 0);
  const bottom = slanted ? widest * Math.sin(SLANT) + most * LINE * Math.cos(SLANT) + 10 : most * LINE + 8;
  const plotW = width - left - 10;
  const slot = plotW / n;
  const max = Math.max(0, ...chart.series.flatMap((s) => s.values));
  const step = niceStep(max);
  const axisMax = Math.max(step, Math.ceil(max / step) * step);
  const y = (v: number) => top + PLOT_HEIGHT - (v / axisMax) * PLOT_HEIGHT;
  const out: string[] = [];

  for (let v = 0; v <= axisMax; v += step) {
    out.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d0d0"/>`);
    out.push(text(left - 6, y(v) + 4, String(v), ` text-anchor="end"`));
  }
  const groupW = slot * 0.7;
  const barW = groupW / Math.max(chart.series.length, 1);
  chart.series.forEach((s, si) => {
    chart.categories.forEach((_, ci) => {
      const v = s.values[ci] ?? 0;
      const x = left + ci * slot + (slot - groupW) / 2 + si * barW;
      const fill = FILLS[si % FILLS.length];
      out.push(
        `<rect x="${x.toFixed(1)}" y="${y(v)}" width="${(barW - 2).toFixed(1)}" height="${y(0) - y(v)}" fill="${fill}"/>`,
      );
      out.push(text(x + (barW - 2) / 2, y(v) - 4, String(v), ` text-anchor="middle" font-size="12"`));
    });
  });
  out.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(0)}" y2="${y(0)}" stroke="#000"/>`);
  labels.forEach((parts, ci) => {
    const cx = left + ci * slot + slot / 2;
    const ty = y(0) + LINE;
    const extra = slanted
      ? ` text-anchor="end" transform="rotate(-35 ${cx.toFixed(1)} ${ty.toFixed(1)})"`
      : ` text-anchor="middle"`;
    out.push(lines(cx, ty, parts, extra));
  });
  if (chart.series.length > 1) {
    let x = left;
    chart.series.forEach((s, si) => {
      out.push(`<rect x="${x}" y="6" width="12" height="12" fill="${FILLS[si % FILLS.length]}"/>`);
      out.push(text(x + 16, 17, s.name));
      x += 16 + measure(s.name) + 24;
    });
  }
  const height = Math.ceil(top + PLOT_HEIGHT + bottom);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${FONT}" font-size="${SIZE}" role="img">${out.join("")}</svg>`;
  return { svg, width, height };
}
