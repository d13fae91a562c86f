import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../tools/gas-sandbox";
import type { Preview } from "../../tools/preview/start-preview";
import { readXlsx } from "../../tools/xlsx";
import { type DemoSession, openDemoSession } from "./helpers/demo-session";
import {
  cell,
  columnOf,
  firstEmptyRow,
  openTab,
  pasteAt,
  runMenuItem,
  typeInCell,
} from "./helpers/grid-page";

const SCREENSHOT = ".tmp/preview-cum-1.png";
const today = () => formatDate(Date.now(), "Asia/Ho_Chi_Minh", "dd/MM/yyyy");

let file: string;
let preview: Preview;
let page: Page;
/** The cell typed into by the live-check test. */
const typed = { row: 0, column: 0 };

let session: DemoSession;

beforeAll(async () => {
  // The demo as received, reports removed.
  session = await openDemoSession({ width: 1400, height: 800 });
  ({ file, preview, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("the preview in Chromium", () => {
  it("shows the workbook's tabs as a grid and the add-on's menu", async () => {
    await expect(page.getByRole("tab", { name: "Cụm 1", exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole("tab", { name: "BC Kiểm tra" }).count()).resolves.toBe(0);
    await openTab(page, "Cụm 1");
    await expect(cell(page, 1, await columnOf(page, "Đơn vị")).textContent()).resolves.toBe("Đơn vị");
    const dates = await cell(page, 2, await columnOf(page, "Ngày đăng ký")).textContent();
    expect(dates).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await page.getByRole("button", { name: "Thi đua – Khen thưởng" }).click();
    await expect(page.getByRole("menuitem", { name: "Kiểm tra dữ liệu" }).isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await page.mouse.click(700, 400);
  });

  it("runs Kiểm tra dữ liệu from the menu: the alert, BC Kiểm tra, statuses in the cluster tabs", async () => {
    await runMenuItem(page, "Kiểm tra dữ liệu");
    const alert = page.getByRole("alertdialog");
    await expect(alert.getByRole("heading").textContent()).resolves.toBe("Kiểm tra dữ liệu");
    await expect(alert.textContent()).resolves.toMatch(/Lỗi: \d+ · Cảnh báo: \d+/);
    await alert.getByRole("button", { name: "OK" }).click();
    await expect(page.getByRole("tab", { name: "BC Kiểm tra" }).count()).resolves.toBe(1);
    const status = await columnOf(page, "Kết quả kiểm tra");
    const statuses = await page.locator(`#grid td[data-c="${status}"]`).allTextContents();
    expect(statuses).toContain("Hợp lệ");
    const flagged = statuses.find((s) => /^DK\d\d: /.test(s));
    expect(flagged).toBeDefined();
    const row = statuses.indexOf(flagged as string) + 1;
    await expect(cell(page, row, status).evaluate((td) => td.style.backgroundColor)).resolves.not.toBe("");
  });

  it("checks a row typed in Cụm 1 at once, filling Ngày đăng ký", async () => {
    await openTab(page, "Cụm 1");
    const row = await firstEmptyRow(page);
    Object.assign(typed, { row, column: await columnOf(page, "Đơn vị") });
    await typeInCell(page, row, typed.column, "UBND phường Lê Lợi");
    await expect(cell(page, row, await columnOf(page, "Ngày đăng ký")).textContent()).resolves.toBe(today());
    const statusCell = cell(page, row, await columnOf(page, "Kết quả kiểm tra"));
    await expect(statusCell.textContent()).resolves.toMatch(/^DK\d\d: /m);
    await statusCell.scrollIntoViewIfNeeded();
    mkdirSync(".tmp", { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it("checks every row of a pasted tab-separated block", async () => {
    await openTab(page, "Cụm 2");
    const row = await firstEmptyRow(page);
    const unit = await columnOf(page, "Đơn vị");
    await pasteAt(page, row, unit, "Đơn vị không có\tTập thể\nĐơn vị khác\tTập thể\n");
    await expect(cell(page, row + 1, unit).textContent()).resolves.toBe("Đơn vị khác");
    const status = await columnOf(page, "Kết quả kiểm tra");
    for (const r of [row, row + 1]) {
      await expect(cell(page, r, status).textContent()).resolves.toMatch(/^DK\d\d: /);
    }
  });

  it("saves every change to the .xlsx file", async () => {
    await preview.saver?.flush();
    expect(preview.saver?.status).toBe("saved");
    const saved = await readXlsx(file);
    const texts = (tab: string) => {
      const out: string[] = [];
      saved.getWorksheet(tab)?.eachRow((row) => {
        row.eachCell((c) => {
          out.push(String(c.value));
        });
      });
      return out;
    };
    expect(saved.getWorksheet("BC Kiểm tra")).toBeDefined();
    expect(texts("Cụm 2")).toContain("Đơn vị khác");
    const typedRow = saved.getWorksheet("Cụm 1")?.getRow(typed.row);
    expect(typedRow?.getCell(typed.column).value).toBe("UBND phường Lê Lợi");
  });
});
