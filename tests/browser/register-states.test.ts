import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SETTING } from "../../src/core/contract/workbook";
import { type Preview, startPreview } from "../../tools/preview/start-preview";
import { saveWorkbook } from "../../tools/xlsx";
import { HEAD3, LDTT_HOLDER, sidebarWorkbook, UNIT3 } from "../sidebar/sidebar-workbook";
import { launchChromium } from "./helpers/browser";
import { idle, runMenuItem } from "./helpers/grid-page";
import { openAs } from "./helpers/register-workbook";

// What a cluster head sees after sending: green when the rows count, amber when they were written
// but will not count (late), red when nothing was written; the late warning before sending; and a
// person already registered for a title caught in the form, before anything is sent.
const LDTT = "Lao động tiên tiến";
let preview: Preview;
let browser: Browser;
let page: Page;
let form: FrameLocator;
const runs: string[] = [];

/** A copy of the sidebar workbook saved as .xlsx, its registration deadline set to `deadline`. */
async function fileWithDeadline(deadline: string): Promise<string> {
  const wb = sidebarWorkbook();
  wb.setSetting(SETTING.deadline, deadline);
  const file = join(mkdtempSync(join(tmpdir(), "preview-states-")), "so-thi-dua.xlsx");
  await saveWorkbook(wb.sb.services.spreadsheet, file);
  return file;
}

async function open(deadline: string): Promise<void> {
  await browser?.close();
  await preview?.close();
  const file = await fileWithDeadline(deadline);
  preview = await startPreview({ sandbox: await openAs(file, HEAD3), file, saveDelayMs: 50 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on("request", (r) => {
    if (r.url().endsWith("/api/run")) runs.push(r.postData() ?? "");
  });
  await page.goto(preview.url);
  await idle(page);
  await runMenuItem(page, "Đăng ký thi đua…");
  form = page.frameLocator("#sidebar iframe");
  await form.locator("#form:not([hidden])").waitFor();
  await form.getByLabel("Đơn vị", { exact: true }).selectOption(UNIT3);
  await form.locator('#app[aria-busy="false"]').waitFor();
}

async function addPerson(name: string, title: string): Promise<void> {
  await form.getByRole("button", { name: "+ Thêm cá nhân" }).click();
  const i = (await form.locator("#people > li").count()) - 1;
  await form.locator(`#p-${i}-name`).fill(name);
  await form.locator(`#p-${i}-title`).selectOption(title);
}

async function send(): Promise<void> {
  await form.getByRole("button", { name: "Gửi đăng ký" }).click();
  await form.locator('#app[aria-busy="false"]').waitFor();
}

/** The sidebar at the height of its form, for a screenshot a person can read. */
async function shoot(name: string): Promise<void> {
  await page.locator("#sidebar").screenshot({ path: `.tmp/${name}.png` });
}

beforeAll(async () => {
  await open("31/12/2099");
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe("the sidebar's result, before the deadline", () => {
  it("is green and says the registration is valid", async () => {
    await addPerson("Người Mới Một", LDTT);
    await send();
    const notice = form.locator("#notice");
    await expect(notice.getAttribute("class")).resolves.toBe("notice ok");
    await expect(notice.textContent()).resolves.toMatch(
      /Đã ghi 1 dòng vào trang 'Cụm 3' \(dòng \d+\): đăng ký hợp lệ\./,
    );
    // Where the user is looking: the result box is at the top and in view.
    const box = await page.frameLocator("#sidebar iframe").locator("#notice").boundingBox();
    expect(box?.y ?? 9999).toBeLessThan(400);
    await shoot("register-state-valid");
  });

  it("catches a person who already registered the title before sending, saying so", async () => {
    const before = runs.length;
    await addPerson(LDTT_HOLDER, LDTT);
    await send();
    expect(runs.length).toBe(before);
    const lines = await form.locator("#notice li").allTextContents();
    expect(lines.join("\n")).toContain(`Cá nhân 1 – ${LDTT_HOLDER}: đã đăng ký '${LDTT}' (STT`);
    expect(lines.join("\n")).not.toContain("xóa");
    await expect(form.locator("#notice").getAttribute("class")).resolves.toBe("notice fail");
    await shoot("register-state-duplicate");
  });
});

describe("the sidebar's result, after the deadline", () => {
  beforeAll(async () => {
    await open("28/02/2020");
  }, 60_000);

  it("warns before sending that a registration sent now will not be considered", async () => {
    const late = form.locator("#late");
    await expect(late.isVisible()).resolves.toBe(true);
    await expect(late.textContent()).resolves.toContain("Đã qua hạn đăng ký 28/02/2020 của cụm 3");
    await expect(late.textContent()).resolves.toContain("không được xét khen thưởng cuối năm");
  });

  it("is amber: written, but it will not count, naming the person, the reason and what to do", async () => {
    await addPerson("Người Muộn", LDTT);
    await send();
    const notice = form.locator("#notice");
    await expect(notice.getAttribute("class")).resolves.toBe("notice warn");
    await expect(notice.textContent()).resolves.toContain("Đã ghi, nhưng chưa được tính");
    await expect(notice.textContent()).resolves.toContain("sẽ không được xét khen thưởng");
    const lines = await notice.locator("li").allTextContents();
    expect(lines[0]).toMatch(
      /^Cá nhân 1 – Người Muộn · Ngày đăng ký: Đăng ký ngày \d\d\/\d\d\/\d{4}, sau hạn 28\/02\/2020/,
    );
    expect(lines[0]).toContain("hãy báo Phòng Nội vụ");
    await shoot("register-state-late");
  });
});
