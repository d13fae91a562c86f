import type { AppliedWrites } from "../../adapter/apply-writes";
import { readSnapshot } from "../../adapter/read-snapshot";
import { ui } from "../../adapter/services";
import type { SheetZone } from "../../adapter/sheet-zone";
import { showLinkDialog } from "../../adapter/show-link-dialog";
import { NEXT_YEAR } from "../../core/menu/menu";
import { createNextYear, type NextYearBook } from "../../core/use-cases/year-end/next-year-book";
import { failureMessage } from "../menu-action";
import { performApplied, performUnchecked } from "../perform";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What `Tạo sổ năm sau` made, with where the new book is. */
interface NextYearBookResult extends NextYearBook {
  readonly id: string;
  readonly url: string;
}

/** Every tab (the reports by name only, to be deleted from the copy) and the book's name. */
const readBook = (ss: Spreadsheet, zone: SheetZone) => ({
  snapshot: readSnapshot(ss, zone, true),
  bookName: ss.getName(),
});

const madeBook = ({
  result,
  applied,
}: {
  result: NextYearBook;
  applied: AppliedWrites;
}): NextYearBookResult => {
  const copy = applied.copies[0];
  if (!copy) throw new Error("the copy of the spreadsheet was not made");
  return { ...result, id: copy.id, url: copy.url };
};

/** Menu (admin): make next year's book; a dialog links to it (or says why not). */
export function createNextYearBook(): void {
  let book: NextYearBookResult;
  try {
    book = madeBook(performApplied(NEXT_YEAR, createNextYear, readBook));
  } catch (e) {
    ui().alert(NEXT_YEAR.caption, failureMessage(e), ui().ButtonSet.OK);
    return;
  }
  showLinkDialog(NEXT_YEAR.caption, book.message, book.url, `Mở '${book.name}'`);
}

/** The new book without UI: its name, year, id and address (the offline tool saves it as .xlsx). */
export function createNextYearBook_(): NextYearBookResult {
  return madeBook(performUnchecked(createNextYear, readBook));
}
