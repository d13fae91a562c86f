import { AlignmentType, BorderStyle, Paragraph, TextRun } from "docx";
import type { Align } from "../../src/core/documents/model";

/** Every run names the font itself, so a paragraph pasted into another document keeps it. */
export const FONT = "Times New Roman";

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface LineOptions extends TextStyle {
  readonly align?: Align;
  /** Points before / after the paragraph. */
  readonly before?: number;
  readonly after?: number;
  /** First-line indent in mm (body text of an administrative document). */
  readonly firstLineMm?: number;
  readonly keepNext?: boolean;
}

/** Runs of `text` in `style`; a "\n" in the text becomes a line break, not a new paragraph. */
function runs(text: string, style: TextStyle): TextRun[] {
  return text.split("\n").map(
    (part, i) =>
      new TextRun({
        text: part.normalize("NFC"),
        font: FONT,
        size: style.size * 2,
        bold: style.bold ?? false,
        italics: style.italic ?? false,
        break: i > 0 ? 1 : undefined,
      }),
  );
}

/** One paragraph of `text` (Word's single spacing), with the paragraph mark in the same size. */
export function line(text: string, o: LineOptions): Paragraph {
  return new Paragraph({
    children: text === "" ? [] : runs(text, o),
    alignment: ALIGN[o.align ?? "left"],
    spacing: { before: (o.before ?? 0) * 20, after: (o.after ?? 0) * 20 },
    indent: o.firstLineMm ? { firstLine: Math.round((o.firstLineMm * 1440) / 25.4) } : undefined,
    keepNext: o.keepNext,
    run: { font: FONT, size: o.size * 2, bold: o.bold, italics: o.italic },
  });
}

/**
 * A horizontal rule `ruleTwips` long, centred in a space `spaceTwips` wide: the bottom border of
 * an empty, 2 pt high paragraph indented on both sides. Word has no "rule as long as the text";
 * the caller measures the text (text-width.ts).
 */
export function rule(ruleTwips: number, spaceTwips: number): Paragraph {
  const side = Math.max(0, Math.round((spaceTwips - ruleTwips) / 2));
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 40, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    run: { font: FONT, size: 4 },
  });
}
