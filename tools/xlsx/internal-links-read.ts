import { posix } from "node:path";
import type ExcelJS from "exceljs";
import { elements } from "./xml-elements";
import type { ZipReader } from "./zip-entries";

/** A link of a cell to a place in the same workbook: `ref` `G5`, `location` `'Cụm 1'!A53`. */
export interface InternalLink {
  readonly ref: string;
  readonly location: string;
}

const text = (zip: ZipReader, path: string): string => {
  const entry = zip.find(path);
  return entry ? zip.unpack(entry).toString("utf8") : "";
};

/** `worksheets/sheet1.xml` (relative to `xl/`) or `/xl/worksheets/sheet1.xml` → the zip path. */
const partPath = (target: string): string =>
  target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join("xl", target));

/**
 * The internal links of each tab (by tab name), as Excel and this project write them: a
 * `<hyperlink>` with a `location` and no relationship. ExcelJS reads only links that have a
 * relationship (exceljs issue #920) and drops these. Only the end of each sheet part is decoded:
 * `<hyperlinks>` comes after the rows.
 */
export function readInternalLinks(zip: ZipReader): Map<string, InternalLink[]> {
  const rels = new Map(
    elements(text(zip, "xl/_rels/workbook.xml.rels"), "Relationship").map((r) => [
      r.attributes.Id,
      r.attributes.Target ?? "",
    ]),
  );
  const out = new Map<string, InternalLink[]>();
  for (const sheet of elements(text(zip, "xl/workbook.xml"), "sheet")) {
    const target = rels.get(sheet.attributes["r:id"]);
    const entry = target ? zip.find(partPath(target)) : undefined;
    if (!entry || sheet.attributes.name === undefined) continue;
    const bytes = zip.unpack(entry);
    const from = bytes.lastIndexOf("<hyperlinks");
    if (from < 0) continue;
    const links = elements(bytes.toString("utf8", from), "hyperlink")
      .filter((h) => h.attributes.location && !h.attributes["r:id"] && h.attributes.ref)
      .map((h) => ({ ref: h.attributes.ref as string, location: h.attributes.location as string }));
    if (links.length > 0) out.set(sheet.attributes.name, links);
  }
  return out;
}

/**
 * Gives each linked cell of `workbook` ExcelJS's own form of an internal link,
 * `{ text, hyperlink: "#'Cụm 1'!A53" }`, when it holds text (a number or a formula keeps its
 * value: a link never changes what a cell holds).
 */
export function applyInternalLinks(
  workbook: ExcelJS.Workbook,
  links: ReadonlyMap<string, InternalLink[]>,
): void {
  for (const [name, list] of links) {
    const ws = workbook.getWorksheet(name);
    if (!ws) continue;
    for (const { ref, location } of list) {
      const cell = ws.getCell(ref.split(":")[0] as string);
      const value = cell.value as unknown;
      const label =
        typeof value === "string"
          ? value
          : value && typeof value === "object" && Array.isArray((value as ExcelJS.CellRichTextValue).richText)
            ? (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("")
            : "";
      if (label !== "") cell.value = { text: label, hyperlink: `#${location}` };
    }
  }
}
