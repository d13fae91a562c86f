import { FakeBlob } from "./blob";
import { MimeType } from "./drive-store";
import { gasError } from "./env";
import type { FakeRange } from "./fake-range";
import type { FakeSheet } from "./fake-sheet";
import type { ChartBuilderArgs } from "./gas-types";
import { blankPng } from "./png";

/** String-valued stand-in of `Charts.ChartType`. */
export const ChartType = {
  AREA: "AREA",
  BAR: "BAR",
  COLUMN: "COLUMN",
  COMBO: "COMBO",
  LINE: "LINE",
  PIE: "PIE",
  SCATTER: "SCATTER",
  TABLE: "TABLE",
} as const;

interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** The stored state of a chart, readable by tests through `FakeEmbeddedChart.spec`. */
export interface ChartSpec {
  chartType: string;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
}

/** An inserted chart. Its methods are counted as "EmbeddedChart.*". */
export class FakeEmbeddedChart {
  constructor(
    readonly chartId: number,
    readonly spec: ChartSpec,
    readonly _sheet: FakeSheet,
  ) {}

  getChartId(): number {
    return this.chartId;
  }
  getRanges(): FakeRange[] {
    return [...this.spec.ranges];
  }
  getOptions(): { get(option: string): unknown } {
    const options = this.spec.options;
    return { get: (option) => options[option] ?? null };
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number } {
    const p = this.spec.position;
    return { getAnchorRow: () => p.anchorRow, getAnchorColumn: () => p.anchorColumn };
  }
  /** The chart as a picture: a blank PNG the size of the chart (`width`/`height` options, else 600 × 371). */
  getAs(contentType: string): FakeBlob {
    const env = this._sheet._env;
    if (contentType !== MimeType.PNG)
      throw gasError(env, `Converting from ${MimeType.PNG} to ${contentType} is not supported.`);
    const width = Number(this.spec.options.width ?? 600);
    const height = Number(this.spec.options.height ?? 371);
    return new FakeBlob(env, blankPng(width, height), MimeType.PNG, `Chart${this.chartId}.png`);
  }
  getBlob(): FakeBlob {
    return this.getAs(MimeType.PNG);
  }
  modify(): FakeEmbeddedChartBuilder {
    const spec = { ...this.spec, options: { ...this.spec.options }, position: { ...this.spec.position } };
    return new FakeEmbeddedChartBuilder(this._sheet, { ...spec, ranges: [...spec.ranges] }, this);
  }
}

/** `sheet.newChart()` / `chart.modify()`. Builder: not counted in the call log. */
export class FakeEmbeddedChartBuilder {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly spec: ChartSpec = {
      chartType: ChartType.COLUMN,
      ranges: [],
      options: {},
      position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
    },
    readonly _modifies?: FakeEmbeddedChart,
  ) {}

  addRanges(ranges: FakeRange[]): this {
    this.spec.ranges.push(...ranges);
    return this;
  }
  addRange(...[range]: ChartBuilderArgs<"addRange">): this {
    return this.addRanges([range as unknown as FakeRange]);
  }
  removeRange(...[range]: ChartBuilderArgs<"removeRange">): this {
    const a1 = (range as unknown as FakeRange).getA1Notation();
    this.spec.ranges = this.spec.ranges.filter((r) => r.getA1Notation() !== a1);
    return this;
  }
  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }
  setChartType(...[type]: ChartBuilderArgs<"setChartType">): this {
    this.spec.chartType = String(type);
    return this;
  }
  asBarChart(): this {
    return this.setChartType(ChartType.BAR as never);
  }
  asColumnChart(): this {
    return this.setChartType(ChartType.COLUMN as never);
  }
  setPosition(...[anchorRow, anchorColumn, offsetX, offsetY]: ChartBuilderArgs<"setPosition">): this {
    this.spec.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this;
  }
  setOption(...[option, value]: ChartBuilderArgs<"setOption">): this {
    this.spec.options[option] = value;
    return this;
  }
  setNumHeaders(...[headers]: ChartBuilderArgs<"setNumHeaders">): this {
    this.spec.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(...[transpose]: ChartBuilderArgs<"setTransposeRowsAndColumns">): this {
    this.spec.options.__transpose = transpose;
    return this;
  }
  getChartType(): string {
    return this.spec.chartType;
  }
  getRanges(): FakeRange[] {
    return [...this.spec.ranges];
  }
  build(): FakeEmbeddedChart {
    const id = this._modifies?.chartId ?? this.sheet._env.nextId();
    return this.sheet._env.calls.track(new FakeEmbeddedChart(id, this.spec, this.sheet), "EmbeddedChart");
  }
}
