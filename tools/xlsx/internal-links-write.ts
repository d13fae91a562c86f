import JSZip from "jszip";
import { elements, emptyElement, type XmlElement } from "./xml-elements";

const HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
const SHEET_RELS = /^xl\/worksheets\/_rels\/(sheet\d+\.xml)\.rels$/;

/**
 * ExcelJS writes a link to `#'Cụm 1'!A53` as an external relationship to that text (exceljs
 * issues #749, #3027): Excel then looks for a file of that name, LibreOffice for a web page.
 * Excel itself writes an internal link as `<hyperlink ref="G5" location="'Cụm 1'!A53"/>`,
 * with no relationship. This rewrites every link whose target starts with `#` that way, in the
 * bytes ExcelJS produced; the rest of the file is left as it was. A file without such links
 * comes back unchanged.
 */
export async function writeInternalLinks(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  let changed = false;
  for (const relsPath of Object.keys(zip.files)) {
    const sheet = SHEET_RELS.exec(relsPath)?.[1];
    const sheetPath = sheet ? `xl/worksheets/${sheet}` : undefined;
    const relsFile = zip.file(relsPath);
    const sheetFile = sheetPath ? zip.file(sheetPath) : null;
    if (!sheetPath || !relsFile || !sheetFile) continue;
    const rels = await relsFile.async("string");
    const internal = elements(rels, "Relationship").filter(
      (r) => r.attributes.Type === HYPERLINK_TYPE && (r.attributes.Target ?? "").startsWith("#"),
    );
    if (internal.length === 0) continue;
    const targets = new Map(internal.map((r) => [r.attributes.Id, (r.attributes.Target ?? "").slice(1)]));
    const xml = await sheetFile.async("string");
    zip.file(
      sheetPath,
      replaceAll(xml, elements(xml, "hyperlink"), (h) => asInternal(h, targets)),
    );
    zip.file(
      relsPath,
      replaceAll(rels, internal, () => ""),
    );
    changed = true;
  }
  if (!changed) return xlsx;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A `<hyperlink>` whose relationship is one of `targets`, as Excel writes an internal link. */
function asInternal(link: XmlElement, targets: ReadonlyMap<string | undefined, string>): string | null {
  const location = targets.get(link.attributes["r:id"]);
  if (location === undefined) return null;
  const { ref, tooltip, display } = link.attributes;
  return emptyElement("hyperlink", { ref, location, tooltip, display });
}

/** `xml` with each element replaced by what `by` returns for it (null: kept as it was). */
function replaceAll(xml: string, found: readonly XmlElement[], by: (e: XmlElement) => string | null): string {
  let out = "";
  let at = 0;
  for (const e of found) {
    const replacement = by(e);
    if (replacement === null) continue;
    out += xml.slice(at, e.start) + replacement;
    at = e.end;
  }
  return out + xml.slice(at);
}
