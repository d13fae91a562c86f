import { open, stat } from "node:fs/promises";
import { type XlsxFileError, xlsxError } from "./errors";
import { isZip, notZipKind, zipKind } from "./file-kind";
import { LIMITS, megabytes } from "./limits";
import { readZipDirectory, type ZipEntry, ZipFormatError } from "./zip-directory";
import { ZipReader } from "./zip-entries";

function ioError(path: string, e: unknown): XlsxFileError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return xlsxError("NOT_FOUND", path);
  if (code === "EISDIR") return xlsxError("DIRECTORY", path);
  if (code === "EACCES" || code === "EPERM") return xlsxError("UNREADABLE", path, "không có quyền đọc");
  return xlsxError("UNREADABLE", path, code ?? "");
}

function tooLarge(path: string, size: number): XlsxFileError {
  return xlsxError("TOO_LARGE", path, `${megabytes(size)}; giới hạn ${megabytes(LIMITS.fileBytes)}`);
}

/**
 * The file's bytes, after checking that it is a regular file of a size worth reading. At most
 * the size seen is read, so a file that grows meanwhile (or a device such as /dev/zero, which
 * is refused anyway) cannot make the read unbounded.
 */
async function readBytes(path: string): Promise<Buffer> {
  const fail = (e: unknown): never => {
    throw ioError(path, e);
  };
  const info = await stat(path).catch(fail);
  if (info.isDirectory()) throw xlsxError("DIRECTORY", path);
  if (!info.isFile()) throw xlsxError("UNREADABLE", path, "không phải một tệp thông thường");
  if (info.size > LIMITS.fileBytes) throw tooLarge(path, info.size);
  const handle = await open(path, "r").catch(fail);
  try {
    const buffer = Buffer.alloc(info.size);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled).catch(fail);
      if (bytesRead === 0) break; // shrank since stat: what is there is read
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Refuses a zip whose declared content is out of proportion, before anything is inflated. */
function checkDeclared(path: string, entries: readonly ZipEntry[], count: number, fileSize: number): void {
  const bomb = (detail: string) => xlsxError("ZIP_BOMB", path, detail);
  if (count > LIMITS.entries) throw bomb(`${count} mục bên trong; giới hạn ${LIMITS.entries}`);
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > LIMITS.unpackedBytes)
    throw bomb(`giải nén ra ${megabytes(total)}; giới hạn ${megabytes(LIMITS.unpackedBytes)}`);
  const ratio = (unpacked: number, packed: number) =>
    unpacked > LIMITS.ratioFloorBytes && unpacked / Math.max(packed, 1) > LIMITS.ratio;
  if (ratio(total, fileSize))
    throw bomb(
      `${megabytes(fileSize)} giải nén ra ${megabytes(total)}, gấp ${Math.round(total / fileSize)} lần; giới hạn ${LIMITS.ratio} lần`,
    );
  const packed = entries.find((e) => ratio(e.size, e.compressedSize));
  if (packed)
    throw bomb(
      `mục '${packed.name}' nén gấp ${Math.round(packed.size / Math.max(packed.compressedSize, 1))} lần; giới hạn ${LIMITS.ratio} lần`,
    );
}

/**
 * Opens an `.xlsx` file as a bounded zip: a missing path, a directory, an empty or too large
 * file, a CSV, an .xls, a password-protected or OpenDocument file, a corrupt zip, or a zip
 * whose central directory declares too much (see `LIMITS`) throw an `XlsxFileError` whose
 * message says what to do. Nothing is inflated but the `mimetype` of a non-Excel zip.
 */
export async function openXlsxZip(path: string): Promise<ZipReader> {
  const buffer = await readBytes(path);
  if (buffer.length === 0) throw xlsxError("EMPTY", path);
  if (!isZip(buffer)) throw xlsxError(notZipKind(buffer, path), path);
  let directory: ReturnType<typeof readZipDirectory>;
  try {
    directory = readZipDirectory(buffer, LIMITS.entries);
  } catch (e) {
    if (e instanceof ZipFormatError || e instanceof RangeError) throw xlsxError("CORRUPT", path);
    throw e;
  }
  checkDeclared(path, directory.entries, directory.count, buffer.length);
  const zip = new ZipReader(path, buffer, directory.entries);
  const kind = zipKind(zip);
  if (kind) throw xlsxError(kind, path);
  return zip;
}
