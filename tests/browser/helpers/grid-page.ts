import type { Page } from "playwright-core";

const MENU = "Thi đua – Khen thưởng";

/** Waits until the page has no action in flight (it marks `body[data-busy]` meanwhile). */
export async function idle(page: Page): Promise<void> {
  await page.waitForSelector("body:not([data-busy])");
}

/** Runs an item of the add-on's menu (through `submenu` when it sits in one), then waits for the add-on. */
export async function runMenuItem(page: Page, caption: string, submenu?: string): Promise<void> {
  await page.getByRole("button", { name: MENU }).click();
  if (submenu) await page.getByRole("menuitem", { name: submenu }).hover(); // its name carries the arrow
  await page.getByRole("menuitem", { name: caption, exact: true }).click();
  await idle(page);
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

/** Opens a tab through the list of every tab (the tab bar holds only some of them). */
export async function openTabFromList(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: /^☰ Tất cả trang/ }).click();
  await page.getByRole("searchbox", { name: "Tìm trang tính" }).fill(name);
  await page
    .getByRole("dialog", { name: "Danh sách trang tính" })
    .getByRole("button", { name, exact: true })
    .click();
  await idle(page);
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
}

/** Types a row from a cell rightwards as a user does: type, Tab to the next cell; Enter after the last. */
export async function typeAcross(
  page: Page,
  row: number,
  column: number,
  texts: readonly string[],
): Promise<void> {
  await cell(page, row, column).click();
  for (const [i, text] of texts.entries()) {
    await page.keyboard.type(text);
    await page.keyboard.press(i === texts.length - 1 ? "Enter" : "Tab");
    await idle(page);
  }
}

/** The grid's scroll position. */
export function gridScroll(page: Page): Promise<{ top: number; left: number }> {
  return page.evaluate(() => {
    const wrap = document.getElementById("grid-wrap") as HTMLElement;
    return { top: wrap.scrollTop, left: wrap.scrollLeft };
  });
}

/** Whether a cell is drawn inside the grid's visible area, not under a frozen row or column. */
export async function inView(page: Page, row: number, column: number): Promise<boolean> {
  return page.evaluate(
    ([r, c]) => {
      const td = document.querySelector(`#grid td[data-r="${r}"][data-c="${c}"]`);
      const wrap = document.getElementById("grid-wrap");
      if (!td || !wrap) return false;
      const box = td.getBoundingClientRect();
      const area = wrap.getBoundingClientRect();
      const probe = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      // Sub-pixel rounding aside: the whole cell is inside, and nothing is drawn over its middle.
      return box.top >= area.top - 1 && box.bottom <= area.bottom + 1 && probe !== null && td.contains(probe);
    },
    [row, column] as const,
  );
}
