// Draws a tab's embedded charts (a ChartView from the server) as simple SVG bar charts floating
// over the grid at their anchor cell, as Sheets shows them. Built with DOM APIs only: every
// text from the workbook goes in through textContent or attributes, never as markup.

const SVG = "http://www.w3.org/2000/svg";
const BAR_COLOR = "#4472c4";
const LINE_COLOR = "#cc0000";
const MARGIN = { top: 56, right: 20, left: 60 };
/** Horizontal room per category: slanted labels of 10 px need about 14 px apart. */
const SLOT = 16;
const LABEL_CHARS = 30;
/** Room under the axis for labels slanted at 45°: about 5 px of height per character. */
const labelRoom = (labels) =>
  Math.min(140, 16 + 5 * Math.max(0, ...labels.map((l) => Math.min(l.length, LABEL_CHARS))));

function el(name, attrs = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A round axis maximum at or above `max`: 10, 20, 50, 100, 120… */
function axisMax(max) {
  if (max <= 0) return 10;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * step >= max) return m * step;
  return 10 * step;
}

const fmt = (v) => String(Math.round(v * 100) / 100).replace(".", ",");

/** One chart as an <svg>: bar series side by side, line series (e.g. the floor) drawn across. */
export function chartSvg(chart) {
  const n = chart.categories.length;
  const bottom = labelRoom(chart.categories);
  // The chart's own size, as Sheets draws it; wider only when the categories need the room.
  const width = Math.max(chart.width, MARGIN.left + MARGIN.right + n * SLOT);
  const height = Math.max(chart.height, MARGIN.top + bottom + 80);
  const plot = { w: width - MARGIN.left - MARGIN.right, h: height - MARGIN.top - bottom };
  const svg = el("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "chart-svg" });
  svg.append(el("text", { x: width / 2, y: 20, "text-anchor": "middle", class: "chart-title" }, chart.title));

  const bars = chart.series.filter((s) => !s.line);
  const lines = chart.series.filter((s) => s.line);
  const stackOf = (i) => bars.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0);
  const values = [
    ...lines.flatMap((s) => s.values.filter((v) => v !== null)),
    ...(chart.stacked
      ? chart.categories.map((_, i) => stackOf(i))
      : bars.flatMap((s) => s.values.filter((v) => v !== null))),
  ];
  const top = axisMax(Math.max(0, ...values));
  const y = (v) => MARGIN.top + plot.h - (Math.max(0, v) / top) * plot.h;
  const slot = n > 0 ? plot.w / n : plot.w;
  const x = (i) => MARGIN.left + i * slot;

  for (let k = 0; k <= 5; k++) {
    const v = (top / 5) * k;
    svg.append(
      el("line", { x1: MARGIN.left, x2: MARGIN.left + plot.w, y1: y(v), y2: y(v), class: "chart-grid" }),
      el("text", { x: MARGIN.left - 6, y: y(v) + 4, "text-anchor": "end", class: "chart-tick" }, fmt(v)),
    );
  }

  const barWidth = chart.stacked ? slot * 0.75 : (slot * 0.75) / Math.max(1, bars.length);
  const base = chart.categories.map(() => 0);
  bars.forEach((s, b) => {
    s.values.forEach((v, i) => {
      if (v === null) return;
      const from = chart.stacked ? (base[i] ?? 0) : 0;
      if (chart.stacked) base[i] = from + Math.max(0, v);
      const rect = el("rect", {
        x: x(i) + slot * 0.125 + (chart.stacked ? 0 : b * barWidth),
        y: y(from + v),
        width: Math.max(1, barWidth),
        height: Math.max(0, y(from) - y(from + v)),
        fill: s.color ?? BAR_COLOR,
        class: "chart-bar",
      });
      rect.append(el("title", {}, `${chart.categories[i]}: ${s.name} ${fmt(v)}`));
      svg.append(rect);
    });
  });
  for (const s of lines) {
    const points = s.values
      .map((v, i) => (v === null ? null : `${x(i) + slot / 2},${y(v)}`))
      .filter((p) => p !== null);
    const line = el("polyline", {
      points: points.join(" "),
      fill: "none",
      stroke: s.color ?? LINE_COLOR,
      "stroke-width": 2,
      class: "chart-line",
    });
    line.append(el("title", {}, s.name));
    svg.append(line);
  }

  chart.categories.forEach((label, i) => {
    const cx = x(i) + slot / 2 + 3;
    const cy = MARGIN.top + plot.h + 8;
    const short = label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
    const text = el(
      "text",
      { x: cx, y: cy, "text-anchor": "end", transform: `rotate(-45 ${cx} ${cy})`, class: "chart-label" },
      short,
    );
    text.append(el("title", {}, label));
    svg.append(text);
  });
  svg.append(
    el("line", { x1: MARGIN.left, x2: MARGIN.left + plot.w, y1: y(0), y2: y(0), class: "chart-axis" }),
  );

  // Legend, centred under the title.
  const legend = el("g", { class: "chart-legend" });
  let lx = 0;
  for (const s of chart.series) {
    const color = s.color ?? (s.line ? LINE_COLOR : BAR_COLOR);
    legend.append(
      s.line
        ? el("line", { x1: lx, x2: lx + 16, y1: 0, y2: 0, stroke: color, "stroke-width": 2 })
        : el("rect", { x: lx, y: -6, width: 16, height: 12, fill: color }),
      el("text", { x: lx + 22, y: 4 }, s.name),
    );
    lx += 40 + s.name.length * 7;
  }
  legend.setAttribute("transform", `translate(${Math.max(MARGIN.left, (width - lx) / 2)} 40)`);
  svg.append(legend);
  return svg;
}

/** Places the charts of `charts` over `table` (drawn in `wrap`) at their anchor cells. */
export function renderCharts(wrap, table, charts) {
  for (const old of wrap.querySelectorAll(".chart")) old.remove();
  const outer = wrap.getBoundingClientRect();
  for (const chart of charts) {
    const figure = document.createElement("figure");
    figure.className = "chart";
    figure.setAttribute("role", "img");
    figure.setAttribute("aria-label", chart.title || "Biểu đồ");
    const anchor = table.querySelector(`td[data-r="${chart.anchorRow}"][data-c="${chart.anchorColumn}"]`);
    const box = (anchor ?? table).getBoundingClientRect();
    const left = anchor ? box.left : box.right + 8;
    figure.style.left = `${left - outer.left + wrap.scrollLeft}px`;
    figure.style.top = `${box.top - outer.top + wrap.scrollTop}px`;
    figure.append(chartSvg(chart));
    wrap.append(figure);
  }
}
