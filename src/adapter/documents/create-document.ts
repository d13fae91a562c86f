import type { CreatedDocument } from "../../core/documents/dialog-html";
import type { DocumentModel } from "../../core/documents/model";
import { renderDocument } from "./render-doc";

type Folder = GoogleAppsScript.Drive.Folder;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Blob = GoogleAppsScript.Base.Blob;

/** The charts of a `BC …` tab as PNG images, in the order they were inserted; none when it fails. */
function chartPictures(sheet: Sheet | null): Blob[] {
  if (!sheet) return [];
  try {
    return sheet.getCharts().map((c) => c.getAs("image/png"));
  } catch {
    return []; // the Doc then shows the chart's numbers as a table
  }
}

/**
 * Creates the Google Doc of `model` in `folder` (DocumentApp files it in My Drive: it is moved),
 * saves it, and exports its PDF into the same folder, both named `model.fileName`. Charts are
 * drawn from the `BC …` tab that shows the same document.
 */
export function createDocument(
  model: DocumentModel,
  folder: Folder,
  tab: Sheet | null,
): Omit<CreatedDocument, "name" | "sheet"> {
  const doc = DocumentApp.create(model.fileName);
  renderDocument(doc.getBody(), model, chartPictures(tab));
  doc.saveAndClose();
  const file = DriveApp.getFileById(doc.getId());
  file.moveTo(folder);
  const pdf = folder.createFile(file.getAs("application/pdf").setName(`${model.fileName}.pdf`));
  return {
    fileName: model.fileName,
    docUrl: file.getUrl(),
    pdfUrl: pdf.getUrl(),
    folderName: folder.getName(),
    folderUrl: folder.getUrl(),
  };
}
