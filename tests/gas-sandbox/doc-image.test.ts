import { describe, expect, it } from "vitest";
import { loadBundle } from "../../tools/gas-sandbox";
import { blankPng, pngSize } from "../../tools/gas-sandbox/png";

const script = `
  function chartIntoDoc() {
    var sheet = SpreadsheetApp.getActive().getSheets()[0];
    sheet.getRange(1, 1, 3, 2).setValues([["Cụm", "Số"], ["Cụm 1", 3], ["Cụm 2", 5]]);
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(1, 1, 3, 2)).setPosition(1, 4, 0, 0)
      .setOption("width", 640).setOption("height", 300).build());
    var picture = sheet.getCharts()[0].getAs("image/png");
    var doc = DocumentApp.create("Biểu đồ");
    var image = doc.getBody().appendImage(picture);
    var size = [image.getWidth(), image.getHeight(), String(image.getType())];
    image.setWidth(320).setHeight(150);
    return [doc.getId(), size, picture.getContentType(), picture.getName(), image.getParent().getType() == DocumentApp.ElementType.PARAGRAPH];
  }
  function chartAsPdf() {
    var sheet = SpreadsheetApp.getActive().getSheets()[0];
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange("A1:B2")).setPosition(1, 1, 0, 0).build());
    try { sheet.getCharts()[0].getAs("application/pdf"); } catch (e) { return String(e); }
  }`;

describe("images in documents", () => {
  it("makes a valid blank PNG of the size asked, and reads a PNG's size back", () => {
    const png = blankPng(640, 300);
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe("PNG");
    expect(pngSize(png)).toEqual({ width: 640, height: 300 });
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it("exports a sheet's chart as a PNG the chart's size, which a document shows in a paragraph of its own", () => {
    const sandbox = loadBundle(script);
    const [id, size, type, name, inParagraph] = sandbox.call("chartIntoDoc") as [
      string,
      unknown[],
      string,
      string,
      boolean,
    ];
    expect(size).toEqual([640, 300, "INLINE_IMAGE"]);
    expect([type, inParagraph]).toEqual(["image/png", true]);
    expect(name).toMatch(/\.png$/);
    const body = sandbox.services.documents.dump(id).body;
    const withImage = body.find((b) => b.type === "PARAGRAPH" && b.images.length > 0);
    expect(withImage).toMatchObject({ images: [{ width: 320, height: 150, contentType: "image/png" }] });
    expect(sandbox.services.calls.count("InlineImage.setWidth")).toBe(1);
    expect(sandbox.services.calls.count("EmbeddedChart.getAs")).toBe(1);
  });

  it("refuses to export a chart as anything but PNG", () => {
    const sandbox = loadBundle(script);
    expect(sandbox.call("chartAsPdf")).toBe(
      "Exception: Converting from image/png to application/pdf is not supported.",
    );
  });
});
