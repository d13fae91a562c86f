import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDemo } from "../../tools/demo/build-demo";
import { documentPropertiesOf, saveWorkbook } from "../../tools/xlsx";
import { BUNDLE } from "./helpers/demo-file";
import { cell, columnOf, idle, inView, openTab, openTabFromList, typeInCell } from "./helpers/grid-page";
import { npmStart, type StartedPreview } from "./helpers/npm-start";

// `BC Kiểm tra`'s links after the workbook went through its file several times: `npm run demo`
// wrote it, and each `npm start` loaded it, saved an edit and stopped. A link must still open the
// tab and row it names ("Cụm 1!55" opens row 55 of Cụm 1, not the tab before it).
const dir = mkdtempSync(join(tmpdir(), "report-links-"));
const FILE = join(dir, "so-thi-dua.xlsx");
const CYCLES = 3;

let start: StartedPreview;
beforeAll(async () => {
  mkdirSync(".tmp", { recursive: true });
  const demo = buildDemo(BUNDLE);
  await saveWorkbook(demo.services.spreadsheet, FILE, { documentProperties: documentPropertiesOf(demo) });
  for (let i = 1; i <= CYCLES; i++) {
    start = await npmStart({ file: FILE, env: { PREVIEW_TODAY: "20/02/2020" } });
    if (i === CYCLES) break;
    // An edit, so that this session saves the whole workbook back to the file.
    await openTab(start.page, "Cụm 2");
    await typeInCell(start.page, 40 + i, await columnOf(start.page, "Chức vụ"), `Ghi chú ${i}`);
    await start.close();
  }
}, 240_000);

afterAll(async () => {
  await start?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`BC Kiểm tra after ${CYCLES} loads and saves of its file`, () => {
  it("opens Cụm 1 at row 55 from the link 'Cụm 1!55', the row in view below the frozen header", async () => {
    const { page } = start;
    await openTabFromList(page, "BC Kiểm tra");
    const link = page.locator("#grid a", { hasText: /^Cụm 1!55$/ }).first(); // DK02, then KT08
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await idle(page);
    await page.getByRole("tab", { name: "Cụm 1", exact: true, selected: true }).waitFor();
    await expect(page.locator("#cell-ref").textContent()).resolves.toBe("A55");
    await expect(inView(page, 55, 1)).resolves.toBe(true);
    await expect(cell(page, 55, await columnOf(page, "Đơn vị")).textContent()).resolves.toBe(
      "UBND phường Lê Loi",
    );
    await page.screenshot({ path: ".tmp/report-links-cum-1-55.png" });
  });

  it("names in every link's text the tab and row the link opens", async () => {
    const { page } = start;
    await openTabFromList(page, "BC Kiểm tra");
    const links = await page.evaluate(async () => {
      const state = (await (await fetch("/api/state")).json()) as {
        tabs: { name: string; sheetId: number }[];
      };
      return Array.from(document.querySelectorAll<HTMLAnchorElement>("#grid a")).map((a) => {
        const m = /^#gid=(\d+)&range=A(\d+)$/.exec(a.getAttribute("href") ?? "");
        const tab = state.tabs.find((t) => t.sheetId === Number(m?.[1]))?.name ?? "(không có)";
        return { text: a.textContent, opens: `${tab}!${m?.[2]}` };
      });
    });
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) expect(link.opens).toBe(link.text);
  });
});
