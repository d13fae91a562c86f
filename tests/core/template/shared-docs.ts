import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A file of the shared product folder next to the repository (`../shared/…`), or null when absent. */
export function readShared(relative: string): string | null {
  const path = fileURLToPath(new URL(`../../../../shared/${relative}`, import.meta.url));
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

/** Rows of the markdown tables in `md`: each row's cells, trimmed, separator rows dropped. */
export function markdownTableRows(md: string): string[][] {
  return md
    .split("\n")
    .filter((line) => line.trim().startsWith("|") && !/^\|[\s|:-]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((c) => c.trim()),
    );
}
