import { FakeBlob } from "./blob";
import { FakeBody } from "./doc-body";
import type { DocContext } from "./doc-context";
import { type DocumentDump, dumpDocument } from "./doc-dump";
import type { BodyNode } from "./doc-model";
import { type DriveFileRecord, MimeType } from "./drive-store";
import { gasError } from "./env";
import type { DocumentArgs } from "./gas-types";

/** A document's state: the live body, and the body as last saved (what exports see). */
export interface DocRecord {
  file: DriveFileRecord;
  body: BodyNode;
  saved: BodyNode;
}

export const cloneBody = (body: BodyNode): BodyNode => structuredClone(body);

/** A `Document` handle. Counted as "Document.*". After `saveAndClose()` its elements refuse calls. */
export class FakeDocument {
  constructor(
    private readonly ctx: DocContext,
    readonly _record: DocRecord,
  ) {}

  getId(): string {
    return this._record.file.id;
  }
  getName(): string {
    return this._record.file.name;
  }
  setName(...[name]: DocumentArgs<"setName">): this {
    this._record.file.name = name;
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/open?id=${this.getId()}`;
  }
  getBody(): FakeBody {
    if (this.ctx.session.closed)
      throw gasError(this.ctx.env, "Document is closed, its contents cannot be updated.");
    return this.ctx.wrap(new FakeBody(this.ctx, this._record.body), "Body");
  }
  /** Flushes pending changes (exports see them from now on) and closes this handle. */
  saveAndClose(): void {
    this._record.saved = cloneBody(this._record.body);
    this.ctx.session.closed = true;
  }
  getAs(...[contentType]: DocumentArgs<"getAs">): FakeBlob {
    const bytes = this._record.file.exportAs?.(contentType);
    if (!bytes)
      throw gasError(
        this.ctx.env,
        `Converting from ${MimeType.GOOGLE_DOCS} to ${contentType} is not supported.`,
      );
    const extension =
      contentType === MimeType.PDF ? ".pdf" : contentType === MimeType.PLAIN_TEXT ? ".txt" : "";
    return new FakeBlob(this.ctx.env, bytes, contentType, `${this.getName()}${extension}`);
  }
  getBlob(): FakeBlob {
    return this.getAs(MimeType.PDF);
  }
  /** The live content as plain data, for tests (not a GAS method, not counted). */
  _dump(): DocumentDump {
    return dumpDocument(this.getId(), this.getName(), this._record.body);
  }
}
