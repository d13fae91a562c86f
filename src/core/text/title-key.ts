import { nameKey } from "./name-key";

/**
 * Words of titles that offices abbreviate, and what they stand for: "CSTĐ cơ sở" is
 * "Chiến sĩ thi đua cơ sở", "BK TP" is "Bằng khen Thành phố".
 */
const WORDS: Readonly<Record<string, string>> = {
  cstđ: "chiến sĩ thi đua",
  csttđ: "chiến sĩ thi đua",
  lđtt: "lao động tiên tiến",
  lđxs: "lao động xuất sắc",
  ttlđtt: "tập thể lao động tiên tiến",
  ttlđxs: "tập thể lao động xuất sắc",
  ctđ: "cờ thi đua",
  bk: "bằng khen",
  gk: "giấy khen",
  tt: "tập thể",
  cs: "cơ sở",
  tp: "thành phố",
  ubnd: "ủy ban nhân dân",
  ub: "ủy ban",
};

/**
 * The key under which a typed title matches the catalogue: {@link nameKey} (case, Unicode
 * form, tone placement, sĩ/sỹ), with abbreviated words written out. The sheet's checks and
 * the sidebar's form (typed or pasted) resolve titles by this one key.
 */
export function titleKey(text: string): string {
  const key = nameKey(text);
  return nameKey(
    key
      .split(/[\s.]+/u)
      .filter((w) => w !== "")
      .map((w) => WORDS[w] ?? w)
      .join(" "),
  );
}

/** The entry of `entries` a typed title stands for: by abbreviation, then by written-out name. */
export function resolveTitle<T extends { readonly name: string; readonly abbreviation: string }>(
  entries: readonly T[],
  text: string,
): T | undefined {
  const key = nameKey(text);
  if (!key) return undefined;
  const full = titleKey(text);
  return (
    entries.find((t) => nameKey(t.name) === key) ??
    entries.find((t) => t.abbreviation !== "" && nameKey(t.abbreviation) === key) ??
    entries.find((t) => titleKey(t.name) === full)
  );
}
