import { copyFile, mkdir, open, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { xlsxError } from "./errors";

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes `data` to `path` so that a crash never leaves a half-written file: the bytes go to
 * `<path>.tmp` (flushed to disk), the previous file is copied to `<path>.bak`, then the
 * temporary file is renamed over `path` (an atomic replace on one file system).
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const tmp = `${path}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(tmp, "w");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (await exists(path)) await copyFile(path, `${path}.bak`);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw xlsxError("WRITE_FAILED", path, (e as NodeJS.ErrnoException).code ?? "");
  }
}
