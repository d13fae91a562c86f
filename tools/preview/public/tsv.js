// Clipboard text as Sheets copies it: rows by line, cells by tab, "quoted" cells may hold
// line breaks, tabs and doubled quotes.

export function parseTsv(text) {
  const rows = [];
  let row = [];
  let i = 0;
  const source = text.replace(/\r\n?/g, "\n");
  while (i <= source.length) {
    let cell = "";
    if (source[i] === '"') {
      let j = i + 1;
      while (j < source.length && !(source[j] === '"' && source[j + 1] !== '"')) {
        cell += source[j];
        j += source[j] === '"' ? 2 : 1;
      }
      i = j + 1;
    } else {
      while (i < source.length && source[i] !== "\t" && source[i] !== "\n") cell += source[i++];
    }
    row.push(cell);
    if (source[i] === "\t") i++;
    else {
      rows.push(row);
      row = [];
      i++;
    }
  }
  while (rows.length > 1 && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  return rows;
}

/** Whether pasted text is a block of cells rather than one value. */
export function isBlock(text) {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ""));
}
