import { groupBy } from "../group-by";
import { type CandidateIndex, indexCandidates, nearestNames } from "./candidate-index";
import { distanceFrom } from "./edit-distance";
import { nameKey } from "./name-key";

/**
 * "Did you mean" hints: the candidate closest to a name that did not match.
 * Distances are counted on diacritic-free keys ("le loi" for "Lê Lợi"), so a
 * name typed without marks still finds its match.
 */

/** {@link nameKey} without diacritics: "Phường Lê Lợi" → "phuong le loi", "đ" → "d". */
export function foldedKey(s: string): string {
  return nameKey(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** Options of {@link suggest}. */
export interface SuggestOptions {
  /** The largest edit distance still worth a hint; default 30 % of the input's length, at least 1. */
  readonly max?: number;
}

interface Entry {
  readonly name: string;
  readonly key: string;
  readonly folded: string;
}

interface Index {
  readonly size: number;
  readonly entries: readonly Entry[];
  readonly byFolded: Map<string, Entry[]>;
  readonly near: CandidateIndex;
  readonly memo: Map<string, string | undefined>;
}

// Candidate keys are computed once per candidate list (the unit or title
// catalogue of a check run), not once per call. Lists are looked up by
// identity, then by content, so a caller that rebuilds the same list for every
// row (`units.map((u) => u.name)`) still hits the cache.
const byIdentity = new WeakMap<readonly string[], Index>();
const byContent = new Map<string, Index>();
const CONTENT_CACHE = 8;
const MEMO_LIMIT = 20_000;

function indexOf(candidates: readonly string[]): Index {
  const same = byIdentity.get(candidates);
  if (same && same.size === candidates.length) return same;
  const content = candidates.join("\u0000");
  let index = byContent.get(content);
  if (!index) {
    const entries = candidates.map((name) => ({ name, key: nameKey(name), folded: foldedKey(name) }));
    const byFolded = groupBy(entries, (e) => e.folded);
    const near = indexCandidates(entries.map((e) => e.folded));
    index = { size: candidates.length, entries, byFolded, near, memo: new Map() };
    if (byContent.size >= CONTENT_CACHE) byContent.delete(byContent.keys().next().value ?? "");
    byContent.set(content, index);
  }
  byIdentity.set(candidates, index);
  return index;
}

/** The entry closest to `key` with diacritics; the first of equals. */
function pick(entries: readonly Entry[], key: string): Entry | undefined {
  let best: Entry | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  const distanceTo = distanceFrom(key);
  for (const e of entries) {
    // No distance exceeds the longer length: the bound never cuts.
    const d = distanceTo(e.key, Math.max(key.length, e.key.length));
    if (d < bestD) [best, bestD] = [e, d];
  }
  return best;
}

/**
 * The candidate closest to `input` for a "có phải …?" hint, or undefined when
 * none is reasonably close (edit distance on {@link foldedKey} above
 * `options.max`). Candidates equal once diacritics are dropped win outright;
 * among several of them, the one closest with diacritics wins. Ties keep the
 * candidates' order. Fast for repeated calls on one candidate list: keys are
 * cached per list (by identity, else by content), results per input, and
 * only names that can still be the closest are measured (see
 * {@link nearestNames}).
 */
export function suggest(
  input: string,
  candidates: readonly string[],
  options: SuggestOptions = {},
): string | undefined {
  const folded = foldedKey(input);
  if (folded === "" || candidates.length === 0) return undefined;
  const index = indexOf(candidates);
  const memoKey = `${options.max ?? ""}\u0000${input}`;
  if (index.memo.has(memoKey)) return index.memo.get(memoKey);
  const exact = index.byFolded.get(folded);
  let best: Entry | undefined = exact ? pick(exact, nameKey(input)) : undefined;
  if (!best) {
    const bound = options.max ?? Math.max(1, Math.floor(folded.length * 0.3));
    const ties = nearestNames(index.near, folded, bound).map((i) => index.entries[i]!);
    best = ties.length > 1 ? pick(ties, nameKey(input)) : ties[0];
  }
  if (index.memo.size >= MEMO_LIMIT) index.memo.clear();
  index.memo.set(memoKey, best?.name);
  return best?.name;
}
