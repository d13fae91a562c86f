import { displayValue } from "./cell-io";
import { type DriveFileRecord, type DriveStore, MimeType } from "./drive-store";
import { type GasEnv, hostRealm } from "./env";
import type { FakeRange } from "./fake-range";
import { FakeSpreadsheet } from "./fake-spreadsheet";
import { type PdfBlock, writePdf } from "./pdf-writer";

/** A4 portrait, Sheets' default PDF export margins (0.75 in). */
const A4 = {
  pageWidth: 595.28,
  pageHeight: 841.89,
  marginTop: 54,
  marginBottom: 54,
  marginLeft: 54,
  marginRight: 54,
};

/** Each tab's used area as shown (display values), one line per row, a page per tab. */
function spreadsheetPdf(env: GasEnv, spreadsheet: FakeSpreadsheet): Uint8Array {
  const hostEnv = { ...env, realm: hostRealm };
  const blocks: PdfBlock[] = [];
  env.calls.untracked(() => {
    spreadsheet.getSheets().forEach((sheet, i) => {
      if (i > 0) blocks.push({ kind: "pageBreak" });
      const title = { x: A4.marginLeft, runs: [{ text: sheet.getName(), bold: true, italic: false }] };
      blocks.push({ kind: "line", size: 12, gapBefore: 0, texts: [title] });
      const grid = sheet._grid;
      const width = (A4.pageWidth - A4.marginLeft - A4.marginRight) / Math.max(grid.lastColumn(), 1);
      for (let r = 1; r <= grid.lastRow(); r++) {
        const texts = [];
        for (let c = 1; c <= grid.lastColumn(); c++) {
          const text = displayValue(hostEnv, grid.cell(r, c));
          if (text !== "")
            texts.push({ x: A4.marginLeft + (c - 1) * width, runs: [{ text, bold: false, italic: false }] });
        }
        blocks.push({ kind: "line", size: 9, gapBefore: 0, texts });
      }
    });
  });
  return writePdf({ title: spreadsheet.getName(), ...A4, blocks });
}

/** Files a spreadsheet in Drive under its own id; the Drive name follows `rename()` and back. */
export function fileSpreadsheet(
  store: DriveStore,
  spreadsheet: FakeSpreadsheet,
  folderId: string,
): DriveFileRecord {
  const env = spreadsheet._env;
  const now = env.clock.now();
  const record: DriveFileRecord = {
    id: spreadsheet.getId(),
    name: "",
    mimeType: MimeType.GOOGLE_SHEETS,
    parents: [folderId],
    owner: env.owner,
    created: now,
    updated: now,
    trashed: false,
  };
  Object.defineProperty(record, "name", {
    get: () => env.calls.untracked(() => spreadsheet.getName()),
    set: (name: string) => env.calls.untracked(() => spreadsheet.rename(name)),
    enumerable: true,
  });
  record.exportAs = (contentType) =>
    contentType === MimeType.PDF ? spreadsheetPdf(env, spreadsheet) : undefined;
  store.files.set(record.id, record);
  store.spreadsheets.set(record.id, spreadsheet);
  return record;
}

/**
 * `Spreadsheet.copy(name)`: every tab with its cells (values, formulas, formats, notes,
 * validations), size, frozen panes, widths, tab colour and protections, filed in the original's
 * folder. Not copied, as in Google: installable triggers and the document properties (a new
 * file: the add-on's document store starts empty). Charts are not copied here.
 */
export function copySpreadsheet(store: DriveStore, source: FakeSpreadsheet, name: string): FakeSpreadsheet {
  const env = source._env;
  const copy = env.calls.track(new FakeSpreadsheet(env, name), "Spreadsheet");
  env.calls.untracked(() => {
    for (const sheet of source.getSheets()) {
      const target = copy._addSheet(sheet.getName());
      target._grid.copyFrom(sheet._grid);
      sheet._copyLayoutTo(target);
    }
    for (const type of ["SHEET", "RANGE"]) {
      for (const p of source._protections(type)) {
        const sheet = copy.getSheetByName(p._sheet.getName());
        if (!sheet) continue;
        const unprotected = p.getUnprotectedRanges().map((r: FakeRange) => sheet._range(r._rect));
        p._copyTo(copy._protect(sheet, p._rect), unprotected);
      }
    }
  });
  copy._copier = (from, copyName) => copySpreadsheet(store, from, copyName);
  const folder = store.files.get(source.getId())?.parents ?? [store.root.id];
  fileSpreadsheet(store, copy, folder[0] ?? store.root.id);
  return copy;
}
