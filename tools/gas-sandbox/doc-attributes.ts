import type { TextStyle } from "./doc-model";

const names = <K extends string>(...keys: K[]): { readonly [P in K]: P } =>
  Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P };

/** String-valued stand-ins of DocumentApp's enums (`String(DocumentApp.Attribute.BOLD)` is "BOLD" in both). */
export const Attribute = names(
  "BACKGROUND_COLOR",
  "BOLD",
  "BORDER_COLOR",
  "BORDER_WIDTH",
  "CODE",
  "FONT_FAMILY",
  "FONT_SIZE",
  "FOREGROUND_COLOR",
  "HEADING",
  "HEIGHT",
  "HORIZONTAL_ALIGNMENT",
  "INDENT_END",
  "INDENT_FIRST_LINE",
  "INDENT_START",
  "ITALIC",
  "GLYPH_TYPE",
  "LEFT_TO_RIGHT",
  "LINE_SPACING",
  "LINK_URL",
  "LIST_ID",
  "MARGIN_BOTTOM",
  "MARGIN_LEFT",
  "MARGIN_RIGHT",
  "MARGIN_TOP",
  "NESTING_LEVEL",
  "MINIMUM_HEIGHT",
  "PADDING_BOTTOM",
  "PADDING_LEFT",
  "PADDING_RIGHT",
  "PADDING_TOP",
  "PAGE_HEIGHT",
  "PAGE_WIDTH",
  "SPACING_AFTER",
  "SPACING_BEFORE",
  "STRIKETHROUGH",
  "UNDERLINE",
  "VERTICAL_ALIGNMENT",
  "WIDTH",
);
export const HorizontalAlignment = names("LEFT", "CENTER", "RIGHT", "JUSTIFY");
export const VerticalAlignment = names("BOTTOM", "CENTER", "TOP");
export const TextAlignment = names("NORMAL", "SUPERSCRIPT", "SUBSCRIPT");
export const ParagraphHeading = names(
  "NORMAL",
  "HEADING1",
  "HEADING2",
  "HEADING3",
  "HEADING4",
  "HEADING5",
  "HEADING6",
  "TITLE",
  "SUBTITLE",
);
export const ElementType = names(
  "BODY_SECTION",
  "DOCUMENT",
  "HORIZONTAL_RULE",
  "PAGE_BREAK",
  "PARAGRAPH",
  "TABLE",
  "TABLE_CELL",
  "TABLE_ROW",
  "TEXT",
);

/** Attribute names that style characters, and the TextStyle key each sets. */
const TEXT_ATTRIBUTES = {
  BOLD: "bold",
  ITALIC: "italic",
  UNDERLINE: "underline",
  STRIKETHROUGH: "strikethrough",
  FONT_SIZE: "fontSize",
  FONT_FAMILY: "fontFamily",
  FOREGROUND_COLOR: "foregroundColor",
  BACKGROUND_COLOR: "backgroundColor",
  LINK_URL: "linkUrl",
} as const satisfies Record<string, keyof TextStyle>;

/** A change of character attributes: `null` clears one (back to the inherited value). */
export type TextPatch = { [K in keyof TextStyle]?: TextStyle[K] | null };

/** The character attributes in an attributes object, keyed as TextStyle. */
export function textPatchOf(attributes: Record<string, unknown>, except: readonly string[] = []): TextPatch {
  const patch: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(TEXT_ATTRIBUTES)) {
    if (name in attributes && !except.includes(name)) patch[key] = attributes[name];
  }
  return patch as TextPatch;
}

export function patchStyle(style: TextStyle, patch: TextPatch): TextStyle {
  const out: Record<string, unknown> = { ...style };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) delete out[key];
    else out[key] = value;
  }
  return out as TextStyle;
}

/** Copies `attributes[name]` into `target[key]` for each listed pair present (null clears). */
export function assignPresent<T extends object>(
  target: T,
  attributes: Record<string, unknown>,
  pairs: Record<string, keyof T>,
): void {
  for (const [name, key] of Object.entries(pairs)) {
    if (name in attributes) (target as Record<keyof T, unknown>)[key] = attributes[name] ?? null;
  }
}
