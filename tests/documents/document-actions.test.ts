import { describe, expect, it } from "vitest";
import { SETTING, TAB } from "../../src/core/contract/workbook";
import type { Workbook } from "../../tools/fixtures/clean-workbook";
import { snapshot } from "../../tools/gas-sandbox";
import { documentsWorkbook } from "./documents-workbook";

const OFFICE_FOLDER = "1AbCdEfGhIjKlMnOpQrStUvWxYz012345";
const docs = (wb: Workbook) => [...wb.sb.services.documents.documents.values()].map((d) => d.file.name);
const logCount = (wb: Workbook) => (snapshot(wb.ss)[TAB.log] ?? []).length;
const lastAlert = (wb: Workbook) => wb.sb.services.ui.alerts.at(-1)?.prompt ?? "";

describe("the Báo cáo menu", () => {
  it("files the documents in Thư mục Drive when it is set, and escapes the folder's name in the dialog", () => {
    const wb = documentsWorkbook();
    wb.sb.services.drive.addFolder({ id: OFFICE_FOLDER, name: "Văn thư <Phòng Nội vụ> & lưu trữ" });
    wb.setSetting(SETTING.driveFolder, `https://drive.google.com/drive/folders/${OFFICE_FOLDER}`);
    wb.sb.call("reportSummary");
    const names = wb.sb.services.drive.store.filesIn(OFFICE_FOLDER).map((f) => f.name);
    expect(names).toEqual([
      "2020 - Tổng hợp theo cụm và danh hiệu - 15.03.2020",
      "2020 - Tổng hợp theo cụm và danh hiệu - 15.03.2020.pdf",
    ]);
    const html = wb.sb.services.ui.dialogs.at(-1)?.html.getContent() ?? "";
    expect(html).toContain("Văn thư &lt;Phòng Nội vụ&gt; &amp; lưu trữ");
    expect(html).not.toContain("<Phòng Nội vụ>");
  }, 60_000);

  it("draws the summary's chart in the Doc from the BC tab's chart, under its title", () => {
    const wb = documentsWorkbook();
    wb.sb.call("reportSummary");
    const [id] = wb.sb.services.documents.documents.keys();
    const body = wb.sb.services.documents.dump(id as string).body;
    const title = body.findIndex(
      (b) => b.type === "PARAGRAPH" && b.text === "Số tập thể, cá nhân đăng ký theo cụm thi đua",
    );
    expect(body[title + 1]).toMatchObject({
      type: "PARAGRAPH",
      alignment: "CENTER",
      images: [{ contentType: "image/png" }],
    });
    const chart = wb.sb.services.spreadsheet.getSheetByName("BC Tổng hợp đăng ký")?.getCharts() ?? [];
    expect(chart).toHaveLength(1);
    expect(body.findIndex((b) => b.type === "TABLE" && b.rows[0]?.[0]?.text === "STT")).toBeLessThan(title);
  }, 60_000);

  it("refuses a Thư mục Drive it cannot open, naming the setting, before writing anything", () => {
    const wb = documentsWorkbook();
    wb.setSetting(SETTING.driveFolder, "1ZzZzZzZzZzZzZzZzZzZzZzZzZzZzZzZz");
    const log = logCount(wb);
    wb.sb.call("reportDossier");
    expect(lastAlert(wb)).toContain(`'${SETTING.driveFolder}' (trang ${TAB.config})`);
    expect(lastAlert(wb)).toContain("Chưa có gì được ghi.");
    expect(docs(wb)).toEqual([]);
    expect(wb.ss.getSheetByName("BC Hồ sơ cụm")).toBeNull();
    expect(logCount(wb)).toBe(log);
    expect(wb.sb.services.ui.dialogs).toEqual([]);
  }, 60_000);

  it("lets only the office make documents", () => {
    const wb = documentsWorkbook();
    wb.setSetting(SETTING.adminEmails, "phongnoivu@example.com");
    wb.sb.services.env.reportedEmail = "cumtruong@example.com";
    wb.sb.call("reportTimeline");
    expect(lastAlert(wb)).toMatch(/^Chỉ cán bộ Phòng Nội vụ có tên trong mục 'Email quản trị'/);
    expect(lastAlert(wb)).toContain("cumtruong@example.com");
    expect(docs(wb)).toEqual([]);
    expect(wb.ss.getSheetByName("BC Tiến độ")).toBeNull();
  }, 60_000);

  it("asks which Cấp quyết định among those of Danh hiệu, by number or name; cancel makes nothing", () => {
    const wb = documentsWorkbook();
    const ui = wb.sb.services.ui;
    ui.promptAnswers.push(
      { button: "CANCEL", text: "" },
      { button: "OK", text: "2" },
      { button: "OK", text: "tỉnh" },
    );
    wb.sb.call("reportRegistrationListByLevel");
    expect(ui.prompts.at(-1)?.prompt).toContain("1. Thị xã\n2. Thành phố");
    expect(docs(wb)).toEqual([]);
    expect(ui.alerts).toEqual([]);
    wb.sb.call("reportRegistrationListByLevel");
    expect(docs(wb)).toEqual(["2020 - Danh sách đăng ký thi đua - cấp Thành phố - 15.03.2020"]);
    wb.sb.call("reportRegistrationListByLevel");
    expect(lastAlert(wb)).toContain("'tỉnh' không phải là cấp quyết định có trong trang Danh hiệu");
    expect(docs(wb)).toHaveLength(1);
  }, 60_000);
});
