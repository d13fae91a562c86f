const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };

/** Reads a PDF literal string starting at `start` (an opening parenthesis): its bytes and end. */
function readLiteral(source: string, start: number): { bytes: string; end: number } {
  let bytes = "";
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i] ?? "";
    if (c === "\\") {
      const next = source[++i] ?? "";
      bytes += ESCAPES[next] ?? next;
    } else if (c === "(") {
      if (depth++ > 0) bytes += c;
    } else if (c === ")") {
      if (--depth === 0) return { bytes, end: i };
      bytes += c;
    } else bytes += c;
  }
  return { bytes, end: source.length };
}

/**
 * Reads back the text of a PDF made by `writePdf`: one string per text object (`BT … ET`), in
 * the order drawn — a paragraph's line, or one table cell. A test helper, not an Apps Script API.
 */
export function pdfText(pdf: Uint8Array | { getBytes(): number[] } | { _bytes: Uint8Array }): string[] {
  const bytes =
    pdf instanceof Uint8Array
      ? pdf
      : "_bytes" in pdf
        ? pdf._bytes
        : Uint8Array.from(pdf.getBytes(), (b) => b & 0xff);
  const source = Buffer.from(bytes).toString("latin1");
  const out: string[] = [];
  let current: string | undefined;
  const token = (i: number, op: string): boolean =>
    source.startsWith(op, i) && /\s/.test(source[i - 1] ?? "") && /\s/.test(source[i + op.length] ?? "");
  for (let i = 0; i < source.length; i++) {
    if (source[i] === "(") {
      const { bytes: raw, end } = readLiteral(source, i);
      if (current !== undefined) current += Buffer.from(raw, "latin1").toString("utf8");
      i = end;
    } else if (token(i, "BT")) {
      current = "";
    } else if (current !== undefined && token(i, "ET")) {
      out.push(current);
      current = undefined;
    }
  }
  return out;
}
