export type { GridRect } from "./a1-notation";
export { columnLetters, columnNumber, parseA1, toA1 } from "./a1-notation";
export { FakeBlob } from "./blob";
export { CACHE_LIMITS, FakeCache, FakeCacheService } from "./cache-service";
export type { CallEntry, CallFilter } from "./call-log";
export { CallLog } from "./call-log";
export type { ChartSpec } from "./charts";
export { ChartType, FakeEmbeddedChart, FakeEmbeddedChartBuilder } from "./charts";
export { SandboxClock } from "./clock";
export { DataValidationCriteria, FakeDataValidation, FakeDataValidationBuilder } from "./data-validation";
export {
  Attribute,
  ElementType,
  HorizontalAlignment,
  ParagraphHeading,
  TextAlignment,
  VerticalAlignment,
} from "./doc-attributes";
export type { DocumentDump, DumpBlock, DumpCell, DumpParagraph, DumpRun, DumpTable } from "./doc-dump";
export type { PageSetup } from "./doc-model";
export type { DocRecord } from "./document";
export { FakeDocument } from "./document";
export { FakeDocumentApp } from "./document-app";
export { FakeDriveApp } from "./drive-app";
export { FakeFile } from "./drive-file";
export { FakeFolder } from "./drive-folder";
export type { DriveFileRecord, DriveFolderRecord, FolderInit } from "./drive-store";
export { DriveStore, MimeType } from "./drive-store";
export type { EditEventInit, FakeEditEvent } from "./edit-event";
export { editEvent, typeInto } from "./edit-event";
export type { EnvOptions, GasEnv, Realm } from "./env";
export { createEnv, gasError, hostRealm, isDate } from "./env";
export { FakeRange } from "./fake-range";
export { FakeSheet } from "./fake-sheet";
export type { Toast } from "./fake-spreadsheet";
export { FakeSpreadsheet } from "./fake-spreadsheet";
export { formatDate } from "./format-date";
export { FakeHtmlOutput, FakeHtmlService, FakeHtmlTemplate } from "./html-service";
export { compileTemplate, escapeHtml } from "./html-template";
export type { LoadBundleOptions, Sandbox } from "./load-bundle";
export { GAS_GLOBALS, loadBundle } from "./load-bundle";
export type { LockRequest } from "./lock-service";
export { FakeLock, FakeLockService } from "./lock-service";
export type { LogEntry } from "./logging";
export { LogCollector } from "./logging";
export type { SentMail } from "./mail-app";
export { DEFAULT_MAIL_QUOTA, FakeMailApp } from "./mail-app";
export { pdfText } from "./pdf-text";
export { FakeProperties, FakePropertiesService, MAX_VALUE_BYTES } from "./properties-service";
export { FakeProtection, ProtectionType } from "./protection";
export { FakeRichTextValue, FakeRichTextValueBuilder } from "./rich-text";
export { AuthMode, FakeScriptApp, MAX_TRIGGERS_PER_USER } from "./script-app";
export type { GasServices, ServicesOptions } from "./services";
export { createServices } from "./services";
export type { Snapshot, SnapshotOptions } from "./snapshot";
export { snapshot } from "./snapshot";
export { FakeSpreadsheetApp } from "./spreadsheet-app";
export type { TabData } from "./spreadsheet-fixture";
export { addTab, createSpreadsheet } from "./spreadsheet-fixture";
export { EventType, FakeTrigger, TriggerSource, WeekDay } from "./trigger";
export type { CallFunction, FiredTrigger } from "./trigger-runner";
export { parseTypedInput } from "./typed-input";
export type { MenuEntry, RecordedMenu } from "./ui";
export { Button, ButtonSet, FakeMenu, FakeUi } from "./ui";
