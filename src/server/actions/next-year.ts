import { readSnapshot } from "../../adapter/read-snapshot";
import { spreadsheet, ui } from "../../adapter/services";
import { showLinkDialog } from "../../adapter/show-link-dialog";
import { NEXT_YEAR } from "../../core/menu/menu";
import { createNextYear, type NextYearBook } from "../../core/use-cases/year-end/next-year-book";
import { failureMessage, performMaking } from "../perform";

/** What `Tạo sổ năm sau` made, with where the new book is. */
export interface NextYearBookResult extends NextYearBook {
  readonly id: string;
  readonly url: string;
}

/** Menu (admin): make next year's book; a dialog links to it (or says why not). */
export function createNextYearBook(): void {
  let book: NextYearBookResult;
  try {
    book = createNextYearBook_();
  } catch (e) {
    ui().alert(NEXT_YEAR.caption, failureMessage(e), ui().ButtonSet.OK);
    return;
  }
  showLinkDialog(NEXT_YEAR.caption, book.message, book.url, `Mở '${book.name}'`);
}

/** The new book without UI: its name, year, id and address (the offline tool saves it as .xlsx). */
export function createNextYearBook_(): NextYearBookResult {
  const bookName = spreadsheet().getName();
  const { result, copies } = performMaking(
    (input) => createNextYear({ ...input, bookName }),
    (ss) => readSnapshot(ss, true),
  );
  const copy = copies[0];
  if (!copy) throw new Error("the copy of the spreadsheet was not made");
  return { ...result, id: copy.id, url: copy.url };
}
