import { documentProperties } from "./services";

/** Document property remembering which tabs setup already seeded with template rows. */
const SEEDED_KEY = "setup.seededTabs";

/** The tabs setup already seeded; an unreadable value counts as none. */
export function readSeededTabs(): Set<string> {
  try {
    const v: unknown = JSON.parse(documentProperties().getProperty(SEEDED_KEY) ?? "[]");
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

export function saveSeededTabs(tabs: readonly string[]): void {
  documentProperties().setProperty(SEEDED_KEY, JSON.stringify(tabs));
}
