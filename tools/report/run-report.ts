import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { DocumentModel } from "../../src/core/documents/model";
import type { DocumentModels } from "../../src/core/use-cases/make-document";
import { writeFileAtomic } from "../files/atomic-file";
import type { Sandbox } from "../gas-sandbox";
import { renderDocx } from "./render-docx";
import { safeFileName } from "./safe-file-name";

/** A failure inside the add-on (a refusal, an unexpected fault): its message, as the add-on gave it. */
export class ReportFailure extends Error {
  override readonly name = "ReportFailure";
}

/**
 * The document models of the built bundle (`reportDocuments_`) over the sandboxed workbook, as
 * plain host data; a refusal (an unknown level) becomes a ReportFailure with its message.
 */
export function reportModels(sb: Sandbox, ids: readonly string[], level: string | null): DocumentModels {
  let result: unknown;
  try {
    result = sb.call("reportDocuments_", [...ids], level);
  } catch (e) {
    throw new ReportFailure(
      e instanceof Error || (e && typeof e === "object") ? String((e as Error).message) : String(e),
    );
  }
  const plain = JSON.parse(JSON.stringify(result ?? null)) as DocumentModels | null;
  if (!plain || !Array.isArray(plain.models))
    throw new ReportFailure("Bản build không trả về văn bản: hãy chạy 'npm run build' rồi thử lại.");
  return plain;
}

/**
 * The year-end documents of the built bundle (`buildProposalList_`: the proposal list, then one
 * cover letter per deciding level); its refusal (no result entered yet) becomes a ReportFailure.
 */
export function proposalModels(sb: Sandbox): DocumentModel[] {
  let result: unknown;
  try {
    result = sb.call("buildProposalList_");
  } catch (e) {
    throw new ReportFailure(
      `Chưa lập được văn bản đề nghị khen thưởng: ${String((e as Error)?.message ?? e)}`,
    );
  }
  const plain = JSON.parse(JSON.stringify(result ?? null)) as { documents?: DocumentModel[] } | null;
  if (!plain || !Array.isArray(plain.documents))
    throw new ReportFailure("Bản build không trả về văn bản: hãy chạy 'npm run build' rồi thử lại.");
  return plain.documents;
}

/** Without Chromium: the Word files only (charts as tables of their numbers), atomically. */
export async function writeDocxOnly(models: readonly DocumentModel[], dir: string): Promise<string[]> {
  const files = await Promise.all(models.map((m) => renderDocx(m)));
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [i, model] of models.entries()) {
    const path = join(dir, `${safeFileName(model.fileName)}.docx`);
    await writeFileAtomic(path, files[i] as Buffer);
    paths.push(path);
  }
  return paths;
}
