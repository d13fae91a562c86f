import type { DocumentModel } from "../../src/core/documents/model";

/** A4 in millimetres, and the margins the office uses (Nghị định 30/2020, Phụ lục I). */
export const A4_MM = { width: 210, height: 297 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Word measures in twentieths of a point: 1 mm = 1440 / 25.4 twips. */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** CSS and docx image sizes are pixels at 96 to the inch. */
export const mmToPx = (mm: number): number => (mm * 96) / 25.4;

/** The page of a model, width × height in mm, the long side across when landscape. */
export function pageSizeMm(model: Pick<DocumentModel, "orientation">): { width: number; height: number } {
  return model.orientation === "landscape"
    ? { width: A4_MM.height, height: A4_MM.width }
    : { width: A4_MM.width, height: A4_MM.height };
}

/** The width between the left and right margins, in mm. */
export function contentWidthMm(model: Pick<DocumentModel, "orientation">): number {
  return pageSizeMm(model).width - MARGINS_MM.left - MARGINS_MM.right;
}

/**
 * Share of the header's left column (issuer side). The right column must hold
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on one line (≈ 95 mm at 12 pt bold).
 */
export const HEADER_LEFT_SHARE = 0.4;

/** Splits `total` in proportion of `weights` (rounded, the rest on the last so the sum is exact). */
export function shareOut(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + Math.max(w, 0), 0) || 1;
  const parts = weights.map((w) => Math.round((total * Math.max(w, 0)) / sum));
  const rest = total - parts.reduce((a, p) => a + p, 0);
  if (parts.length > 0) parts[parts.length - 1] = (parts[parts.length - 1] as number) + rest;
  return parts;
}
