import { FakeCacheService } from "./cache-service";
import { DOCUMENT_APP_CONTROLS, FakeDocumentApp } from "./document-app";
import { DRIVE_APP_CONTROLS, FakeDriveApp } from "./drive-app";
import { DriveStore, type FolderInit, MimeType } from "./drive-store";
import { createEnv, type EnvOptions, type GasEnv } from "./env";
import type { FakeSpreadsheet } from "./fake-spreadsheet";
import { FakeHtmlService } from "./html-service";
import { FakeLockService, LOCK_CONTROLS } from "./lock-service";
import { FakeLogger, fakeConsole, LogCollector } from "./logging";
import { FakeMailApp } from "./mail-app";
import { FakePropertiesService, PROPERTIES_CONTROLS } from "./properties-service";
import { FakeBrowser, FakeCharts, FakeScriptApp, SCRIPT_APP_CONTROLS } from "./script-app";
import { FakeSession } from "./session";
import { FakeSpreadsheetApp } from "./spreadsheet-app";
import { copySpreadsheet, fileSpreadsheet } from "./spreadsheet-drive";
import { createSpreadsheet, type TabData } from "./spreadsheet-fixture";
import { FakeUi } from "./ui";
import { FakeUtilities } from "./utilities";

export interface ServicesOptions extends EnvOptions {
  /** Initial tabs, in order (values parsed like typed input). Default: one empty "Trang tính1". */
  tabs?: TabData;
  /** Where `HtmlService.createHtmlOutputFromFile(name)` reads `<name>.html`. Default `build`. */
  buildDir?: string;
  /** Print Logger/console output to stderr as well as collecting it. */
  echoLogs?: boolean;
  /** The name `createAddonMenu()` shows. */
  addonName?: string;
  /** MailApp recipients per day (default 100, a consumer account's quota). */
  mailQuota?: number;
  /** Drive folders that exist before the script runs (e.g. a configured folder id). */
  folders?: FolderInit[];
  /** The id of the folder holding the spreadsheet (one of `folders`). Default: a "Sổ thi đua" folder in My Drive. */
  spreadsheetFolderId?: string;
}

/** The fakes of one sandbox, and the globals script code sees. */
export interface GasServices {
  env: GasEnv;
  calls: GasEnv["calls"];
  /** "Now" for script code and the fakes: `clock.set(date)`, `clock.advance(ms)`, `clock.set(null)`. */
  clock: GasEnv["clock"];
  spreadsheet: FakeSpreadsheet;
  app: FakeSpreadsheetApp;
  ui: FakeUi;
  lock: FakeLockService;
  properties: FakePropertiesService;
  session: FakeSession;
  utilities: FakeUtilities;
  html: FakeHtmlService;
  cache: FakeCacheService;
  /** DocumentApp: `documents.dump(id)` shows a document, `documents.documents` lists them. */
  documents: FakeDocumentApp;
  /** DriveApp: `drive.store` holds every file and folder, `drive.addFolder(init)` adds one. */
  drive: FakeDriveApp;
  /** ScriptApp: `scriptApp.triggers` (every user's), `scriptApp.fired` (runs so far). */
  scriptApp: FakeScriptApp;
  /** MailApp: `mail.sent` lists every mail, `mail.quota` the recipients allowed per day. */
  mail: FakeMailApp;
  logs: LogCollector;
  /** Global name → service object, as installed in the vm context. */
  globals: Record<string, unknown>;
}

/**
 * Builds every fake, each wrapped so its method calls land in `calls` as "<Service>.<method>".
 * Builders (DataValidationBuilder, EmbeddedChartBuilder, RichTextValueBuilder), value objects
 * (DataValidation, RichTextValue, User, Blob) and `console` are not counted.
 */
export function createServices(options: ServicesOptions = {}): GasServices {
  const env = createEnv(options);
  const track = <T extends object>(obj: T, name: string, controls?: string[]): T =>
    env.calls.track(obj, name, controls);
  const spreadsheet = createSpreadsheet(env, options.tabs ?? { "Trang tính1": [] });
  const store = new DriveStore(env);
  for (const folder of options.folders ?? []) store.addFolder(folder);
  const folderId =
    options.spreadsheetFolderId ?? store.addFolder({ id: "fake-folder-so-thi-dua", name: "Sổ thi đua" }).id;
  env.calls.untracked(() => fileSpreadsheet(store, spreadsheet, folderId));
  spreadsheet._copier = (source, name) => copySpreadsheet(store, source, name);
  const ui = track(new FakeUi(env, options.addonName), "Ui");
  const find = (id: string) => store.spreadsheets.get(id);
  const app = track(new FakeSpreadsheetApp(env, spreadsheet, ui, find), "SpreadsheetApp");
  const documents = track(new FakeDocumentApp(env, store), "DocumentApp", DOCUMENT_APP_CONTROLS);
  const drive = track(new FakeDriveApp(env, store), "DriveApp", DRIVE_APP_CONTROLS);
  const lock = track(new FakeLockService(env), "LockService", LOCK_CONTROLS);
  const properties = track(
    new FakePropertiesService(
      env,
      env.calls.untracked(() => spreadsheet.getId()),
    ),
    "PropertiesService",
    PROPERTIES_CONTROLS,
  );
  const session = track(new FakeSession(env), "Session");
  const utilities = track(new FakeUtilities(env), "Utilities");
  const html = track(new FakeHtmlService(env, options.buildDir ?? "build"), "HtmlService");
  const cache = track(new FakeCacheService(env), "CacheService", ["userCache"]);
  const scriptApp = track(new FakeScriptApp(env), "ScriptApp", SCRIPT_APP_CONTROLS);
  const mail = track(new FakeMailApp(env, options.mailQuota), "MailApp");
  const logs = new LogCollector(options.echoLogs ?? false);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: app,
    Session: session,
    LockService: lock,
    PropertiesService: properties,
    Utilities: utilities,
    HtmlService: html,
    Logger: track(new FakeLogger(logs), "Logger"),
    console: fakeConsole(logs),
    Charts: new FakeCharts(),
    Browser: track(new FakeBrowser(), "Browser"),
    ScriptApp: scriptApp,
    CacheService: cache,
    MailApp: mail,
    DocumentApp: documents,
    DriveApp: drive,
    MimeType,
  };
  return {
    env,
    calls: env.calls,
    clock: env.clock,
    spreadsheet,
    app,
    ui,
    lock,
    properties,
    session,
    utilities,
    html,
    cache,
    documents,
    drive,
    scriptApp,
    mail,
    logs,
    globals,
  };
}
