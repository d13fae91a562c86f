import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN } from "../../tools/demo/scores";
import { type DemoSession, openDemoSession } from "./helpers/demo-session";
import { openTab, runMenuItem } from "./helpers/grid-page";

const REPORT = "BC Tổng hợp đăng ký";
const CHART = "Số tập thể, cá nhân đăng ký theo cụm thi đua";

let session: DemoSession;
let page: Page;

beforeAll(async () => {
  mkdirSync(".tmp/docs", { recursive: true });
  session = await openDemoSession({ width: 1600, height: 1000 });
  ({ page } = session);
  // The demo's office account is at the keyboard: documents are for Email quản trị only.
  session.preview.session.sandbox.services.env.reportedEmail = DEMO_ADMIN;
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe("the Báo cáo submenu in the preview", () => {
  it("makes the summary: a dialog links to the Doc and the PDF, and its BC tab shows the table and chart", async () => {
    await runMenuItem(page, "Tổng hợp theo cụm và danh hiệu", "Báo cáo");
    const dialog = page.getByRole("dialog");
    await expect(dialog.textContent()).resolves.toContain("Tổng hợp theo cụm và danh hiệu");
    const frame = page.frameLocator("iframe[title='Tổng hợp theo cụm và danh hiệu']");
    await expect(
      frame.getByRole("link", { name: "Mở bản Google Tài liệu" }).getAttribute("target"),
    ).resolves.toBe("_blank");
    await expect(frame.getByRole("link", { name: "Mở bản PDF" }).count()).resolves.toBe(1);
    await page.screenshot({ path: ".tmp/docs/preview-dialog.png" });
    await frame.getByRole("button", { name: "Đóng" }).click();
    await expect(dialog.count()).resolves.toBe(0);

    await openTab(page, REPORT);
    const rows = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLTableRowElement>("#grid tbody tr")).map((tr) =>
        Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? ""),
      ),
    );
    expect(rows[0]?.[0]).toBe("BÁO CÁO");
    expect(rows.some((r) => r[1] === "Tổng cộng")).toBe(true);
    expect(rows.some((r) => r[1] === "Cụm 1 – Khối phường")).toBe(true);
    await expect(page.getByRole("img", { name: CHART }).count()).resolves.toBe(1);
    await page.screenshot({ path: ".tmp/docs/preview-bc-tong-hop.png" });
  }, 120_000);

  it("Cuối năm › Lập danh sách đề nghị khen thưởng: one dialog names the counts and links each document's Doc and PDF", async () => {
    await runMenuItem(page, "Lập danh sách đề nghị khen thưởng", "Cuối năm");
    const frame = page.frameLocator("iframe[title='Lập danh sách đề nghị khen thưởng']");
    await expect(frame.locator("body").textContent()).resolves.toMatch(/được đề nghị khen thưởng năm 2020/);
    const docs = frame.getByRole("link", { name: "Google Tài liệu" });
    const pdfs = frame.getByRole("link", { name: "PDF" });
    const made = await docs.count();
    expect(made).toBeGreaterThanOrEqual(2); // the list and at least one Tờ trình
    await expect(pdfs.count()).resolves.toBe(made);
    await expect(frame.locator("li", { hasText: "Tờ trình đề nghị khen thưởng" }).count()).resolves.toBe(
      made - 1,
    );
    await page.screenshot({ path: ".tmp/docs/preview-proposals-dialog.png" });
    await frame.getByRole("button", { name: "Đóng" }).click();
    await expect(page.getByRole("dialog").count()).resolves.toBe(0);
  }, 120_000);
});
