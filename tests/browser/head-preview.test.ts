import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterTabName, scoreTabName, TAB } from "../../src/core/contract/workbook";
import { CHECK, PREPARE_SCORES, PROTECT, SCORES, SETUP } from "../../src/core/menu/menu";
import { headEmail } from "../../tools/demo/scores";
import { snapshot } from "../../tools/gas-sandbox";
import { type DemoSession, openDemoSession } from "./helpers/demo-session";
import { cell, columnOf, openTab, runMenuItem } from "./helpers/grid-page";

// The demo in the preview as the head of cluster 3 (PREVIEW_USER=cumtruong3@sontay.example.vn):
// the office's menu items are refused with the Vietnamese message naming the account, and their
// own Kiểm tra dữ liệu checks cluster 3 only.
const HEAD3 = headEmail("3");
const SCREENSHOT = ".tmp/preview-head-3.png";
const SCREENSHOT_ALERT = ".tmp/preview-head-3-alert.png";
const SCREENSHOT_REFUSED = ".tmp/preview-head-3-refused.png";
const OWN_TABS = [clusterTabName("3"), scoreTabName("3"), TAB.log];

let page: Page;
let session: DemoSession;

beforeAll(async () => {
  session = await openDemoSession({ width: 1400, height: 800 }, HEAD3);
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
});

/** Runs a menu item; returns the alert's heading and text, the alert left open. */
async function runItem(caption: string): Promise<{ heading: string; text: string }> {
  await runMenuItem(page, caption);
  const alert = page.getByRole("alertdialog");
  return {
    heading: (await alert.getByRole("heading").textContent()) ?? "",
    text: (await alert.textContent()) ?? "",
  };
}

const closeAlert = () => page.getByRole("alertdialog").getByRole("button", { name: "OK" }).click();
const workbook = () => snapshot(session.preview.session.spreadsheet);

describe("the preview as the head of cluster 3", () => {
  it("refuses each of the office's menu items with a Vietnamese message naming the account, writing nothing", async () => {
    const before = workbook();
    for (const item of [SCORES, SETUP, PROTECT, PREPARE_SCORES]) {
      const { heading, text } = await runItem(item.caption);
      expect(heading).toBe(item.caption);
      expect(text).toContain(`Chỉ cán bộ Phòng Nội vụ có tên trong mục 'Email quản trị'`);
      expect(text).toContain(`Tài khoản ${HEAD3} là cụm trưởng cụm 3`);
      if (item === PROTECT) {
        mkdirSync(".tmp", { recursive: true });
        await page.screenshot({ path: SCREENSHOT_REFUSED });
      }
      await closeAlert();
    }
    expect(workbook()).toEqual(before);
  });

  it("runs their own Kiểm tra dữ liệu: cluster 3's statuses, its summary, no BC tab, no other cluster touched", async () => {
    const before = workbook();
    const { heading, text } = await runItem(CHECK.caption);
    expect(heading).toBe(CHECK.caption);
    expect(text).toContain("Kết quả kiểm tra cụm 3:");
    expect(text).toMatch(/Lỗi: \d+ · Cảnh báo: \d+/);
    mkdirSync(".tmp", { recursive: true });
    await page.screenshot({ path: SCREENSHOT_ALERT });
    await closeAlert();
    const after = workbook();
    const changed = Object.keys({ ...before, ...after }).filter(
      (t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]),
    );
    expect(changed).toContain(clusterTabName("3"));
    expect(changed.filter((t) => !OWN_TABS.includes(t))).toEqual([]);
    await expect(page.getByRole("tab", { name: "BC Kiểm tra" }).count()).resolves.toBe(0);
    await openTab(page, clusterTabName("3"));
    const status = await columnOf(page, "Kết quả kiểm tra");
    const statuses = await page.locator(`#grid td[data-c="${status}"]`).allTextContents();
    expect(statuses.filter((s) => s === "Hợp lệ" || /^[A-Z]{2}\d\d: /.test(s)).length).toBeGreaterThan(0);
    const flagged = statuses.findIndex((s) => /^[A-Z]{2}\d\d: /.test(s));
    await cell(page, flagged + 1, status).scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT });
    await openTab(page, clusterTabName("4"));
    const statuses4 = await page
      .locator(`#grid td[data-c="${await columnOf(page, "Kết quả kiểm tra")}"]`)
      .allTextContents();
    expect(statuses4.slice(1).every((s) => s === "")).toBe(true);
  });
});
