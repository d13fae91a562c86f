/** One file of a zip, as its central directory declares it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** Declared unpacked size: a promise of the file, checked while inflating. */
  readonly size: number;
  readonly localOffset: number;
}

/** A zip that cannot be read: the caller reports the file as corrupt. */
export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

function u64(buffer: Buffer, at: number): number {
  const value = buffer.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("size out of range");
  return Number(value);
}

function need(buffer: Buffer, at: number, length: number): void {
  if (at < 0 || at + length > buffer.length) throw new ZipFormatError("truncated");
}

/** The end-of-central-directory record, searched backwards over the largest possible comment. */
function findEnd(buffer: Buffer): number {
  const floor = Math.max(0, buffer.length - 22 - MAX_COMMENT);
  for (let at = buffer.length - 22; at >= floor; at--) {
    if (buffer.readUInt32LE(at) === EOCD && at + 22 + buffer.readUInt16LE(at + 20) <= buffer.length)
      return at;
  }
  throw new ZipFormatError("no end of central directory");
}

/** Where the central directory starts and how many entries it lists (ZIP64 when marked so). */
function directory(buffer: Buffer): { offset: number; count: number } {
  const end = findEnd(buffer);
  let count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    need(buffer, locator, 20);
    if (buffer.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipFormatError("no ZIP64 locator");
    const record = u64(buffer, locator + 8);
    need(buffer, record, 56);
    if (buffer.readUInt32LE(record) !== ZIP64_EOCD) throw new ZipFormatError("no ZIP64 record");
    count = u64(buffer, record + 32);
    offset = u64(buffer, record + 48);
  }
  return { offset, count };
}

/** Sizes and offset that the 32-bit fields mark as 0xFFFFFFFF live in the ZIP64 extra field. */
function zip64Fields(extra: Buffer, wanted: boolean[]): number[] {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      const out: number[] = [];
      let p = at + 4;
      for (const w of wanted) {
        if (!w) continue;
        need(extra, p, 8);
        out.push(u64(extra, p));
        p += 8;
      }
      return out;
    }
    at += 4 + length;
  }
  throw new ZipFormatError("no ZIP64 extra field");
}

/**
 * The entries of a zip from its central directory, without inflating anything: what a reader
 * would unpack, and how big each entry says it is. Throws `ZipFormatError` on a malformed zip.
 * `maxEntries` stops the listing early, so that a directory of millions of entries costs nothing.
 */
export function readZipDirectory(buffer: Buffer, maxEntries: number): { entries: ZipEntry[]; count: number } {
  const { offset, count } = directory(buffer);
  if (count > maxEntries) return { entries: [], count };
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(buffer, at, 46);
    if (buffer.readUInt32LE(at) !== CENTRAL) throw new ZipFormatError("bad central directory entry");
    const flags = buffer.readUInt16LE(at + 8);
    let compressedSize = buffer.readUInt32LE(at + 20);
    let size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    let localOffset = buffer.readUInt32LE(at + 42);
    need(buffer, at + 46, nameLength + extraLength + commentLength);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    const wide = [size, compressedSize, localOffset].map((v) => v === 0xffffffff);
    if (wide.some(Boolean)) {
      const extra = buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      const values = zip64Fields(extra, wide);
      if (wide[0]) size = values.shift() as number;
      if (wide[1]) compressedSize = values.shift() as number;
      if (wide[2]) localOffset = values.shift() as number;
    }
    const method = buffer.readUInt16LE(at + 10);
    entries.push({ name, method, encrypted: (flags & 1) === 1, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, count };
}

/** The packed bytes of an entry, found through its local header. */
export function entryData(buffer: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  need(buffer, at, 30);
  if (buffer.readUInt32LE(at) !== LOCAL) throw new ZipFormatError("bad local header");
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  need(buffer, start, entry.compressedSize);
  return buffer.subarray(start, start + entry.compressedSize);
}
