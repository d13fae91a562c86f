/** Longest chart label; longer names are cut at a word with "…". */
const MAX_LABEL = 22;

/**
 * Short labels for a cluster's units on a chart: the words every name starts with are
 * dropped ("UBND phường Lê Lợi", "UBND phường Sơn Lộc" → "Lê Lợi", "Sơn Lộc"), then a long
 * name is cut at a word boundary. Labels stay distinct: a label that would repeat keeps its name.
 */
export function shortLabels(names: readonly string[]): string[] {
  const words = names.map((n) => n.split(" "));
  let common = 0;
  const shortest = Math.min(...words.map((w) => w.length));
  while (common < shortest - 1 && words.every((w) => w[common] === words[0]?.[common])) common++;
  const labels = words.map((w) => cut(names.length > 1 ? w.slice(common).join(" ") : w.join(" ")));
  return labels.map((l, i) =>
    labels.indexOf(l) !== i || labels.lastIndexOf(l) !== i ? cut(names[i] ?? l) : l,
  );
}

function cut(name: string): string {
  if (name.length <= MAX_LABEL) return name;
  const head = name.slice(0, MAX_LABEL - 1);
  const space = head.lastIndexOf(" ");
  return `${space > MAX_LABEL / 2 ? head.slice(0, space) : head}…`;
}
