/**
 * Parameter tuples derived from `@types/google-apps-script`, so the fakes' signatures
 * cannot drift from the real API. `Args` unions every overload (up to eight).
 */
type Args<T> = T extends {
  (...a: infer A1): unknown;
  (...a: infer A2): unknown;
  (...a: infer A3): unknown;
  (...a: infer A4): unknown;
  (...a: infer A5): unknown;
  (...a: infer A6): unknown;
  (...a: infer A7): unknown;
  (...a: infer A8): unknown;
}
  ? A1 | A2 | A3 | A4 | A5 | A6 | A7 | A8
  : never;

export type RangeArgs<K extends keyof GoogleAppsScript.Spreadsheet.Range> = Args<
  GoogleAppsScript.Spreadsheet.Range[K]
>;
export type SheetArgs<K extends keyof GoogleAppsScript.Spreadsheet.Sheet> = Args<
  GoogleAppsScript.Spreadsheet.Sheet[K]
>;
export type SpreadsheetArgs<K extends keyof GoogleAppsScript.Spreadsheet.Spreadsheet> = Args<
  GoogleAppsScript.Spreadsheet.Spreadsheet[K]
>;
export type AppArgs<K extends keyof GoogleAppsScript.Spreadsheet.SpreadsheetApp> = Args<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp[K]
>;
export type UiArgs<K extends keyof GoogleAppsScript.Base.Ui> = Args<GoogleAppsScript.Base.Ui[K]>;
export type MenuArgs<K extends keyof GoogleAppsScript.Base.Menu> = Args<GoogleAppsScript.Base.Menu[K]>;
export type LockArgs<K extends keyof GoogleAppsScript.Lock.Lock> = Args<GoogleAppsScript.Lock.Lock[K]>;
export type PropertiesArgs<K extends keyof GoogleAppsScript.Properties.Properties> = Args<
  GoogleAppsScript.Properties.Properties[K]
>;
export type ProtectionArgs<K extends keyof GoogleAppsScript.Spreadsheet.Protection> = Args<
  GoogleAppsScript.Spreadsheet.Protection[K]
>;
export type ValidationBuilderArgs<K extends keyof GoogleAppsScript.Spreadsheet.DataValidationBuilder> = Args<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder[K]
>;
export type ChartBuilderArgs<K extends keyof GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder> = Args<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder[K]
>;
export type UtilitiesArgs<K extends keyof GoogleAppsScript.Utilities.Utilities> = Args<
  GoogleAppsScript.Utilities.Utilities[K]
>;
export type HtmlOutputArgs<K extends keyof GoogleAppsScript.HTML.HtmlOutput> = Args<
  GoogleAppsScript.HTML.HtmlOutput[K]
>;
export type HtmlServiceArgs<K extends keyof GoogleAppsScript.HTML.HtmlService> = Args<
  GoogleAppsScript.HTML.HtmlService[K]
>;
export type CacheArgs<K extends keyof GoogleAppsScript.Cache.Cache> = Args<GoogleAppsScript.Cache.Cache[K]>;
export type MailArgs<K extends keyof GoogleAppsScript.Mail.MailApp> = Args<GoogleAppsScript.Mail.MailApp[K]>;
export type ScriptAppArgs<K extends keyof GoogleAppsScript.Script.ScriptApp> = Args<
  GoogleAppsScript.Script.ScriptApp[K]
>;
export type ClockBuilderArgs<K extends keyof GoogleAppsScript.Script.ClockTriggerBuilder> = Args<
  GoogleAppsScript.Script.ClockTriggerBuilder[K]
>;
export type DriveAppArgs<K extends keyof GoogleAppsScript.Drive.DriveApp> = Args<
  GoogleAppsScript.Drive.DriveApp[K]
>;
export type FileArgs<K extends keyof GoogleAppsScript.Drive.File> = Args<GoogleAppsScript.Drive.File[K]>;
export type FolderArgs<K extends keyof GoogleAppsScript.Drive.Folder> = Args<
  GoogleAppsScript.Drive.Folder[K]
>;
export type BlobArgs<K extends keyof GoogleAppsScript.Base.Blob> = Args<GoogleAppsScript.Base.Blob[K]>;
export type DocumentAppArgs<K extends keyof GoogleAppsScript.Document.DocumentApp> = Args<
  GoogleAppsScript.Document.DocumentApp[K]
>;
export type DocumentArgs<K extends keyof GoogleAppsScript.Document.Document> = Args<
  GoogleAppsScript.Document.Document[K]
>;
export type BodyArgs<K extends keyof GoogleAppsScript.Document.Body> = Args<
  GoogleAppsScript.Document.Body[K]
>;
export type ParagraphArgs<K extends keyof GoogleAppsScript.Document.Paragraph> = Args<
  GoogleAppsScript.Document.Paragraph[K]
>;
export type TextArgs<K extends keyof GoogleAppsScript.Document.Text> = Args<
  GoogleAppsScript.Document.Text[K]
>;
export type TableArgs<K extends keyof GoogleAppsScript.Document.Table> = Args<
  GoogleAppsScript.Document.Table[K]
>;
export type TableRowArgs<K extends keyof GoogleAppsScript.Document.TableRow> = Args<
  GoogleAppsScript.Document.TableRow[K]
>;
export type TableCellArgs<K extends keyof GoogleAppsScript.Document.TableCell> = Args<
  GoogleAppsScript.Document.TableCell[K]
>;
