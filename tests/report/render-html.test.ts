import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/core/documents/model";
import { renderDocx } from "../../tools/report/render-docx";
import { renderHtml } from "../../tools/report/render-html";
import { launchChromium } from "../browser/helpers/browser";
import { EDGE_MODEL, LONG_LABELS, MARKUP, NFD_NAME } from "./edge-models";
import { openDocx } from "./helpers/docx-xml";
import { docxReadingOrder, htmlReadingOrder } from "./helpers/reading-order";
import { REGISTRATION_LIST, SUMMARY_REPORT } from "./sample-models";

let browser: Browser;
let page: Page;
let requests: string[];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  requests = [];
  page.on("request", (r) => requests.push(r.url()));
});
afterAll(() => browser?.close());

async function show(model: DocumentModel): Promise<string> {
  const html = renderHtml(model);
  await page.setContent(html);
  return html;
}

/** A stand-in picture, so the Word file has a chart without text, like the page's SVG. */
const picture = { png: Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]), width: 640, height: 300 };

describe("the HTML page of a document", () => {
  it("holds the same texts as the Word file, in the same order", async () => {
    for (const model of [REGISTRATION_LIST, SUMMARY_REPORT, EDGE_MODEL]) {
      await show(model);
      const docx = await openDocx(await renderDocx(model, { chartImages: [picture] }));
      expect(await htmlReadingOrder(page)).toEqual(docxReadingOrder(docx.document));
    }
  });

  it("asks for A4 and the NĐ 30 margins, the long side across when landscape", () => {
    expect(renderHtml(REGISTRATION_LIST)).toContain("@page{size:210mm 297mm;margin:20mm 15mm 20mm 30mm;");
    expect(renderHtml(SUMMARY_REPORT)).toContain("@page{size:297mm 210mm;margin:20mm 15mm 20mm 30mm;");
  });

  it("puts each table's header row in a thead, so print repeats it on every page", async () => {
    await show(REGISTRATION_LIST);
    const heads = await page.$$eval("table.data thead th", (ths) => ths.map((th) => th.textContent));
    expect(heads).toEqual(
      REGISTRATION_LIST.body.flatMap((b) => (b.kind === "table" ? b.columns.map((c) => c.header) : [])),
    );
    expect(await page.$$eval("table.data tbody tr.group td[colspan='5']", (tds) => tds.length)).toBe(6);
  });

  it("loads nothing: no script, link, image or URL outside the page", async () => {
    requests.length = 0;
    for (const model of [REGISTRATION_LIST, SUMMARY_REPORT, EDGE_MODEL]) {
      const html = await show(model);
      expect(html).not.toMatch(/<(script|link|img|iframe)\b|\b(src|href)=|url\((?!data:)/i);
    }
    expect(requests).toEqual([]);
  });

  it("escapes every text and writes names in NFC", async () => {
    const html = await show(EDGE_MODEL);
    expect(await page.$$("script")).toHaveLength(0);
    expect(await page.$eval("p.body", (p) => p.textContent)).toBe(MARKUP);
    expect(html).toContain(NFD_NAME.normalize("NFC"));
    expect(html).not.toContain(NFD_NAME);
  });
});

describe("the page as printed", () => {
  beforeAll(() => page.emulateMedia({ media: "print" }));

  it("aligns the header's columns and fits the motto's rule to the motto", async () => {
    await show(REGISTRATION_LIST);
    const box = (sel: string) =>
      page.locator(sel).first().boundingBox() as Promise<{
        x: number;
        y: number;
        width: number;
        height: number;
      }>;
    const [superior, nation] = [await box(".superior"), await box(".nation")];
    expect(Math.abs(superior.y - nation.y)).toBeLessThan(2);
    const [number, date] = [await box(".number"), await box(".place-date")];
    expect(Math.abs(number.y + number.height - (date.y + date.height))).toBeLessThan(4);
    const motto = await box(".motto span");
    expect(await page.$eval(".motto span", (s) => getComputedStyle(s).borderBottomStyle)).toBe("solid");
    const rule = await box(".letterhead .rule");
    const issuer = await box(".issuer");
    expect(Math.abs(rule.x + rule.width / 2 - (issuer.x + issuer.width / 2))).toBeLessThan(1.5);
    expect(rule.width).toBeLessThan(issuer.width / 2);
    expect(motto.width).toBeGreaterThan(rule.width * 2);
  });

  it("centres the title and sets the signature in the right half", async () => {
    await show(REGISTRATION_LIST);
    const main = (await page.locator("main").boundingBox())!;
    const title = (await page.locator("h1").boundingBox())!;
    expect(Math.abs(title.x + title.width / 2 - (main.x + main.width / 2))).toBeLessThan(1);
    // The signature block is centred in the right-hand column.
    const signer = (await page.locator(".signer").boundingBox())!;
    expect(signer.x + signer.width / 2).toBeGreaterThan(main.x + main.width * 0.65);
    expect((await page.locator(".recipients .label").boundingBox())!.x).toBeLessThan(main.x + 10);
  });
});

describe("a chart on the page", () => {
  const textsInside = () =>
    page.$$eval("figure.chart svg", (svgs) =>
      svgs.map((svg) =>
        Array.from(svg.querySelectorAll("text")).map((t) => {
          const r = t.getBoundingClientRect();
          const s = svg.getBoundingClientRect();
          const inside =
            r.left >= s.left - 0.5 &&
            r.right <= s.right + 0.5 &&
            r.top >= s.top - 0.5 &&
            r.bottom <= s.bottom + 0.5;
          return {
            text: t.textContent ?? "",
            inside,
            slanted: (t.getAttribute("transform") ?? "").includes("rotate"),
          };
        }),
      ),
    );

  it("labels every bar with its value and wraps category labels under their bars", async () => {
    await show(SUMMARY_REPORT);
    const texts = (await textsInside())[0] ?? [];
    expect(texts.every((t) => t.inside)).toBe(true);
    const chart = SUMMARY_REPORT.body.find((b) => b.kind === "chart")!;
    for (const v of chart.series.flatMap((s) => s.values))
      expect(texts.some((t) => t.text === String(v))).toBe(true);
    // A wrapped label is one text of several lines (tspans): compare it without white space.
    const bare = (s: string) => s.replace(/\s+/g, "");
    for (const c of chart.categories) expect(texts.some((t) => bare(t.text) === bare(c))).toBe(true);
    expect(texts.some((t) => t.slanted)).toBe(false);
  });

  it("slants labels too long to wrap, and still shows them whole", async () => {
    await show(EDGE_MODEL);
    const texts = (await textsInside())[0] ?? [];
    // A slanted label is wrapped into lines (tspans): compare it without white space.
    const bare = (s: string) => s.replace(/\s+/g, "");
    for (const label of LONG_LABELS)
      expect(texts.find((t) => bare(t.text) === bare(label))?.slanted).toBe(true);
    expect(texts.filter((t) => !t.inside).map((t) => t.text)).toEqual([]);
  });
});
