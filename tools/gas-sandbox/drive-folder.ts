import type { FakeDriveApp } from "./drive-app";
import type { FakeFile } from "./drive-file";
import { FakeDriveIterator } from "./drive-iterator";
import type { DriveFolderRecord } from "./drive-store";
import type { FolderArgs } from "./gas-types";

/** A Drive `Folder`. Counted as "Folder.*". */
export class FakeFolder {
  constructor(
    private readonly drive: FakeDriveApp,
    readonly _record: DriveFolderRecord,
  ) {}

  getId(): string {
    return this._record.id;
  }
  getName(): string {
    return this._record.name;
  }
  setName(...[name]: FolderArgs<"setName">): this {
    this._record.name = name;
    return this;
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this._record.id}`;
  }
  getParents(): FakeDriveIterator<FakeFolder> {
    return new FakeDriveIterator(
      this.drive._env,
      this._record.parents.map((id) => this.drive._folder(id)),
    );
  }
  /** A file from a blob (named after it) or from `name, content[, mimeType]`, in this folder. */
  createFile(...args: FolderArgs<"createFile">): FakeFile {
    return this.drive._create(args as unknown[], this._record.id);
  }
  createFolder(...[name]: FolderArgs<"createFolder">): FakeFolder {
    return this.drive._folder(this.drive.store.addFolder({ name, parentId: this._record.id }).id);
  }
  getFiles(): FakeDriveIterator<FakeFile> {
    return this.drive._iterate(this.drive.store.filesIn(this._record.id));
  }
  getFilesByName(...[name]: FolderArgs<"getFilesByName">): FakeDriveIterator<FakeFile> {
    return this.drive._iterate(this.drive.store.filesIn(this._record.id).filter((f) => f.name === name));
  }
  getFolders(): FakeDriveIterator<FakeFolder> {
    const folders = this.drive.store.foldersIn(this._record.id).map((f) => this.drive._folder(f.id));
    return new FakeDriveIterator(this.drive._env, folders);
  }
  getFoldersByName(...[name]: FolderArgs<"getFoldersByName">): FakeDriveIterator<FakeFolder> {
    const folders = this.drive.store.foldersIn(this._record.id).filter((f) => f.name === name);
    return new FakeDriveIterator(
      this.drive._env,
      folders.map((f) => this.drive._folder(f.id)),
    );
  }
}
