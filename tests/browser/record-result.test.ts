import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterTabName, LOG, REG, RESULT, TAB } from "../../src/core/contract/workbook";
import { personName, UNITS } from "../../tools/fixtures/clean-workbook";
import type { Sandbox } from "../../tools/gas-sandbox";
import { type Preview, startPreview } from "../../tools/preview/start-preview";
import { HEAD3 } from "../sidebar/sidebar-workbook";
import { launchChromium } from "./helpers/browser";
import { idle, runMenuItem } from "./helpers/grid-page";
import { openAs, registrationFile, savedRows } from "./helpers/register-workbook";

// A cluster head records a year-end result through the registration sidebar, in Chromium, on the
// local preview of a workbook saved to a temporary .xlsx (PREVIEW_USER=head3@example.com).
const TAB3 = clusterTabName("3");
const UNIT = UNITS.filter((u) => u.cluster === "3")[1]?.name ?? "";
const PERSON = personName(UNITS.findIndex((u) => u.name === UNIT) * 7 + 1);
const RATING = "Hoàn thành tốt nhiệm vụ";

let file: string;
let sandbox: Sandbox;
let preview: Preview;
let browser: Browser;
let page: Page;
let form: FrameLocator;
const runs: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  file = await registrationFile();
  sandbox = await openAs(file, HEAD3);
  preview = await startPreview({ sandbox, file, saveDelayMs: 50 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("request", (r) => {
    if (r.url().endsWith("/api/run")) runs.push(r.postData() ?? "");
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(preview.url);
  await idle(page);
  await runMenuItem(page, "Đăng ký thi đua…");
  form = page.frameLocator("#sidebar iframe");
  await form.locator("#form:not([hidden])").waitFor();
  await form.getByLabel("Đơn vị", { exact: true }).selectOption(UNIT);
  await form.locator('#app[aria-busy="false"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const item = () =>
  form.locator("#existing-list > li").filter({ hasText: PERSON }).filter({ hasText: "Lao động tiên tiến" });

describe("recording a result in the sidebar", () => {
  it("offers Kết quả bình xét and Xếp loại from their lists, under the row", async () => {
    await item()
      .getByRole("button", { name: /^Ghi kết quả bình xét/ })
      .click();
    const outcome = item().getByLabel(RESULT.outcome, { exact: true });
    await expect(outcome.locator("option").allTextContents()).resolves.toEqual([
      "— Chưa bình xét —",
      "Đạt",
      "Không đạt",
    ]);
    const ratings = await item()
      .getByLabel(RESULT.rating, { exact: true })
      .locator("option")
      .allTextContents();
    expect(ratings).toContain(RATING);
    // An LĐTT asks for no initiative: no field for its recognition decision.
    await expect(item().getByLabel(RESULT.initiativeDecision, { exact: true }).count()).resolves.toBe(0);
  });

  it("records Đạt with the rating: one call, the row shows it, the notice says it can be proposed", async () => {
    await item().getByLabel(RESULT.outcome, { exact: true }).selectOption("Đạt");
    await item().getByLabel(RESULT.rating, { exact: true }).selectOption(RATING);
    const answered = page.waitForResponse(
      (r) => r.url().endsWith("/api/run") && (r.request().postData() ?? "").includes('"name":"recordResult"'),
    );
    const before = runs.length;
    await item().getByRole("button", { name: "Lưu kết quả" }).click();
    await answered;
    await form.locator('#app[aria-busy="false"]').waitFor();
    expect(runs.length).toBe(before + 1);
    expect(runs.at(-1)).toContain('"outcome":"Đạt"');
    await expect(form.locator("#notice").getAttribute("class")).resolves.toBe("notice ok");
    await expect(form.locator("#notice").textContent()).resolves.toContain(
      "Đủ điều kiện đề nghị khen thưởng.",
    );
    await expect(item().locator(".result").textContent()).resolves.toBe(`Kết quả: Đạt · ${RATING}`);
    await expect(item().locator(".status").textContent()).resolves.toBe("Hợp lệ");
  });

  it("is in the saved file: the two cells of the row, and a line of Nhật ký", async () => {
    await preview.saver?.flush();
    const rows = await savedRows(file, TAB3);
    const row = rows.find(
      (r) => r[REG.person]?.value === PERSON && r[REG.title]?.value === "Lao động tiên tiến",
    );
    expect(row?.[RESULT.outcome]?.value).toBe("Đạt");
    expect(row?.[RESULT.rating]?.value).toBe(RATING);
    const log = (await savedRows(file, TAB.log)).at(-1);
    expect(log?.[LOG.action]?.value).toBe("Ghi kết quả bình xét (biểu mẫu)");
    expect(log?.[LOG.user]?.value).toBe(HEAD3);
  });

  it("ran without a script error", () => {
    expect(errors).toEqual([]);
  });
});
