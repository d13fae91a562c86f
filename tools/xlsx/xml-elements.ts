/**
 * Just enough XML for the few parts read or rewritten by hand (sheet relationships, the
 * workbook's tab list, a sheet's `<hyperlinks>`): empty elements and their attributes. These
 * parts are machine-written, flat lists of empty elements, so no general parser is needed.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/** Text for a double-quoted attribute (apostrophes stay as they are, as Excel writes `'Cụm 1'!A53`). */
function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[ch]};`);
}

/** One element as found in the text: where it is, and its attributes (unescaped). */
export interface XmlElement {
  readonly start: number;
  readonly end: number;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Every `<tag …/>` or `<tag …>` opening of `xml` (a prefixed tag such as `x:tag` too). */
export function elements(xml: string, tag: string): XmlElement[] {
  const out: XmlElement[] = [];
  const pattern = new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*?)/?>`, "g");
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    const attributes: Record<string, string> = {};
    for (const a of (m[1] ?? "").matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes[a[1] as string] = unescapeXml(a[2] ?? a[3] ?? "");
    }
    out.push({ start: m.index, end: m.index + m[0].length, attributes });
  }
  return out;
}

/** An empty element with the given attributes (undefined ones left out). */
export function emptyElement(tag: string, attributes: Record<string, string | undefined>): string {
  const list = Object.entries(attributes)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`);
  return `<${tag}${list.join("")}/>`;
}
