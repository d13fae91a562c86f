import { distanceFrom } from "./edit-distance";

/**
 * The nearest names of a catalogue by edit distance, without measuring the
 * distance to every name.
 *
 * Why letter counts and not tokens, trigrams or a BK-tree: a town's unit
 * names are long and alike ("Trường Trung học cơ sở … phường …"), and the
 * search radius is 30 % of the name, 15 edits for 50 letters. Within such a
 * radius a BK-tree's triangle inequality prunes almost no branch, and every
 * name shares the tokens "truong", "hoc", "phuong" and most of their trigrams,
 * so inverted lists cover the whole catalogue (and the q-gram bound, divided
 * by q, is weaker). The bag distance — how many letters one name has that
 * the other lacks — is a true lower bound of the edit distance, costs one
 * subtraction per distinct letter of the query against counts computed once
 * per catalogue, and separates "Nguyễn Văn Trỗi" from "Lê Lợi" by the letters
 * they do not share. The exact (bit-parallel) distance is then measured
 * cheapest bound first, and the search stops at the first bound above the
 * best distance found: the answer is the same as measuring every name.
 *
 * Work per query: one pass over the counts, then a distance of O(length ·
 * ⌈length / 32⌉) for each name whose bound can still win: 8 of 400 long
 * names on average for a near miss, about 50 for a unit the catalogue does
 * not have (bench/near-miss.ts), instead of all 400.
 */

/** Letters a–z, digits, the space and everything else: diacritic-free keys are mostly ASCII. */
const BUCKETS = 38;

function bucketOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return 26 + c - 48;
  return c === 32 ? 36 : 37;
}

/** Letter counts of `s` into `into` from `offset` (merging letters keeps the bound a lower bound). */
function count(s: string, into: Uint16Array, offset: number): void {
  for (let i = 0; i < s.length; i++) into[offset + bucketOf(s.charCodeAt(i))]!++;
}

/** Names indexed for {@link nearestNames}: built once per catalogue. */
export interface CandidateIndex {
  readonly names: readonly string[];
  readonly counts: Uint16Array;
}

/** Indexes `names` (diacritic-free keys, in catalogue order) for {@link nearestNames}. */
export function indexCandidates(names: readonly string[]): CandidateIndex {
  const counts = new Uint16Array(names.length * BUCKETS);
  for (let i = 0; i < names.length; i++) count(names[i]!, counts, i * BUCKETS);
  return { names, counts };
}

// Scratch space reused by every query: thousands of queries per check, no garbage.
const own = new Uint16Array(BUCKETS);
let order = new Float64Array(256);

/**
 * Positions, in catalogue order, of the names at the smallest edit distance
 * from `query` when that distance is at most `bound`; empty when no name is
 * that close. Exact: the same answer as measuring every name.
 */
export function nearestNames(index: CandidateIndex, query: string, bound: number): number[] {
  const { names, counts } = index;
  own.fill(0);
  count(query, own, 0);
  // Only the query's letters are visited: the name's other letters add up to
  // its length minus the letters visited.
  const letters: number[] = [];
  for (let k = 0; k < BUCKETS; k++) if (own[k]! > 0) letters.push(k);
  // Candidates whose lower bound is within reach, as bound · size + position,
  // so that one numeric sort orders them by bound, then by catalogue order.
  const size = names.length;
  if (order.length < size) order = new Float64Array(size);
  let reachable = 0;
  for (let i = 0; i < size; i++) {
    const length = names[i]!.length;
    const lengthGap = Math.abs(length - query.length);
    if (lengthGap > bound) continue;
    let gap = length;
    const base = i * BUCKETS;
    for (const k of letters) {
      const theirs = counts[base + k]!;
      gap += Math.abs(own[k]! - theirs) - theirs;
    }
    // max(letters only in the query, letters only in the name), from their sum and difference.
    const lower = (gap + lengthGap) / 2;
    if (lower <= bound) order[reachable++] = lower * size + i;
  }
  const sorted = order.subarray(0, reachable).sort();
  const distanceTo = distanceFrom(query);
  let best = bound + 1;
  let ties: number[] = [];
  for (const key of sorted) {
    if (Math.floor(key / size) > best) break;
    const i = key % size;
    const d = distanceTo(names[i]!, Math.min(bound, best));
    if (d < best) [ties, best] = [[i], d];
    else if (d === best && d <= bound) ties.push(i);
  }
  return ties.sort((a, b) => a - b);
}
