import { randomBytes } from "node:crypto";
import { copyFile, open, rename, rm, stat } from "node:fs/promises";

export interface AtomicWriteOptions {
  /** The temporary file beside `path` (same file system); by default a fresh random name. */
  readonly tmp?: string;
  /** Copy the previous file to `<path>.bak` before replacing it. */
  readonly backup?: boolean;
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Writes `data` to `path` so that a reader never sees half a file: the bytes go to a temporary
 * file beside it, flushed to disk, then renamed over `path` in one step; on failure the
 * temporary file is removed and the error rethrown.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const tmp = options.tmp ?? `${path}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const handle = await open(tmp, "w");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup && (await exists(path))) await copyFile(path, `${path}.bak`);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
