import { memo } from "./memo";

/**
 * Vietnamese alphabetical order (DOCUMENTS.md, "Ordering people"), without
 * `Intl`: Apps Script's collator is untested for Vietnamese, and the rule is
 * the council's, not a locale's.
 *
 * A text becomes a sort key, compared as a plain string. Word by word, each
 * word is its letters in the alphabet a ă â b c d đ e ê g h i k l m n o ô ơ
 * p q r s t u ư v x y, then its tone (none, huyền, hỏi, ngã, sắc, nặng) as the
 * tie-breaker: An < Anh < Ánh < Ân < Bình < Dũng < Đức. Letters outside the
 * Vietnamese alphabet take their Latin place (f after ê, j after i, w after
 * v, z after y); other letters come after z. A run of digits is a number and
 * comes before any letter, in numeric order ("số 2" before "số 10"; "02"
 * equals "2"). Case, Unicode composition and where the tone mark sits
 * ("hòa"/"hoà") do not count; punctuation and dashes separate words.
 */

const ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split(" ");
// Letters are keyed "A", "B", …: the markers below sort before them, OTHER after.
const LETTER = new Map(ALPHABET.map((letter, i) => [letter, String.fromCharCode(0x41 + i)]));
/** Ends a word's letters: "an" before "anh". The tone follows it. */
const END = "\u0001";
/** Starts a number: before every letter. Its length follows, then its digits. */
const NUMBER = "\u0002";
/** Starts a letter outside the table, keyed by itself after every known letter. */
const OTHER = "\u007f";

// Combining marks: the tones, in their order, and the vowel marks of ă â ê ô ơ ư.
const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
const TONE_MARK = /[\u0300\u0309\u0303\u0301\u0323]/;
const OTHER_MARK = /[\u0300-\u0301\u0303-\u0305\u0307-\u031a\u031c-\u036f]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const PIECE = /\p{N}+|./gsu;

/** The key of one word: letters and numbers, the end mark, the tone. Names share most words. */
const wordKey = memo((word: string): string => {
  const tone = TONES.indexOf(word.match(TONE_MARK)?.[0] ?? "");
  const letters = word.replace(OTHER_MARK, "").normalize("NFC");
  let key = "";
  for (const piece of letters.match(PIECE) ?? []) {
    const letter = LETTER.get(piece);
    if (letter !== undefined) key += letter;
    else if (/^\p{N}/u.test(piece)) key += numberKey(piece);
    else key += OTHER + piece;
  }
  return `${key}${END}${tone}`;
});

/** A number compares by length first, so by value; leading zeros do not count. */
function numberKey(digits: string): string {
  const value = /^[0-9]+$/.test(digits) ? digits.replace(/^0+(?=.)/, "") : digits;
  return NUMBER + String.fromCharCode(0x20 + Math.min(value.length, 0xffdf)) + value;
}

/** The words of `text`, lower case and decomposed, so that tones and vowel marks are separate. */
function wordsOf(text: string): string[] {
  return text.normalize("NFD").toLowerCase().replace(/ð/g, "đ").match(WORD) ?? [];
}

const textKey = memo((text: string) => wordsOf(text).map(wordKey).join(""));

// The given name (last word) first, then the family and middle names in written order.
const personKey = memo((name: string) => {
  const words = wordsOf(name);
  return words.length === 0 ? "" : [words[words.length - 1]!, ...words.slice(0, -1)].map(wordKey).join("");
});

/** How a text is ordered: a unit name or plain text word by word, or a person by given name first. */
export type SortKind = "text" | "person";

/**
 * The sort key of `text`: two texts are in Vietnamese order when their keys
 * are in plain string order (`<`), and equal keys mean "same place". For
 * `"person"`, the given name (the last word) counts first, then the rest of
 * the name word by word. Compute keys once to sort thousands of names (see
 * {@link sortVietnamese}); keys are remembered for repeated names.
 */
export function sortKey(text: string, kind: SortKind = "text"): string {
  return kind === "person" ? personKey(text) : textKey(text);
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Comparator for unit names and plain text: word by word in Vietnamese order. */
export function compareText(a: string, b: string): number {
  return byKey(textKey(a), textKey(b));
}

/**
 * Comparator for person names: given name (last word) first, then the rest
 * of the name, in Vietnamese order; equal names keep their order under a
 * stable sort.
 */
export function comparePersonNames(a: string, b: string): number {
  return byKey(personKey(a), personKey(b));
}

/**
 * A sorted copy of `items` by the Vietnamese order of `nameOf(item)`, each key
 * computed once; items with equal keys keep their input order.
 */
export function sortVietnamese<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  kind: SortKind = "text",
): T[] {
  const keyed = items.map((item, i) => ({ item, i, key: sortKey(nameOf(item), kind) }));
  keyed.sort((a, b) => byKey(a.key, b.key) || a.i - b.i);
  return keyed.map((k) => k.item);
}
