/** Column letters of a 1-based column number: 1 → A, 26 → Z, 27 → AA (the one such function). */
export function columnLetters(column: number): string {
  let n = Math.floor(column);
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
