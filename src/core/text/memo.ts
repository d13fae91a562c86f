/**
 * Remembers a string function's answers: the checks key the same few hundred
 * names and headers tens of thousands of times. Bounded, so a huge sheet of
 * distinct values cannot grow it without limit.
 */
export function memo(fn: (s: string) => string, limit = 20_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s: string) => {
    const known = cache.get(s);
    if (known !== undefined) return known;
    const value = fn(s);
    if (cache.size >= limit) cache.clear();
    cache.set(s, value);
    return value;
  };
}
