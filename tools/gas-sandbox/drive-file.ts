import { FakeBlob } from "./blob";
import type { FakeDriveApp } from "./drive-app";
import { FakeDriveIterator } from "./drive-iterator";
import { type DriveFileRecord, MimeType } from "./drive-store";
import { gasError } from "./env";
import type { FileArgs } from "./gas-types";
import type { FakeUser } from "./session";

const EXTENSIONS: Record<string, string> = { [MimeType.PDF]: "pdf", [MimeType.PLAIN_TEXT]: "txt" };

/** A Drive `File`. Counted as "File.*". */
export class FakeFile {
  constructor(
    private readonly drive: FakeDriveApp,
    readonly _record: DriveFileRecord,
  ) {}

  private touch(): this {
    this._record.updated = this.drive._env.clock.now();
    return this;
  }

  getId(): string {
    return this._record.id;
  }
  getName(): string {
    return this._record.name;
  }
  setName(...[name]: FileArgs<"setName">): this {
    this._record.name = name;
    return this.touch();
  }
  getMimeType(): string {
    return this._record.mimeType;
  }
  getUrl(): string {
    const { id, mimeType } = this._record;
    if (mimeType === MimeType.GOOGLE_DOCS)
      return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
    if (mimeType === MimeType.GOOGLE_SHEETS)
      return `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`;
    return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
  }
  getSize(): number {
    return this._record.bytes?.length ?? 0;
  }
  getDateCreated(): Date {
    return new this.drive._env.realm.Date(this._record.created);
  }
  getLastUpdated(): Date {
    return new this.drive._env.realm.Date(this._record.updated);
  }
  getOwner(): FakeUser {
    const email = this._record.owner;
    return { getEmail: () => email };
  }
  getParents(): FakeDriveIterator<object> {
    const folders = this._record.parents.map((id) => this.drive._folder(id));
    return new FakeDriveIterator(this.drive._env, folders);
  }
  /** Moves the file to `destination`: it leaves every other folder. */
  moveTo(...[destination]: FileArgs<"moveTo">): this {
    this._record.parents = [destination.getId()];
    return this.touch();
  }
  isTrashed(): boolean {
    return this._record.trashed;
  }
  setTrashed(...[trashed]: FileArgs<"setTrashed">): this {
    this._record.trashed = trashed;
    return this.touch();
  }
  /** An uploaded file's bytes as is; a Google file exported (Docs: PDF or text; Sheets: PDF). */
  getAs(...[contentType]: FileArgs<"getAs">): FakeBlob {
    const { bytes, exportAs, mimeType, name } = this._record;
    const out = bytes && contentType === mimeType ? bytes : exportAs?.(contentType);
    if (!out)
      throw gasError(this.drive._env, `Converting from ${mimeType} to ${contentType} is not supported.`);
    const extension = EXTENSIONS[contentType];
    const blobName = bytes || !extension ? name : `${name}.${extension}`;
    return new FakeBlob(this.drive._env, out, contentType, blobName);
  }
  /** An uploaded file's content; Google files come as PDF, as in Apps Script. */
  getBlob(): FakeBlob {
    return this.getAs(this._record.bytes ? this._record.mimeType : MimeType.PDF);
  }
  makeCopy(...args: FileArgs<"makeCopy">): FakeFile {
    const name = typeof args[0] === "string" ? args[0] : `Copy of ${this._record.name}`;
    const folder = args.find((a) => typeof a === "object") as { getId(): string } | undefined;
    const parents = folder ? [folder.getId()] : [...this._record.parents];
    if (!this._record.bytes)
      throw new Error("gas-sandbox: makeCopy copies uploaded files only (Google files: not modelled)");
    return this.drive._newFile({ ...this._record, name, parents, bytes: new Uint8Array(this._record.bytes) });
  }
}
