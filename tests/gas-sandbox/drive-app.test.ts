import { describe, expect, it } from "vitest";
import { loadBundle, pdfText } from "../../tools/gas-sandbox";

const FOLDER = { id: "folder-office", name: "Phòng Nội vụ" };
const NOT_FOUND =
  "Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";

const script = `
  function whereIsTheBook() {
    var ss = SpreadsheetApp.getActive();
    var file = DriveApp.getFileById(ss.getId());
    var parents = file.getParents();
    return [file.getName() === ss.getName(), file.getMimeType(), parents.next().getName(), parents.hasNext(), ss.getUrl().indexOf(ss.getId()) > 0];
  }
  function folderName(id) { return DriveApp.getFolderById(id).getName(); }
  function caught(fn) { try { return fn(); } catch (e) { return String(e); } }
  function missingFolder() { return caught(function () { DriveApp.getFolderById("nope"); }); }
  function missingFile() { return caught(function () { DriveApp.getFileById("nope"); }); }
  function report(folderId, save) {
    var doc = DocumentApp.create("Danh sách 2020");
    var body = doc.getBody();
    body.appendParagraph("DANH SÁCH ĐĂNG KÝ").editAsText().setBold(true);
    body.appendTable([["STT", "Đơn vị"], ["1", "Phường Lê Lợi (P.1)"]]);
    body.appendParagraph("Nơi nhận: \\\\ Lưu VT");
    if (save) doc.saveAndClose();
    var folder = DriveApp.getFolderById(folderId);
    var file = DriveApp.getFileById(doc.getId());
    file.moveTo(folder);
    var pdf = folder.createFile(file.getAs(MimeType.PDF));
    return [file.getId(), pdf.getId()];
  }
  function filesIn(folderId) {
    var out = [], it = DriveApp.getFolderById(folderId).getFiles();
    while (it.hasNext()) { var f = it.next(); out.push([f.getName(), f.getMimeType()]); }
    return out;
  }
  function upload() {
    var blob = Utilities.newBlob([72, -61, -96], "text/plain", "a.txt");
    var file = DriveApp.createFile(blob);
    var made = DriveApp.getRootFolder().createFile("b.csv", "x;y", MimeType.CSV);
    return [file.getName(), file.getBlob().getBytes(), file.getBlob().getDataAsString(), made.getMimeType(), DriveApp.getFilesByName("b.csv").hasNext()];
  }
  function pastTheEnd() { return caught(function () { var it = DriveApp.getFolderById("${FOLDER.id}").getFiles(); it.next(); }); }
  function noConversion() { return caught(function () { Utilities.newBlob("x", "text/plain", "a.txt").getAs(MimeType.PDF); }); }`;

const sandboxOf = () => loadBundle(script, { folders: [FOLDER] });

describe("DriveApp", () => {
  it("files the spreadsheet under its own id in a folder of its own", () => {
    expect(sandboxOf().call("whereIsTheBook")).toEqual([
      true,
      "application/vnd.google-apps.spreadsheet",
      "Sổ thi đua",
      false,
      true,
    ]);
  });

  it("finds folders created by the test and refuses unknown ids with Google's message", () => {
    const sandbox = sandboxOf();
    expect(sandbox.call("folderName", FOLDER.id)).toBe("Phòng Nội vụ");
    expect(sandbox.call("missingFolder")).toBe(NOT_FOUND);
    expect(sandbox.call("missingFile")).toBe(NOT_FOUND);
    const added = sandbox.services.drive.addFolder({ name: "Lưu trữ", parentId: FOLDER.id });
    expect(sandbox.call("folderName", added.getId())).toBe("Lưu trữ");
  });

  it("moves a Doc into a folder and saves its PDF there, holding the document's text in reading order", () => {
    const sandbox = sandboxOf();
    const [docId, pdfId] = sandbox.call("report", FOLDER.id, true) as [string, string];
    expect(sandbox.call("filesIn", FOLDER.id)).toEqual([
      ["Danh sách 2020", "application/vnd.google-apps.document"],
      ["Danh sách 2020.pdf", "application/pdf"],
    ]);
    const pdf = sandbox.services.drive.store.files.get(pdfId)!.bytes!;
    expect(Buffer.from(pdf.subarray(0, 8)).toString("latin1")).toBe("%PDF-1.4");
    expect(pdfText(pdf)).toEqual([
      "DANH SÁCH ĐĂNG KÝ",
      "STT",
      "Đơn vị",
      "1",
      "Phường Lê Lợi (P.1)",
      "Nơi nhận: \\ Lưu VT",
    ]);
    expect(sandbox.services.drive.store.files.get(docId)?.parents).toEqual([FOLDER.id]);
  });

  it("exports what was last saved: without saveAndClose the PDF misses this execution's changes", () => {
    const sandbox = sandboxOf();
    const [docId, pdfId] = sandbox.call("report", FOLDER.id, false) as [string, string];
    expect(pdfText(sandbox.services.drive.store.files.get(pdfId)!.bytes!)).toEqual([]);
    const later = sandbox.services.drive.getFileById(docId).getAs("application/pdf");
    expect(pdfText(later)).toContain("Phường Lê Lợi (P.1)");
  });

  it("creates files from blobs and from text, with Java-style signed bytes", () => {
    expect(sandboxOf().call("upload")).toEqual(["a.txt", [72, -61, -96], "Hà", "text/csv", true]);
  });

  it("throws Google's messages past an iterator's end and for a conversion it cannot make", () => {
    const sandbox = sandboxOf();
    expect(sandbox.call("pastTheEnd")).toBe(
      "Exception: Cannot retrieve the next object: iterator has reached the end.",
    );
    expect(sandbox.call("noConversion")).toBe(
      "Exception: Converting from text/plain to application/pdf is not supported.",
    );
  });

  it("exports the spreadsheet as a PDF of its tabs' display values", () => {
    const sandbox = loadBundle("function noop() {}", {
      tabs: {
        "Đơn vị": [
          ["Mã", "Tên"],
          ["GD1", "Phường 1"],
        ],
      },
    });
    const { drive, spreadsheet, calls } = sandbox.services;
    const id = calls.untracked(() => spreadsheet.getId());
    expect(pdfText(drive.getFileById(id).getAs("application/pdf"))).toEqual([
      "Đơn vị",
      "Mã",
      "Tên",
      "GD1",
      "Phường 1",
    ]);
  });

  it("counts DriveApp.*, File.* and Folder.* calls", () => {
    const sandbox = sandboxOf();
    sandbox.call("report", FOLDER.id, true);
    expect(sandbox.services.calls.summary("DriveApp")).toEqual({
      "DriveApp.getFolderById": 1,
      "DriveApp.getFileById": 1,
    });
    expect(sandbox.services.calls.summary(/^(File|Folder)\./)).toEqual({
      "File.moveTo": 1,
      "File.getAs": 1,
      "File.getId": 2,
      "Folder.createFile": 1,
    });
  });
});
