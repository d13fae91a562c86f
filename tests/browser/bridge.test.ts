import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBundle } from "../../tools/gas-sandbox";
import { type Preview, startPreview } from "../../tools/preview/start-preview";
import { launchChromium } from "./helpers/browser";
import { cell, idle } from "./helpers/grid-page";

// A tiny Apps Script project (fixtures/bridge-bundle.js + bridge-test.html) drives the bridge,
// so the product bundle carries no test code. The workbook lives in memory only.
const FIXTURES = "tests/browser/fixtures";

let preview: Preview;
let browser: Browser;
let page: Page;
let sidebar: FrameLocator;

beforeAll(async () => {
  const sandbox = loadBundle(`${FIXTURES}/bridge-bundle.js`, {
    buildDir: FIXTURES,
    tabs: { "Trang tính1": [["Tiêu đề"]] },
  });
  preview = await startPreview({ sandbox });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(preview.url);
  await idle(page);
  await page.getByRole("button", { name: "Thử cầu nối" }).click();
  await page.getByRole("menuitem", { name: "Mở thanh bên" }).click();
  await idle(page);
  sidebar = page.frameLocator("#sidebar iframe");
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

/** Clicks a button of the test page and returns the log line its call wrote. */
async function press(id: string): Promise<string> {
  const log = sidebar.locator("#log");
  const before = ((await log.textContent()) ?? "").split("\n").filter(Boolean).length;
  await sidebar.locator(`#${id}`).click();
  await expect
    .poll(async () => ((await log.textContent()) ?? "").split("\n").filter(Boolean).length)
    .toBe(before + 1);
  return ((await log.textContent()) ?? "").split("\n").filter(Boolean)[before] ?? "";
}

describe("google.script.run in a sidebar of the preview", () => {
  it("shows the sidebar 300 px wide, with its title, from a menu item", async () => {
    await expect(page.locator("#sidebar .title").textContent()).resolves.toBe("Thử google.script.run");
    const width = await page.locator("#sidebar iframe").evaluate((f) => f.getBoundingClientRect().width);
    expect(width).toBe(300);
  });

  it("passes plain objects and arrays back, with the user object, to the success handler", async () => {
    await expect(press("plain")).resolves.toBe(
      'plain ok {"n":2,"list":[1,"a",true,null],"nested":{"ok":true}} {"label":"plain"}',
    );
  });

  it("fails the call when the server returns a Date, as in Apps Script", async () => {
    await expect(press("date")).resolves.toBe(
      'date fail Failed due to illegal value in property: when {"label":"date"}',
    );
  });

  it("fails the call when the server returns a class instance", async () => {
    await expect(press("instance")).resolves.toBe(
      'instance fail Failed due to illegal value in property: 0 {"label":"instance"}',
    );
  });

  it("hands a server exception to the failure handler", async () => {
    await expect(press("throws")).resolves.toBe('throws fail Lỗi thử nghiệm {"label":"throws"}');
  });

  it("refuses a Date or a function among the arguments before sending", async () => {
    await expect(press("dateArg")).resolves.toBe(
      "dateArg threw Failed due to illegal value in property: 0.when",
    );
    await expect(press("fnArg")).resolves.toBe("fnArg threw Failed due to illegal value in property: 0.1");
  });

  it("delivers arguments as values of the script's realm, and a form as its fields", async () => {
    await expect(press("argTypes")).resolves.toBe(
      'argTypes ok [true,true,true,"string"] {"label":"argTypes"}',
    );
    await expect(press("form")).resolves.toBe('form ok {"name":"Nguyễn Văn An"} {"label":"form"}');
  });

  it("does not offer private functions (names ending in _)", async () => {
    await expect(press("private")).resolves.toBe("private undefined");
  });

  it("shows in the grid what a server call wrote, and its toast", async () => {
    await expect(press("write")).resolves.toBe('write ok "đã ghi" {"label":"write"}');
    await expect.poll(() => cell(page, 2, 1).textContent()).toBe("từ thanh bên");
    await expect(page.locator(".toast").first().textContent()).resolves.toContain("Đã ghi ô A2");
  });

  it("closes with google.script.host.close()", async () => {
    await sidebar.locator("#close").click();
    await expect.poll(() => page.locator("#sidebar").isHidden()).toBe(true);
  });

  it("opens a modal dialog from a nested menu item", async () => {
    await page.getByRole("button", { name: "Thử cầu nối" }).click();
    await page.getByRole("menuitem", { name: "Thêm" }).hover();
    await page.getByRole("menuitem", { name: "Mở hộp thoại" }).click();
    await idle(page);
    const dialog = page.getByRole("dialog");
    await expect(dialog.locator(".title").textContent()).resolves.toBe("Hộp thoại thử");
    await expect(dialog.locator("iframe").evaluate((f) => f.getBoundingClientRect().width)).resolves.toBe(
      360,
    );
  });
});
