import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../tools/files/atomic-file";
import { rasteriseCharts } from "../../tools/report/rasterise-charts";
import { safeFileName } from "../../tools/report/safe-file-name";
import { writeDocuments } from "../../tools/report/write-documents";
import { launchChromium } from "../browser/helpers/browser";
import { EDGE_MODEL } from "./edge-models";
import { openDocx } from "./helpers/docx-xml";
import { REGISTRATION_LIST, SUMMARY_REPORT } from "./sample-models";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe("file names", () => {
  it("drops what Windows forbids and keeps the Vietnamese title readable", () => {
    expect(safeFileName(EDGE_MODEL.fileName)).toBe("Báo cáo thử-2020 nháp");
    expect(safeFileName("2020 - Danh sách đăng ký thi đua - 03.01.2020")).toBe(
      "2020 - Danh sách đăng ký thi đua - 03.01.2020",
    );
    expect(safeFileName("a\\b|c*d\u0007e.  ")).toBe("a-bcde");
  });

  it("never gives a device name, an empty name, a decomposed one or an overlong one", () => {
    expect(safeFileName("CON")).toBe("_CON");
    expect(safeFileName("nul.txt")).toBe("_nul.txt");
    expect(safeFileName(' ?:" ')).toBe("document");
    expect(safeFileName("Nguyễn".normalize("NFD"))).toBe("Nguyễn".normalize("NFC"));
    expect([...safeFileName("Đ".repeat(400))]).toHaveLength(150);
  });
});

describe("writing a file atomically", () => {
  const dir = mkdtempSync(join(tmpdir(), "report-atomic-"));

  it("replaces a file whole and leaves no temporary file", async () => {
    const path = join(dir, "a.pdf");
    writeFileSync(path, "old content, longer than the new one");
    await writeFileAtomic(path, new TextEncoder().encode("new"));
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["a.pdf"]);
  });

  it("fails without leaving its temporary file when the target cannot be replaced", async () => {
    const taken = join(dir, "folder.docx");
    mkdirSync(taken);
    await expect(writeFileAtomic(taken, new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(["a.pdf", "folder.docx"]);
  });
});

describe("writing the documents", () => {
  it("draws each chart as a sharp PNG the size the page shows it", async () => {
    const [image] = await rasteriseCharts(SUMMARY_REPORT, browser);
    expect(image).toBeDefined();
    const png = Buffer.from(image!.png);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // IHDR holds the pixel size: twice the display size.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([image!.width * 2, image!.height * 2]);
    expect(await rasteriseCharts(REGISTRATION_LIST, browser)).toEqual([]);
  });

  it("writes a .docx and a .pdf per model under safe, distinct names, and returns their paths", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "report-write-")), "out");
    const written = await writeDocuments(
      [REGISTRATION_LIST, SUMMARY_REPORT, EDGE_MODEL, REGISTRATION_LIST],
      dir,
      browser,
    );
    const base = "2020 - Danh sách đăng ký thi đua - 03.01.2020";
    expect(written.map((w) => w.docx)).toEqual([
      join(dir, `${base}.docx`),
      join(dir, "2020 - Tổng hợp theo cụm và danh hiệu - 03.03.2020.docx"),
      join(dir, "Báo cáo thử-2020 nháp.docx"),
      join(dir, `${base} (2).docx`),
    ]);
    for (const w of written) {
      expect(w.pdf).toBe(w.docx.replace(/\.docx$/, ".pdf"));
      expect(readFileSync(w.pdf).subarray(0, 5).toString()).toBe("%PDF-");
      expect((await openDocx(readFileSync(w.docx))).document).toContain("<w:body>");
    }
    // Eight files and nothing else: no temporary file is left behind.
    expect(readdirSync(dir)).toHaveLength(8);
    const summary = await openDocx(readFileSync(written[1]!.docx));
    expect(summary.files.filter((f) => f.startsWith("word/media/") && f.endsWith(".png"))).toHaveLength(1);
  });
});
