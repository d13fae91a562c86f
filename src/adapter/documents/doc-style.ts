import type { Align } from "../../core/documents/model";

type Paragraph = GoogleAppsScript.Document.Paragraph;

/** NĐ 30 sets administrative documents in Times New Roman. */
export const FONT = "Times New Roman";
/** Points per millimetre: DocumentApp measures the page in points. */
export const PT_PER_MM = 2.835;
export const A4_PT = { width: 210 * PT_PER_MM, height: 297 * PT_PER_MM } as const;
export const MARGINS_PT = {
  top: 20 * PT_PER_MM,
  bottom: 20 * PT_PER_MM,
  left: 30 * PT_PER_MM,
  right: 15 * PT_PER_MM,
} as const;
/** Body text 14 pt, tables 12 pt, notes 12 pt, recipients 11 pt (NĐ 30, Phụ lục I). */
export const SIZE = { body: 14, header: 13, table: 12, small: 12, recipients: 11 } as const;

/** How a paragraph looks: size, weight, slant, alignment, space around it (points). */
export interface Look {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: Align;
  readonly before?: number;
  readonly after?: number;
  /** First-line indent in points. */
  readonly indent?: number;
}

function alignment(align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  return { left: H.LEFT, center: H.CENTER, right: H.RIGHT, justify: H.JUSTIFY }[align];
}

/** The attributes of a look, for one `setAttributes` call (a paragraph, a cell or a whole table). */
function attributesOf(look: Look): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const attrs: Record<string, unknown> = {
    [A.FONT_FAMILY]: FONT,
    [A.FONT_SIZE]: look.size,
    [A.BOLD]: look.bold === true,
    [A.ITALIC]: look.italic === true,
    [A.HORIZONTAL_ALIGNMENT]: alignment(look.align ?? "left"),
    [A.SPACING_BEFORE]: look.before ?? 0,
    [A.SPACING_AFTER]: look.after ?? 0,
    [A.LINE_SPACING]: 1,
  };
  if (look.indent) attrs[A.INDENT_FIRST_LINE] = look.indent;
  return attrs;
}

/** Styles a paragraph in one call and returns it. */
export function styled(p: Paragraph, look: Look): Paragraph {
  return p.setAttributes(attributesOf(look));
}

/** Writes `lines` into a cell: the cell's own first paragraph, then one paragraph per further line. */
export function fillCell(cell: GoogleAppsScript.Document.TableCell, lines: readonly [string, Look][]): void {
  lines.forEach(([text, look], i) => {
    const p = i === 0 ? cell.getChild(0).asParagraph() : cell.appendParagraph(text);
    if (i === 0) p.setText(text);
    styled(p, look);
  });
}
