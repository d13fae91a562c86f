import { blockDistanceFrom } from "./block-distance";

/**
 * Edit distances for the "did you mean" hints, fast enough for thousands of
 * look-ups against a catalogue of hundreds of names.
 */

// Reused rows of the dynamic programme: no allocation per comparison.
let prev = new Int32Array(64);
let curr = new Int32Array(64);

/**
 * Levenshtein distance of `a` and `b` when it is at most `bound`, else
 * `bound + 1`. Only the diagonal band of width 2·bound+1 is computed, and the
 * loop stops as soon as a whole row exceeds the bound.
 */
export function boundedDistance(a: string, b: string, bound: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > bound) return bound + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (prev.length <= m) {
    prev = new Int32Array(m + 1);
    curr = new Int32Array(m + 1);
  }
  const big = bound + 1;
  for (let j = 0; j <= m; j++) prev[j] = j <= bound ? j : big;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - bound);
    const to = Math.min(m, i + bound);
    curr[0] = i <= bound ? i : big;
    if (from > 1) curr[from - 1] = big;
    let rowMin = curr[0]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j - 1]! + cost, prev[j]! + 1, curr[j - 1]! + 1, big);
      if (curr[j]! < rowMin) rowMin = curr[j]!;
    }
    if (to < m) curr[to + 1] = big;
    if (rowMin > bound) return big;
    const t = prev;
    prev = curr;
    curr = t;
  }
  return Math.min(prev[m]!, big);
}

const WORD = 32;

/**
 * A distance function from a fixed `pattern`: `(text, bound)` gives the
 * Levenshtein distance when it is at most `bound`, else `bound + 1`. For
 * patterns of up to 32 UTF-16 units it runs Myers' bit-parallel algorithm
 * (Hyyrö's formulation for the global distance, O(text length) per call);
 * longer patterns run it over several words (see {@link blockDistanceFrom}).
 */
export function distanceFrom(pattern: string): (text: string, bound: number) => number {
  const m = pattern.length;
  if (m === 0) return (text, bound) => boundedDistance(pattern, text, bound);
  if (m > WORD) return blockDistanceFrom(pattern);
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 128) ascii[c] = ascii[c]! | (1 << i);
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  const mask = m === WORD ? -1 : (1 << m) - 1;
  return (text, bound) => {
    const n = text.length;
    if (Math.abs(n - m) > bound) return bound + 1;
    let pv = mask;
    let mv = 0;
    let score = m;
    for (let j = 0; j < n; j++) {
      const c = text.charCodeAt(j);
      const eq = c < 128 ? ascii[c]! : (other.get(c) ?? 0);
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      // The distance can fall by at most one per remaining character.
      if (score - (n - j - 1) > bound) return bound + 1;
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = (mh | ~(xv | ph)) & mask;
      mv = ph & xv & mask;
    }
    return score <= bound ? score : bound + 1;
  };
}
