import ExcelJS from "exceljs";
import { xlsxError } from "./errors";
import { applyInternalLinks, readInternalLinks } from "./internal-links-read";
import { openXlsxZip } from "./open-zip";

/**
 * Reads an `.xlsx` file with ExcelJS's full reader (the whole workbook in memory, formats and
 * validations included). Unusable files (missing, a directory, empty, too large, not a zip, a
 * CSV, an .xls, password-protected, OpenDocument, corrupt, a zip bomb, without sheets) throw
 * an `XlsxFileError`. ExcelJS inflates every entry itself, unbounded: so every entry is first
 * inflated here under the bounds of `LIMITS` and dropped. Links to a place in the workbook,
 * which ExcelJS drops, are read here too: they come back as `{ text, hyperlink: "#'Tab'!A1" }`.
 */
export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const zip = await openXlsxZip(path);
  zip.verifyAll();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(zip.buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw xlsxError("CORRUPT", path);
  }
  if (workbook.worksheets.length === 0) throw xlsxError("NO_SHEETS", path);
  applyInternalLinks(workbook, readInternalLinks(zip));
  return workbook;
}
