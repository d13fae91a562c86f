export {
  documentPropertiesOf,
  PROPERTIES_SHEET,
} from "./document-properties";
export { isXlsxFileError, XlsxFileError } from "./errors";
export { fillSpreadsheet } from "./fill-spreadsheet";
export { loadWorkbook } from "./load-workbook";
export { readXlsx } from "./read-xlsx";
export { saveWorkbook } from "./save-workbook";
export { loadWorkbookForCheck } from "./stream-workbook";
