import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import type { DocumentModel } from "../../src/core/documents/model";
import { writeFileAtomic } from "../files/atomic-file";
import { rasteriseCharts } from "./rasterise-charts";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";
import { safeFileName } from "./safe-file-name";

/** Where one model's files were written. */
export interface WrittenDocument {
  readonly docx: string;
  readonly pdf: string;
}

/** Safe, distinct base names: a second "Danh sách" of the same day becomes "… (2)". */
function baseNames(models: readonly DocumentModel[]): string[] {
  const seen = new Map<string, number>();
  return models.map((m) => {
    const base = safeFileName(m.fileName);
    const key = base.toLowerCase(); // Windows and macOS do not tell case apart
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/**
 * Writes `<dir>/<fileName>.docx` and `.pdf` for each model (the directory is created). Every
 * file is rendered before the first is written, and each is written atomically, so a failure
 * leaves the folder as it was or with whole files only. Returns the paths, in model order.
 */
export async function writeDocuments(
  models: readonly DocumentModel[],
  dir: string,
  browser: Browser,
): Promise<WrittenDocument[]> {
  const docxFiles: Buffer[] = [];
  for (const model of models) {
    docxFiles.push(await renderDocx(model, { chartImages: await rasteriseCharts(model, browser) }));
  }
  const pdfFiles = await renderPdf(models, browser);
  await mkdir(dir, { recursive: true });
  const names = baseNames(models);
  const written: WrittenDocument[] = [];
  for (const [i, name] of names.entries()) {
    const paths = { docx: join(dir, `${name}.docx`), pdf: join(dir, `${name}.pdf`) };
    await writeFileAtomic(paths.docx, docxFiles[i] as Buffer);
    await writeFileAtomic(paths.pdf, pdfFiles[i] as Buffer);
    written.push(paths);
  }
  return written;
}
