import { StringDecoder } from "node:string_decoder";
import { inflateRawSync } from "node:zlib";
import { xlsxError } from "./errors";
import { LIMITS, megabytes } from "./limits";
import { entryData, type ZipEntry, ZipFormatError } from "./zip-directory";

/** Characters handed to the XML parser at a time: small enough to keep its event batches small. */
const TEXT_CHUNK = 64 * 1024;

/**
 * Unpacks the entries of a zip already held in memory, never past what the central directory
 * declared for each entry nor past `LIMITS.unpackedBytes` in all: inflation stops at the first
 * byte over (zlib's `maxOutputLength`), since declared sizes can lie.
 */
export class ZipReader {
  private unpacked = 0;

  constructor(
    readonly path: string,
    readonly buffer: Buffer,
    readonly entries: readonly ZipEntry[],
  ) {}

  find(name: string): ZipEntry | undefined {
    return this.entries.find((e) => e.name === name);
  }

  /** The unpacked bytes of an entry (a `ZIP_BOMB` or `CORRUPT` XlsxFileError when they lie). */
  unpack(entry: ZipEntry): Buffer {
    const limit = Math.min(entry.size, LIMITS.unpackedBytes - this.unpacked);
    let out: Buffer;
    try {
      const data = entryData(this.buffer, entry);
      if (entry.encrypted) throw xlsxError("PASSWORD", this.path);
      if (entry.method === 0) out = data;
      else if (entry.method === 8) out = inflateRawSync(data, { maxOutputLength: limit + 1 });
      else throw new ZipFormatError(`compression method ${entry.method}`);
    } catch (e) {
      if (e instanceof RangeError) throw this.bomb(entry);
      if (e instanceof ZipFormatError || (e as NodeJS.ErrnoException).code?.startsWith("Z_"))
        throw xlsxError("CORRUPT", this.path);
      throw e;
    }
    if (out.length > limit) throw this.bomb(entry);
    if (out.length !== entry.size) throw xlsxError("CORRUPT", this.path);
    this.unpacked += out.length;
    return out;
  }

  /** Unpacks every entry and drops the bytes: proof that the whole file stays within bounds. */
  verifyAll(): void {
    for (const entry of this.entries) this.unpack(entry);
    this.unpacked = 0;
  }

  /**
   * The entry as text, in chunks cut on whole characters (ExcelJS decodes each chunk on its own,
   * so a Vietnamese letter split between two chunks would be garbled).
   */
  *text(entry: ZipEntry): Generator<string> {
    const bytes = this.unpack(entry);
    const decoder = new StringDecoder("utf8");
    for (let at = 0; at < bytes.length; at += TEXT_CHUNK)
      yield decoder.write(bytes.subarray(at, at + TEXT_CHUNK));
    const rest = decoder.end();
    if (rest) yield rest;
  }

  private bomb(entry: ZipEntry): Error {
    return xlsxError(
      "ZIP_BOMB",
      this.path,
      `mục '${entry.name}' giải nén ra nhiều hơn ${megabytes(entry.size)} đã khai báo`,
    );
  }
}
