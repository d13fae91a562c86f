/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Long enough for "2020 - Danh sách đề nghị khen thưởng - 02.12.2026", short of Windows' path limit. */
const MAX_LENGTH = 150;

/**
 * `name` made safe as a file name on Windows, macOS and Linux: slashes become "-" (a date
 * "03/01/2020" stays readable), `:*?"<>|` and control characters go, no trailing dot or space,
 * not a device name; NFC, so a title gives the same file on every system. Empty becomes "document".
 */
export function safeFileName(name: string): string {
  let safe = name
    .normalize("NFC")
    .replace(/[/\\]/g, "-")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
    .replace(/[:*?"<>|\u0000-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  safe = [...safe]
    .slice(0, MAX_LENGTH)
    .join("")
    .replace(/[. ]+$/, "");
  if (safe === "") return "document";
  return RESERVED.test(safe.split(".")[0] ?? "") ? `_${safe}` : safe;
}
