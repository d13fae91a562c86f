import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSession, openDemoSession } from "./helpers/demo-session";
import { cell, columnOf, idle, openTab, runMenuItem } from "./helpers/grid-page";

const REPORT = "BC Kết quả chấm điểm";
const PROPOSAL = "Đề nghị dẫn đầu cụm";
/** The chart of cluster 1, drawn at its anchor where the report opens. */
const CHART = "Cụm 1: tổng điểm từng đơn vị";
const CLUSTER_CHART = /^Cụm \d+: tổng điểm từng đơn vị$/;
const SCREENSHOT = ".tmp/scoring.png";
const CHART_SHOT = ".tmp/scoring-chart.png";
/** The unit whose score is changed by hand: the proposed leader of cluster 3 in the demo. */
const UNIT = "Phòng Nội vụ";

let page: Page;

let session: DemoSession;

beforeAll(async () => {
  // The demo as received, reports removed.
  session = await openDemoSession({ width: 1600, height: 1000 });
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
});

/** Runs `Tính điểm và xếp hạng` from the menu and closes its alert; returns the alert's text. */
async function computeScores(): Promise<string> {
  await runMenuItem(page, "Tính điểm và xếp hạng");
  const alert = page.getByRole("alertdialog");
  await expect(alert.getByRole("heading").textContent()).resolves.toBe("Tính điểm và xếp hạng");
  const text = (await alert.textContent()) ?? "";
  await alert.getByRole("button", { name: "OK" }).click();
  return text;
}

/** The rows of the open tab as text (row 1 first). */
function gridRows(): Promise<string[][]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLTableRowElement>("#grid tbody tr")).map((tr) =>
      Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? ""),
    ),
  );
}

/** The ranking row of a unit in the open report (column B holds the unit). */
async function rankingRow(unit: string): Promise<string[]> {
  const row = (await gridRows()).find((r) => r[1] === unit);
  if (!row) throw new Error(`no ranking row for ${unit}`);
  return row;
}

describe("scoring in the preview", () => {
  it("runs Tính điểm và xếp hạng from the menu: ranks, proposals and the chart", async () => {
    await expect(page.getByRole("tab", { name: REPORT }).count()).resolves.toBe(0);
    const alert = await computeScores();
    expect(alert).toContain("Đã tính điểm và xếp hạng 10 cụm.");
    expect(alert).toContain(`Cụm 3: đề nghị dẫn đầu: ${UNIT}`);
    await openTab(page, REPORT);
    const rows = await gridRows();
    expect(rows.some((r) => r[0] === "Hạng" && r[1] === "Đơn vị" && r[8] === "Đề nghị")).toBe(true);
    expect(rows.filter((r) => r[8] === PROPOSAL).length).toBeGreaterThan(3);
    // Cluster 1: two units tie for the lead (rank 1, 1) and neither is proposed.
    const cluster1 = rows.findIndex((r) => r[0]?.startsWith("CỤM 1 "));
    const header1 = rows.findIndex((r, i) => i > cluster1 && r[0] === "Hạng");
    expect(rows.slice(header1 + 1, header1 + 3).map((r) => [r[0], r[8]])).toEqual([
      ["1", ""],
      ["1", ""],
    ]);
    expect((await rankingRow(UNIT))[8]).toBe(PROPOSAL);

    // One chart per cluster that has scores (clusters 9 and 10 have none yet).
    await expect(page.getByRole("img", { name: CLUSTER_CHART }).count()).resolves.toBe(8);
    const chart = page.getByRole("img", { name: CHART });
    const units = rows.slice(header1 + 1).findIndex((r) => r.every((c) => c === ""));
    expect(units).toBeGreaterThan(5);
    await expect(chart.locator("rect.chart-bar").count()).resolves.toBe(units);
    await expect(chart.locator("polyline.chart-line").count()).resolves.toBe(1);
    await expect(chart.locator("text.chart-title").textContent()).resolves.toBe(CHART);
    // Bars coloured by outcome: the tie (no leader) leaves cluster 1 with blue and red bars only.
    const fills = new Set(
      await chart.locator("rect.chart-bar").evaluateAll((r) => r.map((x) => x.getAttribute("fill"))),
    );
    expect([...fills].every((f) => ["#4472c4", "#cc0000", "#38761d"].includes(String(f)))).toBe(true);
    mkdirSync(".tmp", { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    // Where the tab opens: the first chart is on screen without scrolling.
    const box = await chart.boundingBox();
    expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThan(1000);
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: CHART_SHOT });
  });

  it("re-ranks after a score typed in a Điểm Cụm tab", async () => {
    await openTab(page, REPORT);
    const before = await rankingRow(UNIT);
    await openTab(page, "Điểm Cụm 3");
    const [unit, code, cross] = [
      await columnOf(page, "Đơn vị"),
      await columnOf(page, "Mã tiêu chí"),
      await columnOf(page, "Điểm chấm chéo"),
    ];
    const rows = await gridRows();
    const row = rows.findIndex((r) => r[unit - 1] === UNIT && r[code - 1] === "A1") + 1;
    expect(row).toBeGreaterThan(1);
    const old = Number((await cell(page, row, cross).textContent())?.replace(",", "."));
    expect(old).toBeGreaterThan(10);
    await cell(page, row, cross).click();
    await page.keyboard.type("10");
    await page.keyboard.press("Enter");
    await idle(page);
    await expect(cell(page, row, cross).textContent()).resolves.toBe("10");

    await computeScores();
    await openTab(page, REPORT);
    const after = await rankingRow(UNIT);
    const total = (r: string[]) => Number(r[6]?.replace(",", "."));
    expect(total(after)).toBe(total(before) - (old - 10));
    // Ten points fewer: it no longer leads its cluster.
    expect(after[8]).toBe("");
    await expect(page.getByRole("img", { name: CHART }).count()).resolves.toBe(1);
    await expect(page.getByRole("img", { name: CLUSTER_CHART }).count()).resolves.toBe(8);
  });
});
