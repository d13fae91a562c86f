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
import { perform } from "../perform";

/** Menu `Báo cáo`: each item makes one document (its `BC …` tab, Google Doc and PDF). */
export function reportRegistrationList(): void {
  runDocument(REPORT_LIST.caption, REGISTRATION_LIST_KIND);
}

export function reportRegistrationListByLevel(): void {
  runDocument(REPORT_LIST_LEVEL.caption, REGISTRATION_LIST_KIND, () => askLevel(REPORT_LIST_LEVEL.caption));
}

export function reportSummary(): void {
  runDocument(REPORT_SUMMARY.caption, "tong-hop-cum-danh-hieu");
}

export function reportExcludedUnits(): void {
  runDocument(REPORT_EXCLUDED.caption, "don-vi-khong-xet");
}

export function reportDossier(): void {
  runDocument(REPORT_DOSSIER.caption, "ho-so-cum");
}

export function reportTimeline(): void {
  runDocument(REPORT_TIMELINE.caption, "tien-do");
}

/** The document models of `ids` as plain data, nothing written (the offline `npm run report`). */
export function reportDocuments_(ids: string[], level: string | null = null): DocumentModels {
  return perform(documentModels(ids, { level }));
}
