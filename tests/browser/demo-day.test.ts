import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cell, columnOf, idle, openTab, typeAcross } from "./helpers/grid-page";
import { npmStart, type StartedPreview } from "./helpers/npm-start";

// The README's walk-through, as a newcomer follows it on a fresh clone: `npm start` generates the
// demo and opens it on its own day, 20/02/2020, before the deadline; a registration typed in
// Cụm 1 is stamped with that day and is valid. The same row on 15/03/2020 is late (DK12).
const dir = mkdtempSync(join(tmpdir(), "demo-day-"));
const DEMO = join(dir, "so-thi-dua-demo.xlsx");
const ROW = 54; // the first empty row of Cụm 1 in the demo
const NEW_ROW = ["UBND phường Lê Lợi", "Cá nhân", "Nguyễn Thị Lan", "Chuyên viên", "Lao động tiên tiến"];
const RED = "rgb(244, 204, 204)"; // #f4cccc, the add-on's highlight of a row with an error
const PLAIN = "rgb(255, 255, 255)"; // a valid row has no highlight

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

describe("npm start on a fresh clone", () => {
  it("opens the demo on 20/02/2020 and says so next to the file name, with how to change it", async () => {
    const { page } = start;
    expect(start.opened.today).toBe("20/02/2020");
    await expect(page.locator("#today").textContent()).resolves.toBe(
      "Ngày giả lập: 20/02/2020 — đổi bằng PREVIEW_TODAY",
    );
    await expect(page.locator("#file-name").textContent()).resolves.toContain("so-thi-dua-demo.xlsx");
  });

  it("stamps a registration typed in Cụm 1 with 20/02/2020: red while incomplete, then Hợp lệ", async () => {
    const { page } = start;
    await openTab(page, "Cụm 1");
    await expect(cell(page, ROW - 1, 2).textContent()).resolves.not.toBe("");
    await expect(cell(page, ROW, 2).textContent()).resolves.toBe("");
    const unit = await columnOf(page, "Đơn vị");
    await typeAcross(page, ROW, unit, NEW_ROW.slice(0, 1));
    const incomplete = await statusOf(ROW);
    expect(incomplete.text).toMatch(/^DK01: /);
    expect(incomplete.background).toBe(RED);
    await typeAcross(page, ROW, unit + 1, NEW_ROW.slice(1));
    await expect(statusOf(ROW)).resolves.toEqual({ text: "Hợp lệ", background: PLAIN, date: "20/02/2020" });
    await cell(page, ROW, await columnOf(page, "Kết quả kiểm tra")).scrollIntoViewIfNeeded();
    await page.screenshot({ path: ".tmp/demo-day-hop-le.png" });
  });

  it("keeps the clock on the set day for a second row, with the time of day running", async () => {
    const { page } = start;
    const first = start.opened.preview.session.sandbox.services.clock.now();
    await typeAcross(page, ROW + 1, await columnOf(page, "Đơn vị"), [
      "UBND phường Lê Lợi",
      "Cá nhân",
      "Trần Thị Mai",
      "Văn thư",
      "Lao động tiên tiến",
    ]);
    await expect(statusOf(ROW + 1)).resolves.toEqual({
      text: "Hợp lệ",
      background: PLAIN,
      date: "20/02/2020",
    });
    expect(start.opened.preview.session.sandbox.services.clock.now()).toBeGreaterThan(first);
  });
});

describe("PREVIEW_TODAY=15/03/2020 npm start", () => {
  it("moves the stamps and the checks together: the same kind of row is now late (DK12)", async () => {
    await start.close();
    start = await npmStart({ demoFile: DEMO, env: { PREVIEW_TODAY: "15/03/2020" } });
    const { page } = start;
    await expect(page.locator("#today").textContent()).resolves.toBe(
      "Ngày giả lập: 15/03/2020 — đổi bằng PREVIEW_TODAY",
    );
    await openTab(page, "Cụm 1");
    // The rows typed on 20/02/2020 were saved to the file: they are still there, still on time.
    await expect(statusOf(ROW)).resolves.toMatchObject({ text: "Hợp lệ", date: "20/02/2020" });
    await typeAcross(page, ROW + 2, await columnOf(page, "Đơn vị"), [
      "UBND phường Lê Lợi",
      "Cá nhân",
      "Lê Thị Hoa",
      "Kế toán",
      "Lao động tiên tiến",
    ]);
    await idle(page);
    const late = await statusOf(ROW + 2);
    expect(late.date).toBe("15/03/2020");
    expect(late.text).toMatch(/^DK12: Đăng ký ngày 15\/03\/2020, sau hạn 28\/02\/2020/);
  });

  it("refuses a PREVIEW_TODAY that is not a day, saying how to write one", async () => {
    const error = await npmStart({ demoFile: DEMO, env: { PREVIEW_TODAY: "2020-03-15" } }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toBe(
      "PREVIEW_TODAY='2020-03-15' không phải một ngày: hãy ghi dạng dd/mm/yyyy, ví dụ PREVIEW_TODAY=20/02/2020.",
    );
  });
});
