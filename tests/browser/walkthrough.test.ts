import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FrameLocator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cell,
  columnOf,
  gridScroll,
  idle,
  inView,
  openTab,
  runMenuItem,
  typeAcross,
} from "./helpers/grid-page";
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

/** Picks cluster `id` (its label `Cụm 1 – …`) and then `unit` in the sidebar, waiting for each to load. */
async function pickUnit(form: FrameLocator, id: string, unit: string): Promise<void> {
  const labels = await form.locator("#cluster option").allTextContents();
  const label = labels.find((l) => l === `Cụm ${id}` || l.startsWith(`Cụm ${id} `));
  if (!label) throw new Error(`no cluster ${id} in ${labels.join(" | ")}`);
  await form.getByLabel("Cụm thi đua", { exact: true }).selectOption({ label });
  await form.locator('#app[aria-busy="false"]').waitFor();
  await form.getByLabel("Đơn vị", { exact: true }).selectOption(unit);
  await form.locator('#app[aria-busy="false"]').waitFor();
}

async function addPerson(form: FrameLocator, name: string, title: string): Promise<void> {
  await form.getByRole("button", { name: "+ Thêm cá nhân" }).click();
  const i = (await form.locator("#people > li").count()) - 1;
  await form.locator(`#p-${i}-name`).fill(name);
  await form.locator(`#p-${i}-title`).selectOption(title);
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
    await runMenuItem(page, "Đăng ký thi đua…");
    await page.frameLocator("#sidebar iframe").locator("#form:not([hidden])").waitFor();
    await page.waitForTimeout(500);
    expect(readFileSync(opened.file).equals(before)).toBe(true);
    await expect(page.locator("#save-status").textContent()).resolves.toBe("Đã lưu mọi thay đổi");
    await shot("5-sidebar");
  });

  it("6. in the sidebar, Cụm 1 / UBND phường Lê Lợi: Nguyễn Thị Lan is caught before sending, Trần Thị Hoa is written green", async () => {
    const { page } = start;
    const form = page.frameLocator("#sidebar iframe");
    await pickUnit(form, "1", "UBND phường Lê Lợi");
    await expect(form.locator("#existing-list").textContent()).resolves.toContain("Nguyễn Thị Lan");
    await addPerson(form, "Nguyễn Thị Lan", "Lao động tiên tiến");
    await form.getByRole("button", { name: "Gửi đăng ký" }).click();
    const notice = form.locator("#notice");
    await expect(notice.getAttribute("class")).resolves.toBe("notice fail");
    await expect(notice.textContent()).resolves.toContain(
      "Cá nhân 1 – Nguyễn Thị Lan: đã đăng ký 'Lao động tiên tiến'",
    );
    await shot("6-da-dang-ky");
    await form.locator("#p-0-name").fill("Trần Thị Hoa");
    await form.getByRole("button", { name: "Gửi đăng ký" }).click();
    await form.locator('#app[aria-busy="false"]').waitFor();
    await expect(notice.getAttribute("class")).resolves.toBe("notice ok");
    await expect(notice.textContent()).resolves.toMatch(
      /Đã ghi 1 dòng vào trang 'Cụm 1' \(dòng 57\): đăng ký hợp lệ\./,
    );
    await shot("6-da-ghi");
  });

  it("7. PREVIEW_TODAY=15/03/2020 npm start: the row of 20/02 is still Hợp lệ, a new one is DK12", async () => {
    await start.close();
    start = await npmStart({ demoFile: DEMO, env: { PREVIEW_TODAY: "15/03/2020" } });
    const { page } = start;
    await expect(page.locator("#today").textContent()).resolves.toBe(
      "Ngày giả lập: 15/03/2020 — đổi bằng PREVIEW_TODAY",
    );
    await openTab(page, "Cụm 1");
    await expect(statusOf(ROW)).resolves.toMatchObject({ text: "Hợp lệ", date: "20/02/2020" });
    await typeAcross(page, ROW + 2, 2, [
      "UBND phường Lê Lợi",
      "Cá nhân",
      "Lê Thị Hoa",
      "Kế toán",
      "Lao động tiên tiến",
    ]);
    const late = await statusOf(ROW + 2);
    expect(late.date).toBe("15/03/2020");
    expect(late.text).toMatch(/^DK12: Đăng ký ngày 15\/03\/2020, sau hạn 28\/02\/2020/);
    await cell(page, ROW + 2, await columnOf(page, "Kết quả kiểm tra")).scrollIntoViewIfNeeded();
    await shot("7-dk12");
  });

  it("8. on 15/03/2020 the sidebar says before sending that it is late, and sending is amber", async () => {
    const { page } = start;
    await runMenuItem(page, "Đăng ký thi đua…");
    const form = page.frameLocator("#sidebar iframe");
    await form.locator("#form:not([hidden])").waitFor();
    await pickUnit(form, "1", "UBND phường Lê Lợi");
    await expect(form.locator("#late").textContent()).resolves.toContain(
      "Đã qua hạn đăng ký 28/02/2020 của cụm 1",
    );
    await addPerson(form, "Phạm Văn Nam", "Lao động tiên tiến");
    await form.getByRole("button", { name: "Gửi đăng ký" }).click();
    await form.locator('#app[aria-busy="false"]').waitFor();
    const notice = form.locator("#notice");
    await expect(notice.getAttribute("class")).resolves.toBe("notice warn");
    await expect(notice.textContent()).resolves.toContain("Đã ghi, nhưng chưa được tính");
    await expect(notice.locator("li").first().textContent()).resolves.toMatch(
      /^Cá nhân 1 – Phạm Văn Nam · Ngày đăng ký: Đăng ký ngày 15\/03\/2020, sau hạn 28\/02\/2020/,
    );
    await shot("8-muon");
  });

  it("9. Kiểm tra dữ liệu: the alert leads with the counts, the units not considered, the areas by name", async () => {
    const { page } = start;
    await runMenuItem(page, "Kiểm tra dữ liệu");
    const alert = page.getByRole("alertdialog");
    const text = (await alert.textContent()) ?? "";
    expect(text).toMatch(/Lỗi: \d+ · Cảnh báo: \d+/);
    expect(text).toContain("Đăng ký");
    expect(text.indexOf("không được xét khen thưởng")).toBeGreaterThan(-1);
    await shot("9-kiem-tra");
    await alert.getByRole("button", { name: "OK" }).click();
  });

  it("10. Tính điểm và xếp hạng: BC Kết quả chấm điểm, one chart per cluster where the tab opens", async () => {
    const { page } = start;
    await runMenuItem(page, "Tính điểm và xếp hạng");
    await page.getByRole("alertdialog").getByRole("button", { name: "OK" }).click();
    await openTab(page, "BC Kết quả chấm điểm");
    const charts = page.getByRole("img", { name: /^Cụm \d+: tổng điểm từng đơn vị$/ });
    await expect(charts.count()).resolves.toBeGreaterThan(5);
    const box = await charts.first().boundingBox();
    expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThan(768);
    await shot("10-bieu-do");
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
