import * as z from "zod/mini";
import type { Cell } from "../cell";
import { isBlank } from "../cell";
import { quote } from "../text/quote";
import { text } from "./cell-schemas";

/**
 * zod schemas for the settings of the documents and reminders. Like
 * `cell-schemas.ts`, each refuses an unusable value with a Vietnamese message
 * that `parseSettings` turns into a BT03 finding.
 */
const cell = z.custom<Cell>(() => true);

/** Lines of a cell: new lines, and also " / " (the way a one-line cell writes `TM. HỘI ĐỒNG / CHỦ TỊCH`). */
export const lines = z.pipe(
  cell,
  z.transform((c: Cell) =>
    typeof c === "string"
      ? c
          .split(/\r?\n|\r|\s+\/\s+/u)
          .map((l) => text.parse(l))
          .filter((l) => l !== "")
      : isBlank(c)
        ? []
        : [text.parse(c)],
  ),
);

// Drive ids are URL-safe base64-like strings; real folder ids are 19 characters or more
// (the old "0B…" ids are 28, current ones 33), so a short word is not taken for one.
const DRIVE_ID = /^[A-Za-z0-9_-]{19,}$/u;
const DRIVE_HOST = /^https?:\/\/drive\.google\.com\//iu;
const FOLDER_PATH = /\/folders\/([A-Za-z0-9_-]+)/u;
const ID_PARAM = /[?&]id=([A-Za-z0-9_-]+)/u;

/** The folder id of a Drive folder link (`…/drive/folders/ID`, `…/open?id=ID`) or of a bare id. */
export function driveFolderId(s: string): string | null {
  if (DRIVE_ID.test(s)) return s;
  if (!DRIVE_HOST.test(s) || /\/file\/d\//u.test(s)) return null;
  const id = FOLDER_PATH.exec(s)?.[1] ?? ID_PARAM.exec(s)?.[1];
  return id && DRIVE_ID.test(id) ? id : null;
}

/** A Drive folder link or id → the id; blank gives null. */
export const driveFolder = (message: string) =>
  z.pipe(
    text,
    z.transform((s: string, ctx): string | null => {
      if (!s) return null;
      const id = driveFolderId(s);
      if (id === null)
        ctx.issues.push({ code: "custom", message: `${message} Đang là ${quote(s)}.`, input: s });
      return id;
    }),
  );

/** A comma list of whole days (`7, 3, 1`) → ascending unique numbers; blank gives []. */
export const dayList = (message: string) =>
  z.pipe(
    cell,
    z.transform((c: Cell, ctx): number[] => {
      if (isBlank(c)) return [];
      const parts = typeof c === "number" ? [String(c)] : text.parse(c).split(/[,;]/u);
      const words = parts.map((p) => p.trim()).filter((p) => p !== "");
      const bad = words.filter((w) => !/^\d+$/u.test(w));
      if (bad.length > 0 || words.length === 0) {
        ctx.issues.push({ code: "custom", message: `${message} Đang là ${quote(text.parse(c))}.`, input: c });
        return [];
      }
      return [...new Set(words.map(Number))].sort((a, b) => a - b);
    }),
  );
