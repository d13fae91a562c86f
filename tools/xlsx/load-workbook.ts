import { type LoadBundleOptions, loadBundle, type Sandbox } from "../gas-sandbox";
import { fillSpreadsheet } from "./fill-spreadsheet";
import { readXlsx } from "./read-xlsx";
import { checkUsedArea } from "./used-area";

/** The shipped bundle the sandbox runs by default. */
export const DEFAULT_BUNDLE = "build/Code.js";

export interface LoadWorkbookOptions extends Omit<LoadBundleOptions, "tabs"> {
  /** The Apps Script bundle to run. Default `build/Code.js` (relative to the working directory). */
  bundle?: string;
}

/**
 * Opens an `.xlsx` file as a live Apps Script sandbox.
 *
 * Returns the `Sandbox` of `loadBundle(options.bundle ?? "build/Code.js", options)` — the built
 * add-on running in the vm, ready for `sandbox.call("checkData")` etc. — whose active
 * spreadsheet (`sandbox.services.spreadsheet`, a `FakeSpreadsheet`) holds exactly the file's
 * tabs, in the file's order, and nothing else (no default "Trang tính1"):
 *
 * - values typed as `getValues()` returns them: numbers, booleans, text, and dates as `Date`s at
 *   the instant of the Excel wall clock in the spreadsheet's zone (Asia/Ho_Chi_Minh by default:
 *   a cell showing 28/02/2020 is 2020-02-28T00:00+07:00); formulas keep their text
 *   (`=HYPERLINK(...)`, evaluated by the sandbox) and their cached value; hyperlink cells become
 *   rich-text links, except links to a tab of the file (`'Cụm 1'!A53`, as Excel and `saveWorkbook`
 *   write them), which become `=HYPERLINK("#gid=<the tab's id>&range=A53","<text>")`;
 * - number formats, bold, font colours, backgrounds, wrap, alignment, notes, frozen rows and
 *   columns, column widths (px), tab colours, hidden tabs, and list/range/number/date/custom
 *   data validations;
 * - every tab at least 1000 × 26, grown to fit the file.
 *
 * - the document properties kept by `saveWorkbook(…, { documentProperties })` (the reserved
 *   `veryHidden` worksheet `_so-thi-dua.properties`, which is not a tab), in
 *   `PropertiesService.getDocumentProperties()`, and each tab's sheet id kept there.
 *
 * The file is only read, within `LIMITS` (file size, unpacked size, used cells). Protections,
 * merges and charts are not loaded. Unusable files reject with an `XlsxFileError` whose
 * `message` is Vietnamese. `loadWorkbookForCheck` reads the values only, as a stream.
 */
export async function loadWorkbook(path: string, options: LoadWorkbookOptions = {}): Promise<Sandbox> {
  const workbook = await readXlsx(path);
  const { bundle = DEFAULT_BUNDLE, ...rest } = options;
  const sandbox = loadBundle(bundle, { ...rest, tabs: {} });
  fillSpreadsheet(sandbox.services.spreadsheet, workbook, sandbox.services.properties.document);
  checkUsedArea(sandbox.services.spreadsheet, path);
  return sandbox;
}
