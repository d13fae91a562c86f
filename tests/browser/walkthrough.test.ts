import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cell, columnOf, gridScroll, idle, inView, openTab, typeAcross } from "./helpers/grid-page";
import { npmStart, type StartedPreview } from "./helpers/npm-start";

// The README's walk-through, step by step, as a newcomer follows it on a fresh clone at 1366×768:
// `npm start` generates the demo and opens it on its own day, 20/02/2020, before the deadline.
const dir = mkdtempSync(join(tmpdir(), "walkthrough-"));
const DEMO = join(dir, "so-thi-dua-demo.xlsx");
const ROW = 56; // the first empty row of Cụm 1 in the demo
const RED = "rgb(244, 204, 204)"; // #f4cccc, the add-on's highlight of a row with an error
const PLAIN = "rgb(255, 255, 255)"; // a valid row has no highlight
const shot = (name: string) => start.page.screenshot({ path: `.tmp/walkthrough-${name}.png` });

let start: StartedPreview;
beforeAll(async () => {
  mkdirSync(".tmp", { recursive: true });
  start = await npmStart({ demoFile: DEMO });
}, 120_000);

afterAll(async () => {
  await start?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function statusOf(row: number) {
  const { page } = start;
  const status = cell(page, row, await columnOf(page, "Kết quả kiểm tra"));
  return {
    text: await status.textContent(),
    background: await status.evaluate((td) => getComputedStyle(td).backgroundColor),
    date: await cell(page, row, await columnOf(page, "Ngày đăng ký")).textContent(),
  };
}

describe("the README's walk-through", () => {
  it("1. npm start opens the demo on 20/02/2020, and says so next to the file name", async () => {
    const { page } = start;
    await expect(page.locator("#today").textContent()).resolves.toBe(
      "Ngày giả lập: 20/02/2020 — đổi bằng PREVIEW_TODAY",
    );
    await expect(page.locator("#file-name").textContent()).resolves.toContain("so-thi-dua-demo.xlsx");
    await expect(page.locator("#save-status").textContent()).resolves.toBe("Đã lưu mọi thay đổi");
    await shot("1-start");
  });

  it("2. ☰ Tất cả trang, 'kiểm', Enter: BC Kiểm tra, its header (rows 1–3) staying on top", async () => {
    const { page } = start;
    await page.getByRole("button", { name: /^☰ Tất cả trang \(\d+\)$/ }).click();
    await page.keyboard.type("kiểm");
    await page.keyboard.press("Enter");
    await idle(page);
    await page.getByRole("tab", { name: "BC Kiểm tra", selected: true }).waitFor();
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, 600);
    await expect.poll(() => gridScroll(page).then((s) => s.top)).toBeGreaterThan(0);
    await expect(inView(page, 3, 4)).resolves.toBe(true);
    await shot("2-bc-kiem-tra");
  });

  it("3. the link Cụm 1!55 opens Cụm 1 at row 55, the misspelt unit, DK02", async () => {
    const { page } = start;
    await page
      .locator("#grid a", { hasText: /^Cụm 1!55$/ })
      .first()
      .click();
    await idle(page);
    await page.getByRole("tab", { name: "Cụm 1", selected: true }).waitFor();
    await expect(page.locator("#cell-ref").textContent()).resolves.toBe("A55");
    await expect(cell(page, 55, 2).textContent()).resolves.toBe("UBND phường Lê Loi");
    await expect(statusOf(55)).resolves.toMatchObject({ background: RED });
    await expect(statusOf(55).then((s) => s.text)).resolves.toMatch(/^DK02: /);
    await shot("3-cum-1-row-55");
  });

  it("4. a registration typed in row 56 is red while incomplete, then Hợp lệ, stamped 20/02/2020", async () => {
    const { page } = start;
    await expect(cell(page, ROW, 2).textContent()).resolves.toBe("");
    await cell(page, ROW, 2).click();
    await page.keyboard.type("UBND phường Lê Lợi");
    await expect(page.getByRole("listbox").getByRole("option").allTextContents()).resolves.toEqual([
      "UBND phường Lê Lợi",
    ]);
    await page.keyboard.press("Tab");
    await idle(page);
    await expect(statusOf(ROW)).resolves.toMatchObject({ background: RED });
    await typeAcross(page, ROW, 3, ["Cá nhân", "Nguyễn Thị Lan", "Chuyên viên", "Lao động tiên tiến"]);
    await expect(statusOf(ROW)).resolves.toEqual({ text: "Hợp lệ", background: PLAIN, date: "20/02/2020" });
    await expect(cell(page, ROW, await columnOf(page, "Người nhập")).textContent()).resolves.toBe(
      "phongnoivu@sontay.example.vn",
    );
    await cell(page, ROW, await columnOf(page, "Kết quả kiểm tra")).scrollIntoViewIfNeeded();
    await expect(inView(page, ROW, 2)).resolves.toBe(true); // Đơn vị stays beside the status
    await shot("4-hop-le");
  });

  it("5. the registration sidebar opens without anything saved", async () => {
    const { page, opened } = start;
    await opened.preview.saver?.flush();
    const before = readFileSync(opened.file);
    await page.getByRole("button", { name: "Thi đua – Khen thưởng" }).click();
    await page.getByRole("menuitem", { name: "Đăng ký thi đua…" }).click();
    await idle(page);
    await page.frameLocator("#sidebar iframe").locator("#form:not([hidden])").waitFor();
    await page.waitForTimeout(500);
    expect(readFileSync(opened.file).equals(before)).toBe(true);
    await expect(page.locator("#save-status").textContent()).resolves.toBe("Đã lưu mọi thay đổi");
    await shot("5-sidebar");
  });

  it("6. PREVIEW_TODAY=15/03/2020 npm start: the row of 20/02 is still Hợp lệ, a new one is DK12", async () => {
    await start.close();
    start = await npmStart({ demoFile: DEMO, env: { PREVIEW_TODAY: "15/03/2020" } });
    const { page } = start;
    await expect(page.locator("#today").textContent()).resolves.toBe(
      "Ngày giả lập: 15/03/2020 — đổi bằng PREVIEW_TODAY",
    );
    await openTab(page, "Cụm 1");
    await expect(statusOf(ROW)).resolves.toMatchObject({ text: "Hợp lệ", date: "20/02/2020" });
    await typeAcross(page, ROW + 1, 2, [
      "UBND phường Lê Lợi",
      "Cá nhân",
      "Lê Thị Hoa",
      "Kế toán",
      "Lao động tiên tiến",
    ]);
    const late = await statusOf(ROW + 1);
    expect(late.date).toBe("15/03/2020");
    expect(late.text).toMatch(/^DK12: Đăng ký ngày 15\/03\/2020, sau hạn 28\/02\/2020/);
    await cell(page, ROW + 1, await columnOf(page, "Kết quả kiểm tra")).scrollIntoViewIfNeeded();
    await shot("6-dk12");
  });
});

describe("PREVIEW_TODAY", () => {
  it("refuses what is not a day, saying how to write one", async () => {
    const error = await npmStart({ demoFile: DEMO, env: { PREVIEW_TODAY: "2020-03-15" } }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toBe(
      "PREVIEW_TODAY='2020-03-15' không phải một ngày: hãy ghi dạng dd/mm/yyyy, ví dụ PREVIEW_TODAY=20/02/2020.",
    );
  });
});
