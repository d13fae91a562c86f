import { type Cell, cellText } from "../cell";

/**
 * One address: a local part, `@`, a domain with a dot. Not preceded by a letter or an address
 * character, so `nguyễn@x.vn` is not read as `n@x.vn`; `mailto:`, `<…>` and `(…)` around it are
 * left out by the character classes themselves.
 */
const ADDRESS =
  /(?<![\p{L}\p{N}._%+'-])[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\p{L}\p{N}])/giu;
const SEPARATORS = new Set([",", ";", "\n", "\r"]);
const OPENERS: Record<string, string> = { "<": ">", "(": ")", '"': '"' };

/** The e-mails of a cell as people write them. */
export interface EmailCell {
  /** The addresses found, lower-cased, in order, each once. */
  readonly emails: readonly string[];
  /** The parts that are no address (a name alone, `a@b`), as written: the cell's BT03. */
  readonly notEmails: readonly string[];
}

/**
 * Reads the addresses of an e-mail cell: `Phòng Nội vụ <noivu@x.vn>`, `mailto:a@x.vn`,
 * `Nguyễn A (a@x.vn)`, lists separated by `;`, `,`, new lines or spaces, any case. A part that
 * holds an address may also hold its owner's name; a part with text but no address, or a word
 * with `@` that is no address, is reported in `notEmails`.
 */
export function readEmails(cell: Cell): EmailCell {
  const emails: string[] = [];
  const notEmails: string[] = [];
  for (const part of splitParts(cellText(cell).normalize("NFC"))) {
    const found = part.match(ADDRESS) ?? [];
    for (const address of found) {
      const email = address.toLowerCase();
      if (!emails.includes(email)) emails.push(email);
    }
    const rest = part.replace(ADDRESS, " ");
    const broken = rest.split(/[\s<>()"]+/u).filter((w) => w.includes("@"));
    if (found.length === 0 && /[\p{L}\p{N}]/u.test(part)) notEmails.push(part.trim().replace(/\s+/gu, " "));
    else notEmails.push(...broken.map((w) => w.replace(/^mailto:/iu, "")));
  }
  return { emails, notEmails };
}

/** The addresses of an e-mail cell, lower-cased (see {@link readEmails}). */
export const emailList = (cell: Cell): string[] => [...readEmails(cell).emails];

/** The cell split at `,` `;` and line breaks, except inside `<…>`, `(…)` or quotes (a name may hold a comma). */
function splitParts(text: string): string[] {
  const parts: string[] = [];
  let closer: string | null = null;
  let current = "";
  for (const ch of text) {
    if (closer !== null) {
      if (ch === closer) closer = null;
      current += ch;
    } else if (SEPARATORS.has(ch)) {
      parts.push(current);
      current = "";
    } else {
      closer = OPENERS[ch] ?? null;
      current += ch;
    }
  }
  parts.push(current);
  return parts.filter((p) => p.trim() !== "");
}
