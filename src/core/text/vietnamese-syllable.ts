import { memo } from "./memo";

/**
 * A spelling check of one Vietnamese syllable: onset, vowel nucleus and coda
 * from the closed inventories of the modern orthography, at most one tone
 * mark. Lenient where spellings vary (tone position is not checked), strict
 * about letters: a syllable with a letter Vietnamese does not use, or with an
 * impossible vowel cluster ("aê", "uyô"), fails. The legacy-encoding detector
 * relies on this to tell "Phạm" (a syllable) from "Phaïm" (VNI) or "Ph¹m" (TCVN3).
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|kr|[bcdđghklmnprstvx])?";
// Nuclei standing alone or closed by a semivowel (i, y, o, u are part of the cluster).
const OPEN =
  "a ai ao au ay ă â âu ây e eo ê êu i ia iu iêu o oa oai oao oay oe oeo oi ô ôi ơ ơi u ua uây uê ui uôi uơ uy uya uyu ư ưa ưi ươi ươu ưu y yêu uêu".split(
    " ",
  );
// Nuclei before a consonant coda.
const CLOSED = "a ă â e ê i o ô ơ u ư y iê yê oa oă oe oo uâ uê uô uy uyê ươ".split(" ");
const CODA = "(?:ch|nh|ng|c|k|m|n|p|t)";

const byLength = (a: string, b: string) => b.length - a.length;
const SYLLABLE = new RegExp(
  `^${ONSET}(?:(?:${[...OPEN].sort(byLength).join("|")})|(?:${[...CLOSED].sort(byLength).join("|")})${CODA})$`,
  "u",
);

/**
 * True when `word` (any case, NFC or NFD) is spelt as a Vietnamese syllable.
 * Plain ASCII syllables such as "van" or "an" pass too: callers compare what a
 * word was before and after a decoding, not whether it is Vietnamese at all.
 */
// Names repeat a few hundred syllables over and over: the answers are remembered.
export const isVietnameseSyllable: (word: string) => boolean = memo(syllable, 50_000);

function syllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, "").normalize("NFC"));
}
