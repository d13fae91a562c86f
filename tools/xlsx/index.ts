export { writeFileAtomic } from "./atomic-write";
export { isXlsxFileError, type XlsxErrorCode, XlsxFileError, xlsxError } from "./errors";
export { fromExcelDate, toExcelDate } from "./excel-dates";
export { fillSpreadsheet } from "./fill-spreadsheet";
export { DEFAULT_BUNDLE, type LoadWorkbookOptions, loadWorkbook, openSandbox } from "./load-workbook";
export { readXlsx } from "./read-xlsx";
export { saveWorkbook, toExcelWorkbook } from "./save-workbook";
