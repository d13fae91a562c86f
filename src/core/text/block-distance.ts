/**
 * Myers' bit-parallel edit distance for patterns longer than one 32-bit word.
 *
 * Long unit names ("Trường Trung học cơ sở Nguyễn Văn Trỗi phường Xuân
 * Khanh", 56 letters) were compared with a banded dynamic programme whose
 * band is 2·bound+1 wide, and the bound is 30 % of the name: about 56 × 33
 * cells per pair. Split over ⌈m/32⌉ words the pattern costs two words per
 * text character instead, whatever the bound.
 */

/**
 * A distance function from a fixed `pattern` of any length: `(text, bound)`
 * gives the Levenshtein distance when it is at most `bound`, else
 * `bound + 1`. Myers (1999), block-based, with the carry between words
 * passed as the horizontal delta of the word's last row; O(text length ·
 * ⌈pattern length / 32⌉) per call. Not re-entrant: the returned function
 * reuses its state vectors between calls.
 */
export function blockDistanceFrom(pattern: string): (text: string, bound: number) => number {
  const m = pattern.length;
  const blocks = Math.max(1, Math.ceil(m / 32));
  // Match masks: ascii[c · blocks + b] has bit i set when pattern[32b + i] is c.
  const ascii = new Int32Array(128 * blocks);
  const other = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    const bit = 1 << (i & 31);
    if (c < 128) ascii[c * blocks + (i >>> 5)]! |= bit;
    else {
      const masks = other.get(c) ?? new Int32Array(blocks);
      masks[i >>> 5]! |= bit;
      other.set(c, masks);
    }
  }
  const none = new Int32Array(blocks);
  const pvs = new Int32Array(blocks);
  const mvs = new Int32Array(blocks);
  const lastBlock = blocks - 1;
  // The pattern's last row: bits above it in the last word are padding, and
  // padding never reaches it (carries and shifts only move towards higher bits).
  const last = 1 << ((m - 1) & 31);
  return (text, bound) => {
    const n = text.length;
    if (Math.abs(n - m) > bound) return bound + 1;
    if (m === 0) return n;
    pvs.fill(-1);
    mvs.fill(0);
    let score = m;
    for (let j = 0; j < n; j++) {
      const c = text.charCodeAt(j);
      const masks = c < 128 ? ascii : (other.get(c) ?? none);
      const offset = c < 128 ? c * blocks : 0;
      // Row 0 is D[0][j] = j: the first word always receives a +1 from above.
      let hin = 1;
      for (let b = 0; b < blocks; b++) {
        let eq = masks[offset + b]!;
        const pv = pvs[b]!;
        const mv = mvs[b]!;
        const xv = eq | mv;
        if (hin < 0) eq |= 1;
        const xh = (((eq & pv) + pv) ^ pv) | eq;
        let ph = mv | ~(xh | pv);
        let mh = pv & xh;
        if (b === lastBlock) {
          if (ph & last) score++;
          else if (mh & last) score--;
        }
        // Bit 31 is the sign bit: the delta leaving this word's last row.
        const hout = ph < 0 ? 1 : mh < 0 ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (hin < 0) mh |= 1;
        else if (hin > 0) ph |= 1;
        pvs[b] = mh | ~(xv | ph);
        mvs[b] = ph & xv;
        hin = hout;
      }
      // The distance can fall by at most one per remaining character.
      if (score - (n - j - 1) > bound) return bound + 1;
    }
    return score <= bound ? score : bound + 1;
  };
}
