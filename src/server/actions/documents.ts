import { REGISTRATION_LIST_KIND } from "../../core/documents/registration-list";
import {
  REPORT_DOSSIER,
  REPORT_EXCLUDED,
  REPORT_LIST,
  REPORT_LIST_LEVEL,
  REPORT_SUMMARY,
  REPORT_TIMELINE,
} from "../../core/menu/menu";
import { type DocumentModels, documentModels } from "../../core/use-cases/make-document";
import { askLevel, runDocument } from "../documents/run-document";
import { performUnchecked } from "../perform";

/** Menu `Báo cáo`: each item makes one document (its `BC …` tab, Google Doc and PDF). */
export function reportRegistrationList(): void {
  runDocument(REPORT_LIST, REGISTRATION_LIST_KIND);
}

export function reportRegistrationListByLevel(): void {
  runDocument(REPORT_LIST_LEVEL, REGISTRATION_LIST_KIND, () => askLevel(REPORT_LIST_LEVEL));
}

export function reportSummary(): void {
  runDocument(REPORT_SUMMARY, "tong-hop-cum-danh-hieu");
}

export function reportExcludedUnits(): void {
  runDocument(REPORT_EXCLUDED, "don-vi-khong-xet");
}

export function reportDossier(): void {
  runDocument(REPORT_DOSSIER, "ho-so-cum");
}

export function reportTimeline(): void {
  runDocument(REPORT_TIMELINE, "tien-do");
}

/** The document models of `ids` as plain data, nothing written (the offline `npm run report`). */
export function reportDocuments_(ids: string[], level: string | null = null): DocumentModels {
  return performUnchecked(documentModels(ids, { level })).result;
}
