/**
 * The plain-data model behind the DocumentApp fakes: a body of paragraphs and tables. Wrapper
 * objects (FakeBody, FakeParagraph…) are views over these nodes, made afresh on every access as
 * Apps Script's element objects are.
 */

/** Character attributes; an absent key is inherited from the named style (getters say null). */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
  backgroundColor?: string;
  linkUrl?: string;
}

/** A run of text with one style per character. */
export interface TextNode {
  type: "TEXT";
  chars: string;
  styles: TextStyle[];
}

/** An image in a paragraph: its bytes and its displayed size (pixels, as InlineImage reports). */
export interface ImageNode {
  type: "INLINE_IMAGE";
  contentType: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

export type InlineNode = TextNode | ImageNode | { type: "PAGE_BREAK" } | { type: "HORIZONTAL_RULE" };

export interface ParagraphNode {
  type: "PARAGRAPH";
  children: InlineNode[];
  heading: string;
  alignment: string | null;
  spacingBefore: number | null;
  spacingAfter: number | null;
  lineSpacing: number | null;
  indentStart: number | null;
  indentEnd: number | null;
  indentFirstLine: number | null;
  /** Character attributes set on the paragraph itself: the style of text added to it later. */
  textStyle: TextStyle;
  /**
   * Appended in this execution: Google then reports the NORMAL style's computed alignment (LEFT)
   * and line spacing (1.15) instead of null.
   */
  appended: boolean;
}

export interface CellNode {
  type: "TABLE_CELL";
  children: BlockNode[];
  backgroundColor: string | null;
  width: number | null;
  verticalAlignment: string | null;
  padding: { top: number | null; bottom: number | null; left: number | null; right: number | null };
}

export interface RowNode {
  type: "TABLE_ROW";
  cells: CellNode[];
  minimumHeight: number | null;
}

export interface TableNode {
  type: "TABLE";
  rows: RowNode[];
  borderWidth: number | null;
  borderColor: string | null;
  columnWidths: (number | null)[];
}

export type BlockNode = ParagraphNode | TableNode;

/** Page size and margins in points (1 mm = 2.835 pt). A new Google Doc is US Letter, 1-inch margins. */
export interface PageSetup {
  pageWidth: number;
  pageHeight: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

export interface BodyNode {
  type: "BODY_SECTION";
  children: BlockNode[];
  page: PageSetup;
  /** Character attributes set on the body: existing and later paragraphs take them. */
  textStyle: TextStyle;
}

export const NEW_DOC_PAGE: PageSetup = {
  pageWidth: 612,
  pageHeight: 792,
  marginTop: 72,
  marginBottom: 72,
  marginLeft: 72,
  marginRight: 72,
};
