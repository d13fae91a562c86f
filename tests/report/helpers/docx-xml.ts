import JSZip from "jszip";

export interface DocxParts {
  readonly document: string;
  readonly styles: string;
  readonly files: readonly string[];
  readonly zip: JSZip;
}

/** Opens a .docx (a zip) and reads the parts the tests look at. */
export async function openDocx(docx: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(docx);
  const read = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve("");
  return {
    document: await read("word/document.xml"),
    styles: await read("word/styles.xml"),
    files: Object.keys(zip.files),
    zip,
  };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of a piece of WordprocessingML: its `w:t`s in order, a break or a tab as a space. */
export function textOf(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:br|tab)\b[^>]*\/>/g))
    out += m[1] === undefined ? " " : decode(m[1]);
  return out;
}

/** Every `w:p` of the body, inside tables too, in document order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g)].map((m) => m[0]);
}

/** The top-level tables of the body (the renderers do not nest tables). */
export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

export const rows = (tableXml: string): string[] =>
  [...tableXml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
export const cells = (rowXml: string): string[] =>
  [...rowXml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
/** The runs that carry text. */
export const textRuns = (xml: string): string[] =>
  [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => r.includes("<w:t"));
/** Attribute `name` of the first element `tag` in `xml`, as a number. */
export function attr(xml: string, tag: string, name: string): number | undefined {
  const el = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0];
  const v = el ? new RegExp(`${name}="([^"]*)"`).exec(el)?.[1] : undefined;
  return v === undefined ? undefined : Number(v);
}
