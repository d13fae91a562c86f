import { describe, expect, it } from "vitest";
import { loadBundle } from "../../tools/gas-sandbox";

const MM = 2.835;
const script = `
  function build(name) {
    var doc = DocumentApp.create(name);
    var body = doc.getBody();
    body.setPageWidth(595.28).setPageHeight(841.89);
    body.setMarginTop(20 * ${MM}).setMarginBottom(20 * ${MM}).setMarginLeft(30 * ${MM}).setMarginRight(15 * ${MM});
    var title = body.appendParagraph("DANH SÁCH");
    title.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    title.editAsText().setBold(true).setFontSize(14).setFontFamily("Times New Roman");
    var summary = body.appendParagraph("Đăng ký thi đua năm 2020");
    summary.setAlignment(DocumentApp.HorizontalAlignment.CENTER).setSpacingAfter(6);
    var table = body.appendTable([["STT", "Đơn vị"], ["1", "Phường Lê Lợi"]]);
    table.getRow(0).getCell(0).editAsText().setBold(true);
    table.setColumnWidth(0, 40).setBorderWidth(1);
    table.getCell(1, 1).setBackgroundColor("#eeeeee").setVerticalAlignment(DocumentApp.VerticalAlignment.CENTER);
    var sign = body.appendParagraph("");
    sign.appendText("Người ký: ");
    sign.appendText("Nguyễn Văn A").setBold(true);
    return doc.getId();
  }
  function fresh() { var b = DocumentApp.create("x").getBody(); return [b.getNumChildren(), b.getChild(0).getType() == DocumentApp.ElementType.PARAGRAPH, b.getText()]; }
  function closed() {
    var doc = DocumentApp.create("x");
    var p = doc.getBody().appendParagraph("a");
    doc.saveAndClose();
    try { p.setText("b"); } catch (e) { return [doc.getId() !== "", String(e)]; }
  }
  function reopen(id) { return DocumentApp.openById(id).getBody().getText(); }
  function missing() { try { DocumentApp.openById("nope"); } catch (e) { return String(e); } }`;

describe("DocumentApp", () => {
  it("starts a new document with one empty paragraph, on a Letter page with 1-inch margins", () => {
    const sandbox = loadBundle(script);
    expect(sandbox.call("fresh")).toEqual([1, true, ""]);
    const [id] = [...sandbox.services.documents.documents.keys()];
    expect(sandbox.services.documents.dump(id!).page).toEqual({
      pageWidth: 612,
      pageHeight: 792,
      marginTop: 72,
      marginBottom: 72,
      marginLeft: 72,
      marginRight: 72,
    });
  });

  it("dumps paragraphs and tables in order with text, alignment, styles, page size and margins in points", () => {
    const sandbox = loadBundle(script);
    const id = sandbox.call("build", "Danh sách đăng ký") as string;
    const dump = sandbox.services.documents.dump(id);
    expect(dump.name).toBe("Danh sách đăng ký");
    expect(dump.page).toEqual({
      pageWidth: 595.28,
      pageHeight: 841.89,
      marginTop: 20 * MM,
      marginBottom: 20 * MM,
      marginLeft: 30 * MM,
      marginRight: 15 * MM,
    });
    expect(dump.body.map((b) => [b.type, b.type === "PARAGRAPH" ? b.text : b.rows.length])).toEqual([
      ["PARAGRAPH", ""],
      ["PARAGRAPH", "DANH SÁCH"],
      ["PARAGRAPH", "Đăng ký thi đua năm 2020"],
      ["TABLE", 2],
      ["PARAGRAPH", ""],
      ["PARAGRAPH", "Người ký: Nguyễn Văn A"],
    ]);
    expect(dump.body[1]).toMatchObject({
      alignment: "CENTER",
      bold: true,
      fontSize: 14,
      fontFamily: "Times New Roman",
    });
    expect(dump.body[2]).toMatchObject({ alignment: "CENTER", bold: null, spacingAfter: 6 });
    const table = dump.body[3];
    if (table?.type !== "TABLE") throw new Error("expected a table");
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["STT", "Đơn vị"],
      ["1", "Phường Lê Lợi"],
    ]);
    expect(table).toMatchObject({ borderWidth: 1, columnWidths: [40] });
    expect(table.rows[0]?.[0]?.content[0]).toMatchObject({ bold: true });
    expect(table.rows[1]?.[1]).toMatchObject({ backgroundColor: "#eeeeee", verticalAlignment: "CENTER" });
    expect(dump.body[5]).toMatchObject({
      bold: null,
      runs: [
        { text: "Người ký: ", bold: null },
        { text: "Nguyễn Văn A", bold: true },
      ],
    });
  });

  it("joins a table's cells and rows with newlines in getText, as Google does", () => {
    const sandbox = loadBundle(`function t() {
      var body = DocumentApp.create("x").getBody();
      var table = body.appendTable([["a", "b"], ["c", "d"]]);
      return [table.getText(), table.getRow(0).getText(), body.getText(), body.appendTable().getNumRows()];
    }`);
    expect(sandbox.call("t")).toEqual(["a\nb\nc\nd", "a\nb", "\na\nb\nc\nd\n", 0]);
  });

  it("styles part of a text by offsets and reports null for mixed or inherited attributes", () => {
    const sandbox = loadBundle(`function t() {
      var p = DocumentApp.create("x").getBody().appendParagraph("Số: 12/DS");
      var text = p.editAsText().setItalic(0, 2, true);
      return [text.isItalic(), text.isItalic(0), text.isItalic(5), text.isBold(), text.getFontSize(), p.getAlignment(), p.getLineSpacing()];
    }`);
    expect(sandbox.call("t")).toEqual([null, true, null, null, null, "LEFT", 1.15]);
  });

  it("carries the style of the text before into appended text, as Google Docs does", () => {
    const sandbox = loadBundle(`function t() {
      var p = DocumentApp.create("x").getBody().appendParagraph("");
      p.appendText("TM. HỘI ĐỒNG").setBold(true);
      p.appendText(" - CHỦ TỊCH");
      return p.editAsText().isBold();
    }`);
    expect(sandbox.call("t")).toBe(true);
  });

  it("puts page breaks and horizontal rules in paragraphs of their own", () => {
    const sandbox = loadBundle(`function t() {
      var body = DocumentApp.create("x").getBody();
      body.appendParagraph("p1");
      var pb = body.appendPageBreak();
      body.appendHorizontalRule();
      return [pb.getType(), pb.getParent().getType(), body.getNumChildren(), body.getText()];
    }`);
    expect(sandbox.call("t")).toEqual(["PAGE_BREAK", "PARAGRAPH", 4, "\np1\n\n"]);
  });

  it("gives a table cell one paragraph, after which appendParagraph adds", () => {
    const sandbox = loadBundle(`function t() {
      var cell = DocumentApp.create("x").getBody().appendTable([["a"]]).getCell(0, 0);
      cell.appendParagraph("b");
      var first = cell.getChild(0);
      return [cell.getNumChildren(), first.getType(), first.getText(), cell.getText()];
    }`);
    expect(sandbox.call("t")).toEqual([2, "PARAGRAPH", "a", "a\nb"]);
  });

  it("applies attribute objects keyed by DocumentApp.Attribute, body text styles to later paragraphs too", () => {
    const sandbox = loadBundle(`function t() {
      var body = DocumentApp.create("x").getBody();
      var style = {};
      style[DocumentApp.Attribute.FONT_FAMILY] = "Times New Roman";
      style[DocumentApp.Attribute.FONT_SIZE] = 13;
      style[DocumentApp.Attribute.MARGIN_LEFT] = 85;
      body.setAttributes(style);
      var p = body.appendParagraph("x");
      var bold = {};
      bold[DocumentApp.Attribute.BOLD] = true;
      bold[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment.RIGHT;
      p.setAttributes(bold);
      var a = p.getAttributes();
      return [body.getMarginLeft(), a.FONT_FAMILY, a.FONT_SIZE, a.BOLD, a.HORIZONTAL_ALIGNMENT, body.getChild(0).getAttributes().FONT_SIZE];
    }`);
    expect(sandbox.call("t")).toEqual([85, "Times New Roman", 13, true, "RIGHT", 13]);
  });

  it("refuses edits through a closed handle, and reopens the document by id", () => {
    const sandbox = loadBundle(script);
    expect(sandbox.call("closed")).toEqual([
      true,
      "Exception: Document is closed, its contents cannot be updated.",
    ]);
    const id = sandbox.call("build", "x") as string;
    expect(sandbox.call("reopen", id)).toContain("Phường Lê Lợi");
    expect(sandbox.call("missing")).toBe(
      "Exception: Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });

  it("refuses to remove the last paragraph of the body", () => {
    const sandbox = loadBundle(`function t() {
      var body = DocumentApp.create("x").getBody();
      try { body.getChild(0).removeFromParent(); } catch (e) { return [String(e), body.getNumChildren()]; }
    }`);
    expect(sandbox.call("t")).toEqual([
      "Exception: Can't remove the last paragraph in a document section.",
      1,
    ]);
  });

  it("counts calls per element kind", () => {
    const sandbox = loadBundle(script);
    sandbox.call("build", "x");
    const summary = sandbox.services.calls.summary();
    expect(summary["DocumentApp.create"]).toBe(1);
    expect(summary["Body.appendParagraph"]).toBe(3);
    expect(summary["Body.appendTable"]).toBe(1);
    expect(summary["Paragraph.setAlignment"]).toBe(2);
    expect(summary["Text.setBold"]).toBe(3);
    expect(summary["Table.getRow"]).toBe(1);
    expect(summary["TableRow.getCell"]).toBe(1);
    expect(summary["TableCell.setBackgroundColor"]).toBe(1);
  });
});
