import { mkdirSync, statSync } from "node:fs";
import type { Browser, FrameLocator, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterTabName, LOG, REG, TAB, TITLE } from "../../src/core/contract/workbook";
import { TITLE_ROWS } from "../../src/core/template";
import type { Sandbox } from "../../tools/gas-sandbox";
import { type Preview, startPreview } from "../../tools/preview/start-preview";
import { HEAD3, LDTT_HOLDER, UNIT3 } from "../sidebar/sidebar-workbook";
import { launchChromium } from "./helpers/browser";
import { cell, columnOf, idle, openTab, runMenuItem } from "./helpers/grid-page";
import { openAs, registrationFile, savedRows } from "./helpers/register-workbook";

// The registration sidebar of the built add-on, in Chromium, on the local preview: a cluster head
// (PREVIEW_USER=head3@example.com) registers for a unit of cluster 3 of a workbook saved to a
// temporary .xlsx. The tests run in order, on one sidebar, as one user's session would.
const TAB3 = clusterTabName("3");
const XSS = "<img src=x onerror=alert(1)>";
const FORMULA = '=HYPERLINK("http://x")';
const NEW_LDTT = "Lê Thị Mới";
const INITIATIVE = "Sáng kiến số hóa hồ sơ";
const LDTT = "Lao động tiên tiến";
const CSTDCS = "Chiến sĩ thi đua cơ sở";
const TTLDTT = "Tập thể lao động tiên tiến";
/** Titles whose initiative field must show for an individual (Sáng kiến, for every unit type). */
const NEEDS_INITIATIVE = new Set(
  TITLE_ROWS.filter((t) => t[TITLE.requirement] === "Sáng kiến").map((t) => String(t[TITLE.name])),
);

let file: string;
let sandbox: Sandbox;
let preview: Preview;
let browser: Browser;
let page: Page;
let form: FrameLocator;
/** Bodies of the google.script.run calls the sidebar made, in order. */
const runs: string[] = [];
const dialogs: string[] = [];
/** Requests an injected `<img src=x>` would make. */
const stray: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  file = await registrationFile();
  sandbox = await openAs(file, HEAD3);
  preview = await startPreview({ sandbox, file, saveDelayMs: 50 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("request", (r) => {
    if (r.url().endsWith("/api/run")) runs.push(r.postData() ?? "");
    if (/\/x$/.test(r.url())) stray.push(r.url());
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(preview.url);
  await idle(page);
  await runMenuItem(page, "Đăng ký thi đua…");
  form = page.frameLocator("#sidebar iframe");
  await form.locator("#form:not([hidden])").waitFor();
  await form.getByLabel("Đơn vị", { exact: true }).selectOption(UNIT3);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const person = (i: number, f: string) => form.locator(`#p-${i}-${f}`);
const runsOf = (name: string) => runs.filter((r) => r.includes(`"name":"${name}"`));
const existing = (text: string) => form.locator("#existing-list > li").filter({ hasText: text });

/** Clicks a button that makes one server call, and waits until the sidebar has handled its answer. */
async function sendWith(button: Locator, name: string): Promise<void> {
  const before = runsOf(name).length;
  const answered = page.waitForResponse(
    (r) => r.url().endsWith("/api/run") && (r.request().postData() ?? "").includes(`"name":"${name}"`),
  );
  await button.click();
  await answered;
  await form.locator('#app[aria-busy="false"]').waitFor();
  expect(runsOf(name)).toHaveLength(before + 1);
}

/** Adds an individual at the end of the list. */
async function addPerson(name: string, title: string, initiative = ""): Promise<void> {
  await form.getByRole("button", { name: "+ Thêm cá nhân" }).click();
  const i = (await form.locator("#people > li").count()) - 1;
  await person(i, "name").fill(name);
  await person(i, "title").selectOption(title);
  if (initiative) await person(i, "initiative").fill(initiative);
}

/** The saved file, once every pending change is written. */
async function saved(tab: string) {
  await preview.saver?.flush();
  return savedRows(file, tab);
}

/** A screenshot of the whole sidebar: the window made as tall as the form for the shot. */
async function shoot(name: string): Promise<void> {
  mkdirSync(".tmp", { recursive: true });
  const content = await form.locator("html").evaluate((h) => h.scrollHeight);
  const shown = await page.locator("#sidebar iframe").evaluate((f) => f.getBoundingClientRect().height);
  const viewport = page.viewportSize() ?? { width: 1200, height: 900 };
  const extra = Math.max(0, Math.ceil(content - shown));
  await page.setViewportSize({ width: viewport.width, height: viewport.height + extra });
  try {
    await page.locator("#sidebar").screenshot({ path: `.tmp/${name}.png` });
  } finally {
    await page.setViewportSize(viewport);
  }
}

/** The rows of the tab shown in the preview's grid, as records keyed by header. */
async function gridRows(tab: string): Promise<Record<string, string>[]> {
  await openTab(page, tab);
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>("#grid tbody tr"));
    const texts = rows.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? ""));
    const header = texts[0] ?? [];
    return texts.slice(1).map((r) => Object.fromEntries(header.map((h, c) => [h, r[c] ?? ""])));
  });
}

describe("the registration sidebar in Chromium", () => {
  it("opens from the menu, 300 px wide, with one server call, and one more for the unit chosen, under 150 KB", async () => {
    await expect(page.locator("#sidebar .title").textContent()).resolves.toBe("Đăng ký thi đua");
    const width = await page.locator("#sidebar iframe").evaluate((f) => f.getBoundingClientRect().width);
    expect(width).toBe(300);
    await expect.poll(() => runs.length).toBe(2);
    expect(runs[0]).toContain('"name":"getRegistrationContext"');
    expect(runs[1]).toContain('"name":"getUnitRegistrations"');
    expect(statSync("build/register.html").size).toBeLessThan(150 * 1024);
    // The head of cluster 3 is offered cluster 3 only.
    await expect(
      form.locator("#cluster option").evaluateAll((o) => o.map((x) => x.getAttribute("value"))),
    ).resolves.toEqual(["3"]);
    await shoot("register-empty");
  });

  it("shows the initiative field exactly for the titles that require it", async () => {
    await form.getByRole("button", { name: "+ Thêm cá nhân" }).click();
    const titles = (await person(0, "title").locator("option").allTextContents()).filter((t) =>
      TITLE_ROWS.some((r) => r[TITLE.name] === t),
    );
    expect(titles).toContain(LDTT);
    expect(titles).toContain(CSTDCS);
    for (const title of titles) {
      await person(0, "title").selectOption(title);
      await expect
        .poll(() => person(0, "initiative").isVisible(), { message: title })
        .toBe(NEEDS_INITIATIVE.has(title));
    }
    // Cluster 3's units are `Cơ quan`: no collective title asks them for a model or an initiative.
    const collective = form.getByLabel("Danh hiệu", { exact: true }).first();
    const offered = (
      await collective.locator("option").evaluateAll((o) => o.map((x) => x.getAttribute("value")))
    ).filter((v): v is string => Boolean(v));
    expect(offered).toContain(TTLDTT);
    for (const title of offered) {
      await collective.selectOption(title);
      await expect
        .poll(() => form.locator("#collective-initiative").isVisible(), { message: title })
        .toBe(false);
    }
    await collective.selectOption("");
    await person(0, "title").selectOption(CSTDCS);
    await expect.poll(() => person(0, "initiative").isVisible()).toBe(true);
    await expect(form.locator("#p-0-initiative-label").textContent()).resolves.toBe("Tên sáng kiến");
    await person(0, "title").selectOption(LDTT);
    await expect.poll(() => person(0, "initiative").isVisible()).toBe(false);
  });

  it("blocks a CSTĐCS without an initiative with the DK09 message, sending nothing", async () => {
    await person(0, "name").fill(LDTT_HOLDER);
    await person(0, "title").selectOption(CSTDCS);
    const before = runs.length;
    await form.getByRole("button", { name: "Gửi đăng ký" }).click();
    await expect
      .poll(() => form.locator("#notice li").allTextContents())
      .toContain(`Cá nhân 1 – ${LDTT_HOLDER}: đăng ký 'Chiến sĩ thi đua cơ sở' phải ghi 'Tên sáng kiến'.`);
    await expect(form.locator("#notice p").textContent()).resolves.toBe(
      "Chưa gửi: hãy sửa các ô được đánh dấu.",
    );
    await expect(form.locator("#notice").getAttribute("class")).resolves.toBe("notice fail");
    await expect(person(0, "initiative").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(runs.length).toBe(before);
    await shoot("register-errors");
  });

  it("registers the collective and three individuals: rows in Cụm 3, all Hợp lệ, in the grid and the file", async () => {
    await person(0, "initiative").fill(INITIATIVE);
    await form.getByLabel("Danh hiệu", { exact: true }).first().selectOption(TTLDTT);
    await addPerson(NEW_LDTT, LDTT);
    await addPerson(XSS, LDTT);
    await form.locator("#p-2-position").fill("Chuyên viên");
    await shoot("sidebar");
    await sendWith(form.getByRole("button", { name: "Gửi đăng ký" }), "submitRegistrations");
    await expect(form.locator("#notice").getAttribute("class")).resolves.toBe("notice ok");
    await expect(form.locator("#people > li").count()).resolves.toBe(0);

    const grid = (await gridRows(TAB3)).filter((r) => r[REG.unit] === UNIT3).slice(-4);
    expect(grid.map((r) => [r[REG.person], r[REG.title], r[REG.status]])).toEqual([
      ["", TTLDTT, "Hợp lệ"],
      [LDTT_HOLDER, CSTDCS, "Hợp lệ"],
      [NEW_LDTT, LDTT, "Hợp lệ"],
      [XSS, LDTT, "Hợp lệ"],
    ]);
    expect(grid[1]?.[REG.initiative]).toBe(INITIATIVE);
    expect(grid.every((r) => r[REG.enteredBy] === HEAD3)).toBe(true);

    const rows = (await saved(TAB3)).filter((r) => r[REG.unit]?.value === UNIT3).slice(-4);
    expect(rows.map((r) => [r[REG.person]?.value, r[REG.status]?.value])).toEqual([
      ["", "Hợp lệ"],
      [LDTT_HOLDER, "Hợp lệ"],
      [NEW_LDTT, "Hợp lệ"],
      [XSS, "Hợp lệ"],
    ]);
    expect(rows[1]?.[REG.initiative]?.value).toBe(INITIATIVE);
  });

  it("shows the name <img src=x onerror=alert(1)> as text, fires nothing, stores it verbatim", async () => {
    const row = existing(XSS);
    await expect(row.count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain(`${XSS} – Chuyên viên`);
    await expect(form.locator("img").count()).resolves.toBe(0);
    await openTab(page, TAB3);
    await expect(page.locator("#grid img").count()).resolves.toBe(0);
    const stored = (await saved(TAB3)).find((r) => r[REG.person]?.value === XSS);
    expect(stored?.[REG.person]).toEqual({ value: XSS, formula: "" });
    expect(dialogs).toEqual([]);
    expect(stray).toEqual([]);
  });

  it(`stores the name ${FORMULA} as text, not as a formula`, async () => {
    await addPerson(FORMULA, LDTT);
    await sendWith(form.getByRole("button", { name: "Gửi đăng ký" }), "submitRegistrations");
    await expect(form.locator("#notice").getAttribute("class")).resolves.toBe("notice ok");
    await expect(existing(FORMULA).count()).resolves.toBe(1);
    const stored = (await saved(TAB3)).find((r) => r[REG.person]?.value === FORMULA);
    expect(stored?.[REG.person]).toEqual({ value: FORMULA, formula: "" });
    expect(stored?.[REG.status]?.value).toBe("Hợp lệ");
    // The grid shows the text itself: no link, no evaluated label.
    const shown = (await gridRows(TAB3)).findIndex((r) => r[REG.person] === FORMULA);
    const column = await columnOf(page, REG.person);
    expect(shown).toBeGreaterThanOrEqual(0);
    await expect(
      cell(page, shown + 2, column)
        .locator("a")
        .count(),
    ).resolves.toBe(0);
  });

  it("fills the list from 20 pasted tab-separated rows", async () => {
    const block = Array.from({ length: 20 }, (_, i) =>
      i === 0
        ? "Người Dán 1\tPhó trưởng phòng\tCSTĐCS\tSáng kiến dán"
        : `Người Dán ${i + 1}\tChuyên viên\tLĐTT\t`,
    ).join("\r\n");
    await form.getByText("Dán từ Excel").click();
    await form.locator("#paste-text").fill(block);
    await form.getByRole("button", { name: "Điền vào danh sách" }).click();
    await expect.poll(() => form.locator("#people > li").count()).toBe(20);
    await expect(person(0, "name").inputValue()).resolves.toBe("Người Dán 1");
    await expect(person(0, "position").inputValue()).resolves.toBe("Phó trưởng phòng");
    await expect(person(0, "title").inputValue()).resolves.toBe(CSTDCS);
    await expect(person(0, "initiative").isVisible()).resolves.toBe(true);
    await expect(person(0, "initiative").inputValue()).resolves.toBe("Sáng kiến dán");
    await expect(person(19, "name").inputValue()).resolves.toBe("Người Dán 20");
    await expect(person(19, "position").inputValue()).resolves.toBe("Chuyên viên");
    await expect(person(19, "title").inputValue()).resolves.toBe(LDTT);
    await expect(person(19, "initiative").isVisible()).resolves.toBe(false);
    await expect(form.locator("#paste-text").inputValue()).resolves.toBe("");
  });

  it("withdraws an existing row only after an explicit confirmation, and logs it", async () => {
    const row = existing(NEW_LDTT);
    const id = (await row.getAttribute("id")) ?? "";
    const n = Number(id.replace("row-", ""));
    expect(n).toBeGreaterThan(1);
    await openTab(page, TAB3);
    const personColumn = await columnOf(page, REG.person);
    const live = () =>
      sandbox.services.calls.untracked(() =>
        sandbox.services.spreadsheet.getSheetByName(TAB3)?.getRange(n, personColumn).getValue(),
      );
    const before = runs.length;

    // First click: a question, nothing sent, nothing changed; "Không rút" closes it.
    const withdraw = row.getByRole("button", { name: /^Rút đăng ký STT \d+$/ });
    await withdraw.click();
    const panel = row.locator(".panel");
    await expect(panel.textContent()).resolves.toContain(`Rút đăng ký '${LDTT}' của ${NEW_LDTT}?`);
    await panel.getByRole("button", { name: "Không rút" }).click();
    await expect.poll(() => panel.count()).toBe(0);
    expect(runs.length).toBe(before);
    expect(live()).toBe(NEW_LDTT);

    // Second time, confirmed: one call, the row's data cleared, the old values in Nhật ký.
    await withdraw.click();
    await sendWith(panel.getByRole("button", { name: "Xác nhận rút" }), "withdrawRegistration");
    expect(runs.length).toBe(before + 1);
    await expect(form.locator("#notice").textContent()).resolves.toContain(`Đã rút đăng ký ở dòng ${n}`);
    await expect(existing(NEW_LDTT).count()).resolves.toBe(0);
    expect(live()).toBe("");
    const grid = await gridRows(TAB3);
    expect(grid[n - 2]?.[REG.person]).toBe("");
    const log = (await saved(TAB.log)).filter((r) => r[LOG.user]?.value === HEAD3).at(-1);
    expect(log?.[LOG.action]?.value).toBe("Rút đăng ký (biểu mẫu)");
    expect(String(log?.[LOG.detail]?.value)).toContain(NEW_LDTT);
    const file = (await saved(TAB3))[n - 2];
    expect(file?.[REG.person]?.value).toBe("");
  });

  it("ran without a script error, an alert, or a request for x", () => {
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(stray).toEqual([]);
  });
});
