import { escapeHtml } from "../../src/core/text/escape-html";

/** Text for HTML or SVG content and attribute values; NFC so the page shows what the model holds. */
export const escapeText = (text: string): string => escapeHtml(text.normalize("NFC"));
