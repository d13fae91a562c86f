import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { writeFileAtomic as replaceFile } from "../files/atomic-file";
import { xlsxError } from "./errors";

/**
 * Saves a workbook's bytes so that a crash never leaves a half-written file: through
 * `<path>.tmp` (a stale one from a killed save is replaced), the previous file kept as
 * `<path>.bak`; a failure is an XlsxFileError naming the file.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await replaceFile(path, data, { tmp: `${path}.tmp`, backup: true });
  } catch (e) {
    throw xlsxError("WRITE_FAILED", path, (e as NodeJS.ErrnoException).code ?? "");
  }
}
