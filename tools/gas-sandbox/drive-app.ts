import type { FakeBlob } from "./blob";
import { FakeFile } from "./drive-file";
import { FakeFolder } from "./drive-folder";
import { FakeDriveIterator } from "./drive-iterator";
import { type DriveFileRecord, type DriveStore, type FolderInit, MimeType } from "./drive-store";
import { type GasEnv, gasError } from "./env";
import type { DriveAppArgs } from "./gas-types";

const NOT_FOUND =
  "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";

/** Test-only methods of FakeDriveApp: not recorded in the call log. */
export const DRIVE_APP_CONTROLS = ["addFolder"];

/**
 * `DriveApp` over the sandbox's Drive: My Drive, the spreadsheet's folder, folders tests add,
 * Google Docs from DocumentApp and uploaded files. Counted as "DriveApp.*", "File.*", "Folder.*".
 */
export class FakeDriveApp {
  readonly MimeType = MimeType;

  constructor(
    readonly _env: GasEnv,
    readonly store: DriveStore,
  ) {}

  _folder(id: string): FakeFolder {
    const record = this.store.folders.get(id);
    if (!record) throw gasError(this._env, NOT_FOUND);
    return this._env.calls.track(new FakeFolder(this, record), "Folder");
  }
  _file(record: DriveFileRecord): FakeFile {
    return this._env.calls.track(new FakeFile(this, record), "File");
  }
  _newFile(init: Pick<DriveFileRecord, "name" | "mimeType"> & Partial<DriveFileRecord>): FakeFile {
    const { id: _id, ...rest } = init;
    return this._file(this.store.addFile({ ...rest, owner: this._env.user }));
  }
  _iterate(records: readonly DriveFileRecord[]): FakeDriveIterator<FakeFile> {
    return new FakeDriveIterator(
      this._env,
      records.map((r) => this._file(r)),
    );
  }
  /** `createFile(blob)` or `createFile(name, content[, mimeType])` in `folderId`. */
  _create(args: unknown[], folderId: string): FakeFile {
    const [first, content, mimeType] = args;
    if (typeof first === "string") {
      const bytes = new Uint8Array(Buffer.from(String(content ?? ""), "utf8"));
      const type = typeof mimeType === "string" ? mimeType : MimeType.PLAIN_TEXT;
      return this._newFile({ name: first, mimeType: type, bytes, parents: [folderId] });
    }
    const blob = (first as { getBlob(): FakeBlob }).getBlob();
    const name = blob.getName();
    if (name === null) throw gasError(this._env, "Blob object must have non-null name for this operation.");
    const type = blob.getContentType() ?? "application/octet-stream";
    return this._newFile({ name, mimeType: type, bytes: new Uint8Array(blob._bytes), parents: [folderId] });
  }

  getRootFolder(): FakeFolder {
    return this._folder(this.store.root.id);
  }
  getFolderById(...[id]: DriveAppArgs<"getFolderById">): FakeFolder {
    return this._folder(id);
  }
  getFileById(...[id]: DriveAppArgs<"getFileById">): FakeFile {
    const record = this.store.files.get(id);
    if (!record) throw gasError(this._env, NOT_FOUND);
    return this._file(record);
  }
  createFile(...args: DriveAppArgs<"createFile">): FakeFile {
    return this._create(args as unknown[], this.store.root.id);
  }
  createFolder(...[name]: DriveAppArgs<"createFolder">): FakeFolder {
    return this._folder(this.store.addFolder({ name }).id);
  }
  getFilesByName(...[name]: DriveAppArgs<"getFilesByName">): FakeDriveIterator<FakeFile> {
    return this._iterate([...this.store.files.values()].filter((f) => !f.trashed && f.name === name));
  }
  getFoldersByName(...[name]: DriveAppArgs<"getFoldersByName">): FakeDriveIterator<FakeFolder> {
    const folders = [...this.store.folders.values()].filter((f) => f.name === name && f.parents.length > 0);
    return new FakeDriveIterator(
      this._env,
      folders.map((f) => this._folder(f.id)),
    );
  }

  /** Test control: a folder that exists before the script runs (e.g. a configured folder id). */
  addFolder(init: FolderInit): FakeFolder {
    return this._folder(this.store.addFolder(init).id);
  }
}
