import { posix } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { ZipReader } from "./zip-entries";

/**
 * The parsers of ExcelJS's streaming `WorkbookReader` (exceljs 4.4.0, pinned) used one part at
 * a time. Its public `read()` takes the parts in file order through `unzipper`, which neither
 * bounds what it inflates nor lets the parts be ordered (ExcelJS writes `workbook.xml` last,
 * so sheets would wait in temporary files), and decodes each chunk on its own (a Vietnamese
 * letter cut between two chunks is garbled). Here each part comes from `ZipReader`, bounded,
 * in the order the parsers need: relationships, workbook, styles, shared strings, then sheets.
 */
interface ReaderParts {
  model?: { sheets?: readonly SheetModel[] };
  workbookRels?: readonly { Id: string; Target: string }[];
  sharedStrings?: unknown[];
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseStyles(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncIterable<unknown>;
  _parseWorksheet(part: Readable, sheetNo: string): Iterator<{ value: AsyncIterable<ExcelJS.Row> }>;
}

interface SheetModel {
  name: string;
  id: number;
  rId: string;
  state?: string;
}

/** One tab of the file, its rows read as they are parsed (and gone once used). */
export interface StreamedSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly rows: AsyncIterable<ExcelJS.Row>;
}

const OPTIONS = {
  worksheets: "emit",
  sharedStrings: "cache",
  // Dates are numbers with a date format: styles tell them apart.
  styles: "cache",
  // Links stay the text their cells show.
  hyperlinks: "ignore",
  entries: "ignore",
} as const;

/** `worksheets/sheet1.xml` (relative to `xl/`) or `/xl/worksheets/sheet1.xml` → the zip path. */
const partPath = (target: string): string =>
  target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join("xl", target));

/**
 * The tabs of an .xlsx in tab order, each read row by row with ExcelJS's streaming parsers:
 * no workbook model is kept, only the shared strings and the styles. A tab whose part is
 * missing (a chart sheet) is skipped.
 */
export async function* streamSheets(zip: ZipReader): AsyncGenerator<StreamedSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    undefined as never,
    OPTIONS as never,
  ) as unknown as ReaderParts;
  const part = (name: string): Readable | undefined => {
    const entry = zip.find(name);
    return entry ? Readable.from(zip.text(entry)) : undefined;
  };
  const rels = part("xl/_rels/workbook.xml.rels");
  if (rels) await reader._parseRels(rels);
  await reader._parseWorkbook(part("xl/workbook.xml") ?? Readable.from([]));
  const styles = part("xl/styles.xml");
  if (styles) await reader._parseStyles(styles);
  const strings = part("xl/sharedStrings.xml");
  reader.sharedStrings = [];
  if (strings) for await (const _ of reader._parseSharedStrings(strings));
  for (const sheet of reader.model?.sheets ?? []) {
    const rel = reader.workbookRels?.find((r) => r.Id === sheet.rId);
    const xml = rel ? part(partPath(rel.Target)) : undefined;
    if (!xml) continue;
    const rows = reader._parseWorksheet(xml, String(sheet.id)).next().value.value;
    yield { name: sheet.name, hidden: sheet.state === "hidden" || sheet.state === "veryHidden", rows };
  }
}
