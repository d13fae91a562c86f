import {
  Attribute,
  ElementType,
  HorizontalAlignment,
  ParagraphHeading,
  TextAlignment,
  VerticalAlignment,
} from "./doc-attributes";
import { type DocSession, docContext } from "./doc-context";
import { type DocumentDump, dumpDocument } from "./doc-dump";
import { type BodyNode, NEW_DOC_PAGE } from "./doc-model";
import { blockText, paragraphNode } from "./doc-nodes";
import { FakeParagraph } from "./doc-paragraph";
import { documentLayout } from "./doc-pdf";
import { FakeTable } from "./doc-table";
import { cloneBody, type DocRecord, FakeDocument } from "./document";
import { type DriveStore, MimeType } from "./drive-store";
import { type GasEnv, gasError } from "./env";
import type { DocumentAppArgs } from "./gas-types";
import { writePdf } from "./pdf-writer";

/** Test-only methods of FakeDocumentApp: not recorded in the call log. */
export const DOCUMENT_APP_CONTROLS = ["dump"];

/**
 * `DocumentApp`: Google Docs kept in memory and filed in the sandbox's Drive (new documents go to
 * My Drive). Counted as "DocumentApp.*". A new document's body holds one empty paragraph; exports
 * (`getAs`, Drive's `File.getAs`) see the content as last saved: by `saveAndClose()` or at the
 * end of the execution (`sandbox.call` returning), as in Apps Script.
 */
export class FakeDocumentApp {
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  readonly TextAlignment = TextAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  /** Every document by id. */
  readonly documents = new Map<string, DocRecord>();
  private readonly open: { session: DocSession; record: DocRecord }[] = [];

  constructor(
    private readonly env: GasEnv,
    private readonly drive: DriveStore,
  ) {}

  private handle(record: DocRecord): FakeDocument {
    const session = { closed: false };
    this.open.push({ session, record });
    const ctx = docContext(this.env, session);
    ctx.block = (node, container) =>
      node.type === "PARAGRAPH"
        ? ctx.wrap(new FakeParagraph(ctx, node, container), "Paragraph")
        : ctx.wrap(new FakeTable(ctx, node, container), "Table");
    return this.env.calls.track(new FakeDocument(ctx, record), "Document");
  }

  create(...[name]: DocumentAppArgs<"create">): FakeDocument {
    const body: BodyNode = {
      type: "BODY_SECTION",
      children: [paragraphNode()],
      page: { ...NEW_DOC_PAGE },
      textStyle: {},
    };
    const file = this.drive.addFile({ name, mimeType: MimeType.GOOGLE_DOCS });
    const record: DocRecord = { file, body, saved: cloneBody(body) };
    file.exportAs = (contentType) => {
      if (contentType === MimeType.PDF) return writePdf(documentLayout(file.name, record.saved));
      if (contentType === MimeType.PLAIN_TEXT)
        return new Uint8Array(Buffer.from(record.saved.children.map(blockText).join("\n")));
      return undefined;
    };
    this.documents.set(file.id, record);
    return this.handle(record);
  }
  openById(...[id]: DocumentAppArgs<"openById">): FakeDocument {
    const record = this.documents.get(id);
    if (!record || record.file.trashed) {
      throw gasError(
        this.env,
        "Document is missing (perhaps it was deleted, or you don't have read access?)",
      );
    }
    return this.handle(record);
  }
  openByUrl(...[url]: DocumentAppArgs<"openByUrl">): FakeDocument {
    const id = /\/d\/([^/?#]+)|[?&]id=([^&#]+)/.exec(url);
    return this.openById(id?.[1] ?? id?.[2] ?? url);
  }

  /** Test helper: a document's live content as plain data, by id. */
  dump(id: string): DocumentDump {
    const record = this.documents.get(id);
    if (!record) throw new Error(`No document ${id} in the sandbox`);
    return dumpDocument(id, record.file.name, record.body);
  }
  /** The end of an execution: Apps Script saves and closes every open document. */
  _endExecution(): void {
    for (const { session, record } of this.open.splice(0)) {
      if (!session.closed) record.saved = cloneBody(record.body);
      session.closed = true;
    }
  }
}
