import { DOSSIER_KIND, dossierStatus } from "./dossier-status";
import { EXCLUDED_UNITS_KIND, excludedUnitsList } from "./excluded-units";
import type { DocumentModel } from "./model";
import { REGISTRATION_LIST_KIND, registrationList } from "./registration-list";
import type { DocumentSource } from "./source";
import { SUMMARY_KIND, summaryReport } from "./summary";
import { TIMELINE_KIND, timelineStatus } from "./timeline-status";

/** Options a document may take: the `Cấp quyết định` of the registration list. */
export interface DocumentOptions {
  readonly level?: string | null;
}

/** A document the office signs: its id (the offline `--only`), its name, its `BC …` tab, its builder. */
export interface DocumentKind {
  readonly id: string;
  readonly name: string;
  readonly sheet: string;
  readonly build: (source: DocumentSource, options: DocumentOptions) => DocumentModel;
}

/**
 * The documents of DOCUMENTS.md that need no year-end data, in menu order. A year-end document
 * (`Danh sách đề nghị khen thưởng`, `Tờ trình`) is one more entry: a builder from the same source.
 */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  {
    id: REGISTRATION_LIST_KIND,
    name: "Danh sách đăng ký thi đua",
    sheet: "BC Danh sách đăng ký",
    build: (s, o) => registrationList(s, o.level ?? null),
  },
  {
    id: SUMMARY_KIND,
    name: "Tổng hợp theo cụm và danh hiệu",
    sheet: "BC Tổng hợp đăng ký",
    build: summaryReport,
  },
  {
    id: EXCLUDED_UNITS_KIND,
    name: "Đơn vị không được xét khen thưởng",
    sheet: "BC Đơn vị không được xét",
    build: excludedUnitsList,
  },
  { id: DOSSIER_KIND, name: "Tình hình hồ sơ cụm", sheet: "BC Hồ sơ cụm", build: dossierStatus },
  { id: TIMELINE_KIND, name: "Tiến độ thực hiện kế hoạch", sheet: "BC Tiến độ", build: timelineStatus },
];

/** The document kind of an id, or undefined. */
export const documentKind = (id: string): DocumentKind | undefined => DOCUMENT_KINDS.find((k) => k.id === id);
