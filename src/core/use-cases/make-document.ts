import { formatCivil } from "../dates";
import { type DocumentKind, type DocumentOptions, documentKind } from "../documents/catalogue";
import { documentSheet } from "../documents/document-sheet";
import type { DocumentModel } from "../documents/model";
import { decisionLevels, documentSource } from "../documents/source";
import { countFindings } from "../findings/areas";
import { parsePlan } from "../plan/parse-plan";
import { nameKey } from "../text/name-key";
import { type ActionInput, type Outcome, Refusal } from "./action";

/** What a document action made, as data: the dialog adds the links once the files exist. */
export interface DocumentResult {
  readonly name: string;
  readonly fileName: string;
  /** The `BC …` tab rebuilt with the same content. */
  readonly sheet: string;
}

/**
 * A document of the `Báo cáo` submenu (admins only: the menu item says so, the server checks): the checks run once, the document model
 * is built from them, and the writes rebuild its `BC …` tab, create the Google Doc and its PDF
 * in `Thư mục Drive` (else the spreadsheet's folder) and log the action.
 */
export function makeDocument(kind: DocumentKind, options: DocumentOptions = {}) {
  return (input: ActionInput): Outcome<DocumentResult> => {
    const source = documentSource(input.snapshot, input.now, input.timeZone);
    const model = kind.build(source, options);
    const folderId = source.check.index.plan.documents.driveFolder;
    const where = folderId ? "thư mục Drive đã đặt ở trang Cấu hình" : "thư mục chứa bảng tính";
    return {
      result: { name: kind.name, fileName: model.fileName, sheet: kind.sheet },
      writes: [
        { kind: "report", report: documentSheet(model, kind.sheet) },
        { kind: "document", model, folderId },
        {
          kind: "log",
          action: `Lập văn bản: ${kind.name}`,
          detail: `'${model.fileName}' (Google Tài liệu và PDF) trong ${where}; trang '${kind.sheet}'.`,
        },
      ],
    };
  };
}

/** The `Cấp quyết định` values of `Danh hiệu`, for an admin choosing one (refused when there is none). */
export function documentLevels(input: ActionInput): Outcome<string[]> {
  const levels = decisionLevels(parsePlan(input.snapshot, input.now).index.plan.titles);
  if (levels.length === 0)
    throw new Refusal(
      "NO_LEVEL",
      "Chưa có danh hiệu nào ghi 'Cấp quyết định' trong trang Danh hiệu: hãy điền cột này (ví dụ 'Thị xã', 'Thành phố') rồi thử lại.",
    );
  return { result: levels, writes: [] };
}

/** The level an answer names: its number in the list shown, or its name (case and tones as names compare). */
export function pickLevel(levels: readonly string[], answer: string): string {
  const text = answer.trim();
  const byNumber = /^\d+$/.test(text) ? levels[Number(text) - 1] : undefined;
  const found = byNumber ?? levels.find((l) => nameKey(l) === nameKey(text));
  if (found) return found;
  throw new Refusal(
    "UNKNOWN_LEVEL",
    `'${text}' không phải là cấp quyết định có trong trang Danh hiệu. Hãy nhập số thứ tự hoặc tên một cấp: ${levels.join(", ")}.`,
  );
}

/** The documents built offline, and the errors the checks found on the way (the exit code says it). */
export interface DocumentModels {
  readonly models: readonly DocumentModel[];
  readonly errors: number;
  /** "Today" of the checks and the documents, dd/mm/yyyy. */
  readonly today: string;
}

/**
 * The models of the documents `ids` (offline: `npm run report`), built from one run of the
 * checks; nothing is written. Unknown ids, and a level `Danh hiệu` does not have, are refused.
 */
export function documentModels(ids: readonly string[], options: DocumentOptions = {}) {
  return (input: ActionInput): Outcome<DocumentModels> => {
    const kinds = ids.map((id) => {
      const kind = documentKind(id);
      if (!kind) throw new Refusal("UNKNOWN_DOCUMENT", `Không có văn bản '${id}'.`);
      return kind;
    });
    const source = documentSource(input.snapshot, input.now, input.timeZone);
    const { plan } = source.check.index;
    const level = options.level ? pickLevel(decisionLevels(plan.titles), options.level) : null;
    return {
      result: {
        models: kinds.map((k) => k.build(source, { level })),
        errors: countFindings(source.check.findings).errors,
        today: formatCivil(plan.today),
      },
      writes: [],
    };
  };
}
