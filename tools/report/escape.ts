const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text for HTML or SVG content and attribute values; NFC so the page shows what the model holds. */
export function escapeText(text: string): string {
  return text.normalize("NFC").replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
