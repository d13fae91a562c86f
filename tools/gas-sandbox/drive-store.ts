import type { GasEnv } from "./env";
import type { FakeSpreadsheet } from "./fake-spreadsheet";

/** String values of Apps Script's `MimeType` enum (the ones a Drive fake meets). */
export const MimeType = {
  GOOGLE_DOCS: "application/vnd.google-apps.document",
  GOOGLE_SHEETS: "application/vnd.google-apps.spreadsheet",
  FOLDER: "application/vnd.google-apps.folder",
  PDF: "application/pdf",
  PLAIN_TEXT: "text/plain",
  HTML: "text/html",
  CSV: "text/csv",
  JSON: "application/json",
  MICROSOFT_WORD: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  MICROSOFT_EXCEL: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  PNG: "image/png",
  JPEG: "image/jpeg",
} as const;

export interface DriveFolderRecord {
  id: string;
  name: string;
  parents: string[];
  created: number;
}

export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  created: number;
  updated: number;
  trashed: boolean;
  /** An uploaded file's bytes; Google files (Docs, Sheets) have none of their own. */
  bytes?: Uint8Array;
  /** A Google file's export to `contentType`, or undefined when Drive cannot convert to it. */
  exportAs?: (contentType: string) => Uint8Array | undefined;
}

/** A folder a test creates before the script runs (e.g. the office's configured folder). */
export interface FolderInit {
  id?: string;
  name: string;
  /** The parent folder's id (default: My Drive). */
  parentId?: string;
}

/** Every file and folder of the sandbox's Drive, shared by DriveApp, DocumentApp and SpreadsheetApp. */
export class DriveStore {
  readonly folders = new Map<string, DriveFolderRecord>();
  readonly files = new Map<string, DriveFileRecord>();
  /** The spreadsheets filed here (the active one and its copies), for `SpreadsheetApp.openById`. */
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly root: DriveFolderRecord;

  constructor(private readonly env: GasEnv) {
    this.root = this.addFolder({ id: "fake-root-folder", name: "My Drive" });
    this.root.parents = [];
  }

  addFolder(init: FolderInit): DriveFolderRecord {
    const id = init.id ?? `fake-folder-${this.env.nextId()}`;
    const parents = init.parentId ? [init.parentId] : this.root ? [this.root.id] : [];
    const folder = { id, name: init.name, parents, created: this.env.clock.now() };
    this.folders.set(id, folder);
    return folder;
  }
  addFile(init: Pick<DriveFileRecord, "name" | "mimeType"> & Partial<DriveFileRecord>): DriveFileRecord {
    const now = this.env.clock.now();
    const file: DriveFileRecord = {
      id: `fake-file-${this.env.nextId()}`,
      parents: [this.root.id],
      owner: this.env.user,
      created: now,
      updated: now,
      trashed: false,
      ...init,
    };
    this.files.set(file.id, file);
    return file;
  }
  filesIn(folderId: string): DriveFileRecord[] {
    return [...this.files.values()].filter((f) => !f.trashed && f.parents.includes(folderId));
  }
  foldersIn(folderId: string): DriveFolderRecord[] {
    return [...this.folders.values()].filter((f) => f.parents.includes(folderId));
  }
}
