/** A chart already drawn as PNG, and the size to show it at (CSS px, 96 to the inch). */
export interface ChartImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}
