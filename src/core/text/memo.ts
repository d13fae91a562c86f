/**
 * Remembers a string function's answers: the checks key the same few hundred
 * names, headers and syllables tens of thousands of times. Bounded, so a huge
 * sheet of distinct values cannot grow it without limit.
 */
export function memo<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    if (cache.has(s)) return cache.get(s) as T;
    const value = fn(s);
    if (cache.size >= limit) cache.clear();
    cache.set(s, value);
    return value;
  };
}
