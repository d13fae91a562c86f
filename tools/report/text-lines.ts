import { textWidthPt } from "./text-width";

/** Splits `text` into lines no wider than `maxPt` at `sizePt`, by words (a long word stays whole). */
export function wrapWords(text: string, sizePt: number, maxPt: number, bold = false): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (current && textWidthPt(next, sizePt, bold) > maxPt) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * `text` as is when it fits on one line of `maxPt`; when it needs two, broken at the word that
 * makes the two lines most even ("HỘI ĐỒNG THI ĐUA –" / "KHEN THƯỞNG" rather than a lone last
 * word), as a clerk sets a long issuer's name. Longer texts are left to the renderer's wrapping.
 */
export function balancedLines(text: string, sizePt: number, maxPt: number, bold = false): string[] {
  if (text.includes("\n") || textWidthPt(text, sizePt, bold) <= maxPt) return [text];
  const words = text.split(" ");
  let best: string[] | null = null;
  let bestWidth = Number.POSITIVE_INFINITY;
  for (let i = 1; i < words.length; i++) {
    // A line never starts with a dash.
    if (/^[–—-]$/.test(words[i] as string)) continue;
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const widest = Math.max(...lines.map((l) => textWidthPt(l, sizePt, bold)));
    if (widest <= maxPt && widest < bestWidth) [best, bestWidth] = [lines, widest];
  }
  return best ?? [text];
}
