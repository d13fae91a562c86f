import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { check, run, runCommand } from "./cli-run";

// The annotated copy of `npm run check -- f.xlsx --out copy.xlsx`, opened as Excel or LibreOffice
// would: every link of `BC Kiểm tra` must open the tab and row of its finding.
const dir = mkdtempSync(join(tmpdir(), "check-out-links-"));
const DEMO = join(dir, "demo.xlsx");
const COPY = join(dir, "ket-qua.xlsx");
/** LibreOffice, when installed (Debian: libreoffice-calc-nogui); not a dependency of the project. */
const SOFFICE = "/usr/bin/soffice";

/** The `<hyperlink>` elements of a tab of the file, read from its XML (ExcelJS drops internal links). */
async function hyperlinksOf(file: string, tab: string): Promise<{ ref: string; location: string }[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  const sheet = new RegExp(`<sheet [^>]*name="${tab}"[^>]*r:id="(rId\\d+)"`).exec(
    await text("xl/workbook.xml"),
  );
  const rel = new RegExp(
    `Id="${sheet?.[1]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${sheet?.[1]}"`,
  ).exec(await text("xl/_rels/workbook.xml.rels"));
  const target = (rel?.[1] ?? rel?.[2] ?? "").replace(/^\/?(xl\/)?/, "xl/");
  const xml = await text(target);
  return [...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)"[^>]*location="([^"]+)"/g)].map((m) => ({
    ref: m[1] as string,
    location: (m[2] as string).replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
  }));
}

/** Every internal link of every tab of the file (the reports' links: BC Kiểm tra's, BC Đề nghị khen thưởng's, …). */
async function allLocations(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheets = Object.values(zip.files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name));
  const xmls = await Promise.all(sheets.map((f) => f.async("string")));
  return xmls.flatMap((xml) =>
    [...xml.matchAll(/<hyperlink ref="[A-Z]+\d+"[^>]*location="([^"]+)"/g)].map((m) => m[1] as string),
  );
}

const textOf = (cell: ExcelJS.Cell): string => (cell.value === null ? "" : String(cell.text));

/** The 1-based column of a header in row 1 of a worksheet (0 when absent). */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, c) => {
    if (found === 0 && textOf(cell) === header) found = c;
  });
  return found;
}

let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  const demo = await run("tools/demo/cli.ts", DEMO);
  if (demo.code !== 0) throw new Error(`npm run demo failed: ${demo.stderr}`);
  const r = await check(DEMO, "--out", COPY);
  if (r.code > 1) throw new Error(`npm run check failed: ${r.stderr}`);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(COPY);
}, 180_000);

describe("the --out copy in a spreadsheet program", () => {
  it("links every finding of BC Kiểm tra to its tab and row: the unit and the code are there", async () => {
    const report = workbook.getWorksheet("BC Kiểm tra");
    if (!report) throw new Error("no BC Kiểm tra in the copy");
    const links = await hyperlinksOf(COPY, "BC Kiểm tra");
    expect(links.length).toBeGreaterThan(20);
    const header = report.getRow(3);
    const headers = (header.values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
    const col = (name: string) => headers.indexOf(name);
    const checked = { status: 0, unit: 0 };
    for (const { ref, location } of links) {
      const row = report.getRow(Number(/\d+$/.exec(ref)?.[0]));
      const [tab = "", unit = "", code = ""] = [col("Trang"), col("Đơn vị"), col("Mã")].map((c) =>
        textOf(row.getCell(c)),
      );
      const m = /^'((?:[^']|'')+)'!A(\d+)$/.exec(location);
      expect(m, location).not.toBeNull();
      const [sheetName, line] = [(m?.[1] ?? "").replace(/''/g, "'"), Number(m?.[2])];
      expect(sheetName, ref).toBe(tab);
      expect(line, ref).toBe(Number(textOf(row.getCell(col("Dòng")))));
      const target = workbook.getWorksheet(sheetName);
      if (!target) throw new Error(`${ref} links to a missing tab ${sheetName}`);
      const status = columnOf(target, "Kết quả kiểm tra");
      if (status > 0) {
        expect(textOf(target.getRow(line).getCell(status)), ref).toContain(`${code}:`);
        checked.status++;
      }
      const unitColumn = columnOf(target, "Đơn vị") || columnOf(target, "Tên đơn vị");
      if (unit !== "" && unitColumn > 0) {
        expect(textOf(target.getRow(line).getCell(unitColumn)).normalize("NFC"), ref).toBe(
          unit.normalize("NFC"),
        );
      }
    }
  });

  it("shows each link's text as Sheets does: the tab and row it opens", async () => {
    const report = workbook.getWorksheet("BC Kiểm tra");
    for (const { ref, location } of await hyperlinksOf(COPY, "BC Kiểm tra")) {
      const [, tab, line] = /^'((?:[^']|'')+)'!A(\d+)$/.exec(location) ?? [];
      expect(textOf(report?.getCell(ref) as ExcelJS.Cell)).toBe(`${tab}!${line}`);
    }
  });

  it.skipIf(!existsSync(SOFFICE))(
    "is opened by LibreOffice with every link a jump to its tab and cell",
    async () => {
      const r = await runCommand(SOFFICE, ["--headless", "--convert-to", "ods", "--outdir", dir, COPY], {
        HOME: dir, // a profile of its own, away from the user's
      });
      expect(r.code, r.stderr).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(join(dir, "ket-qua.ods")));
      const content = (await zip.file("content.xml")?.async("string")) ?? "";
      const hrefs = [...content.matchAll(/<text:a xlink:href="([^"]*)"[^>]*>([^<]*)/g)].map((m) => ({
        href: (m[1] as string).replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
        text: m[2] as string,
      }));
      expect((await hyperlinksOf(COPY, "BC Kiểm tra")).length).toBeGreaterThan(0);
      expect(hrefs).toHaveLength((await allLocations(COPY)).length);
      // LibreOffice's own form of an internal link: #'Cụm 1'.A53 (sheet, dot, cell).
      for (const { href, text } of hrefs) {
        const [, tab, row] = /^(.+)!(\d+)$/.exec(text) ?? [];
        expect(href).toBe(`#'${tab}'.A${row}`);
      }
    },
    180_000,
  );
});
