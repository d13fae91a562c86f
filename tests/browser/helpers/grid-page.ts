import type { Page } from "playwright-core";

/** Waits until the page has no action in flight (it marks `body[data-busy]` meanwhile). */
export async function idle(page: Page): Promise<void> {
  await page.waitForSelector("body:not([data-busy])");
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await idle(page);
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
}

export function cell(page: Page, row: number, column: number) {
  return page.locator(`#grid td[data-r="${row}"][data-c="${column}"]`);
}

/** The 1-based column whose row-1 header is `header` (columns are found by header, never by index). */
export async function columnOf(page: Page, header: string): Promise<number> {
  const headers = await page.locator('#grid tr[data-r="1"] td').allTextContents();
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${headers.join(" | ")}`);
  return index + 1;
}

/** The first row whose cells are all empty, below the data. */
export async function firstEmptyRow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>("#grid tbody tr"));
    let last = 0;
    for (const tr of rows) {
      if (Array.from(tr.cells).some((td) => td.tagName === "TD" && td.textContent !== ""))
        last = Number(tr.dataset.r);
    }
    return last + 1;
  });
}

/** Types into an empty cell as a user: select, Enter opens the editor, type, Enter. */
export async function typeInCell(page: Page, row: number, column: number, text: string): Promise<void> {
  await cell(page, row, column).click();
  await page.keyboard.press("Enter");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await idle(page);
}

/** Pastes tab-separated text at a cell, as a clipboard paste event would deliver it. */
export async function pasteAt(page: Page, row: number, column: number, text: string): Promise<void> {
  await cell(page, row, column).click();
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", data);
    document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true }));
  }, text);
  await idle(page);
}
