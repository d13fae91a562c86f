import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitTsv } from "../../src/core/registration-form/paste";
import {
  cell,
  columnOf,
  firstEmptyRow,
  gridScroll,
  idle,
  inView,
  openTab,
  openTabFromList,
  pasteAt,
  runMenuItem,
} from "./helpers/grid-page";
import { npmStart, type StartedPreview } from "./helpers/npm-start";

// The grid of `npm start` on the demo at 1366×768, as a civil servant uses it: 33 tabs, frozen
// panes, dropdowns, a paste from Excel, the sidebar.
const dir = mkdtempSync(join(tmpdir(), "preview-grid-"));
const DEMO = join(dir, "so-thi-dua-demo.xlsx");

let start: StartedPreview;
beforeAll(async () => {
  mkdirSync(".tmp", { recursive: true });
  start = await npmStart({ demoFile: DEMO });
}, 120_000);

afterAll(async () => {
  await start?.close();
  rmSync(dir, { recursive: true, force: true });
});

const scrollGrid = (top: number, left: number) =>
  start.page.evaluate(([t, l]) => document.getElementById("grid-wrap")?.scrollTo(l, t), [top, left] as const);

describe("the tabs", () => {
  it("are all in a searchable list, since they do not all fit the tab bar", async () => {
    const { page } = start;
    const last = page.getByRole("tab", { name: "BC Kiểm tra" });
    const bar = await page.locator("#tabs").boundingBox();
    expect((await last.boundingBox())?.x ?? 0).toBeGreaterThan(bar?.width ?? 0); // off the bar
    const tabs = await page.getByRole("tab").count();
    expect(tabs).toBeGreaterThan(30);
    await page.getByRole("button", { name: `☰ Tất cả trang (${tabs})` }).click();
    const list = page.getByRole("dialog", { name: "Danh sách trang tính" });
    await expect(list.getByRole("button").count()).resolves.toBe(tabs);
    await page.getByRole("searchbox", { name: "Tìm trang tính" }).fill("kiem tra");
    await expect(list.getByRole("button").allTextContents()).resolves.toEqual(["BC Kiểm tra"]);
    await page.screenshot({ path: ".tmp/grid-tab-list.png" });
    await page.keyboard.press("Enter");
    await idle(page);
    await page.getByRole("tab", { name: "BC Kiểm tra", selected: true }).waitFor();
    await expect(list.isHidden()).resolves.toBe(true);
  });

  it("each open where they were left: a scrolled report does not hide STT and Đơn vị of Cụm 3", async () => {
    const { page } = start;
    await openTabFromList(page, "BC Kiểm tra");
    await scrollGrid(600, 300);
    const report = await gridScroll(page);
    expect(report.top).toBeGreaterThan(0);
    await openTabFromList(page, "Cụm 3");
    await expect(gridScroll(page)).resolves.toEqual({ top: 0, left: 0 });
    await expect(inView(page, 2, await columnOf(page, "Đơn vị"))).resolves.toBe(true);
    await expect(inView(page, 2, await columnOf(page, "STT"))).resolves.toBe(true);
    await page.screenshot({ path: ".tmp/grid-cum-3-after-report.png" });
    await openTabFromList(page, "BC Kiểm tra");
    await expect(gridScroll(page)).resolves.toEqual(report);
  });
});

describe("frozen panes", () => {
  it("keep BC Kiểm tra's header row (row 3) on screen when the findings scroll", async () => {
    const { page } = start;
    await openTabFromList(page, "BC Kiểm tra");
    await scrollGrid(900, 0);
    await expect(inView(page, 3, 2)).resolves.toBe(true);
    await expect(cell(page, 3, 2).textContent()).resolves.toBe("Trang");
    await expect(inView(page, 4, 2)).resolves.toBe(false); // scrolled away under the header
    await page.screenshot({ path: ".tmp/grid-bc-kiem-tra-frozen.png" });
  });

  it("keep STT and Đơn vị of a cluster tab on screen beside Kết quả kiểm tra", async () => {
    const { page } = start;
    await openTab(page, "Cụm 1");
    const status = await columnOf(page, "Kết quả kiểm tra");
    await cell(page, 20, status).scrollIntoViewIfNeeded();
    await expect(gridScroll(page).then((s) => s.left)).resolves.toBeGreaterThan(0);
    for (const column of [1, 2, status])
      await expect(inView(page, 20, column), String(column)).resolves.toBe(true);
    await expect(inView(page, 20, await columnOf(page, "Đối tượng"))).resolves.toBe(false);
    await page.screenshot({ path: ".tmp/grid-cum-1-status.png" });
  });
});

describe("a cell with a dropdown", () => {
  it("shows its arrow and offers its list when edited; a choice is typed into the cell", async () => {
    const { page } = start;
    await openTab(page, "Cụm 2");
    await scrollGrid(0, 0);
    const row = await firstEmptyRow(page);
    const subject = await columnOf(page, "Đối tượng");
    const target = cell(page, row, subject);
    await expect(target.evaluate((td) => getComputedStyle(td).backgroundImage)).resolves.toContain("svg");
    const plain = cell(page, row, await columnOf(page, "Họ và tên"));
    await expect(plain.evaluate((td) => td.classList.contains("has-list"))).resolves.toBe(false);
    await target.click();
    await page.keyboard.press("Enter");
    const list = page.getByRole("listbox", { name: "Chọn giá trị" });
    await expect(list.getByRole("option").allTextContents()).resolves.toEqual(["Tập thể", "Cá nhân"]);
    await page.screenshot({ path: ".tmp/grid-dropdown.png" });
    await list.getByRole("option", { name: "Cá nhân" }).click();
    await idle(page);
    await expect(target.textContent()).resolves.toBe("Cá nhân");
    await expect(list.isHidden()).resolves.toBe(true);
  });

  it("narrows the list to what is typed, diacritics aside", async () => {
    const { page } = start;
    const row = (await firstEmptyRow(page)) + 1;
    await cell(page, row, await columnOf(page, "Danh hiệu, hình thức khen thưởng")).click();
    await page.keyboard.type("lao dong tien tien");
    const options = await page.getByRole("listbox").getByRole("option").allTextContents();
    expect(options).toContain("Lao động tiên tiến");
    expect(options.every((o) => /lao động tiên tiến/i.test(o))).toBe(true);
    await page.keyboard.press("Escape");
  });
});

describe("a block pasted from Excel", () => {
  it("is read by the add-on's own parser: quoted cells keep their tabs, line breaks and quotes", async () => {
    const { page } = start;
    await openTab(page, "Cụm 2");
    const row = await firstEmptyRow(page);
    const unit = await columnOf(page, "Đơn vị");
    const text =
      'UBND xã Cổ Đông\tCá nhân\t"Nguyễn Văn ""Tí"""\t"Chuyên viên\nkiêm văn thư"\tLao động tiên tiến\r\n' +
      'UBND xã Cổ Đông\tCá nhân\t"Trần\tThị Bé"\tVăn thư\tLao động tiên tiến\r\n';
    const sent = page.waitForRequest((r) => r.url().endsWith("/api/paste"));
    await pasteAt(page, row, unit, text);
    expect(JSON.parse((await sent).postData() ?? "{}").rows).toEqual(splitTsv(text));
    const name = await columnOf(page, "Họ và tên");
    await expect(cell(page, row, name).textContent()).resolves.toBe('Nguyễn Văn "Tí"');
    await expect(cell(page, row, name + 1).textContent()).resolves.toBe("Chuyên viên\nkiêm văn thư");
    await expect(cell(page, row + 1, name).textContent()).resolves.toBe("Trần\tThị Bé");
    await expect(cell(page, row + 2, unit).textContent()).resolves.toBe("");
    const status = await columnOf(page, "Kết quả kiểm tra");
    await expect(cell(page, row, status).textContent()).resolves.not.toBe("");
  });
});

describe("the registration sidebar", () => {
  it("opens without saving the file: nothing changed", async () => {
    const { page, opened } = start;
    await opened.preview.saver?.flush();
    const before = { bytes: readFileSync(opened.file), mtime: statSync(opened.file).mtimeMs };
    await runMenuItem(page, "Đăng ký thi đua…");
    await page.frameLocator("#sidebar iframe").locator("#form:not([hidden])").waitFor();
    await page.waitForTimeout(500); // several save delays
    expect(opened.preview.saver?.status).toBe("saved");
    expect(statSync(opened.file).mtimeMs).toBe(before.mtime);
    expect(readFileSync(opened.file).equals(before.bytes)).toBe(true);
    await expect(page.locator("#save-status").textContent()).resolves.toBe("Đã lưu mọi thay đổi");
    await page.screenshot({ path: ".tmp/grid-sidebar.png" });
  });
});
