export { writeFileAtomic } from "./atomic-write";
export {
  documentPropertiesOf,
  PROPERTIES_SHEET,
  readDocumentProperties,
  writeDocumentProperties,
} from "./document-properties";
export { isXlsxFileError, type XlsxErrorCode, XlsxFileError, xlsxError } from "./errors";
export { fromExcelDate, toExcelDate } from "./excel-dates";
export { fillSpreadsheet } from "./fill-spreadsheet";
export { LIMITS } from "./limits";
export { DEFAULT_BUNDLE, type LoadWorkbookOptions, loadWorkbook, openSandbox } from "./load-workbook";
export { openXlsxZip } from "./open-zip";
export { readXlsx } from "./read-xlsx";
export { type SaveWorkbookOptions, saveWorkbook, toExcelWorkbook } from "./save-workbook";
export { loadWorkbookForCheck } from "./stream-workbook";
export { checkUsedArea } from "./used-area";
