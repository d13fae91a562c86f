/**
 * Bounds on what a workbook file may cost to open, so that any input (an e-mailed file, a
 * damaged one, or a zip bomb) is refused within seconds instead of running for minutes.
 * The figures, with the 100 000-row bench workbook for scale (3 MB file, 30 MB unpacked,
 * ratio 10, 39 entries, 1.3 million used cells):
 */
export const LIMITS = {
  /** Size of the file itself. A council's workbook is a few MB; this leaves room for images. */
  fileBytes: 50 * 1024 * 1024,
  /** Declared size of all entries once unpacked (and the actual size: declared sizes can lie). */
  unpackedBytes: 100 * 1024 * 1024,
  /**
   * Unpacked ÷ packed, for the whole file and for each entry. Sheet XML packs 5–20 times, a
   * sheet of identical blank cells up to ~50; zip bombs pack a thousand times and more.
   */
  ratio: 100,
  /** The ratio is only held against content this large: tiny files may pack very well. */
  ratioFloorBytes: 10 * 1024 * 1024,
  /** Entries in the zip: an .xlsx has a few per tab. */
  entries: 5000,
  /**
   * Cells of the used areas (last row × last column of each tab, as `getDataRange()` reads
   * them), summed over the tabs. Google Sheets holds at most 10 million cells; a stray cell
   * far below or to the right of the data would otherwise make every tab read that far.
   */
  usedCells: 3_000_000,
} as const;

/** `12.3 MB` for a message. */
export const megabytes = (bytes: number): string =>
  `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0).replace(".", ",")} MB`;
