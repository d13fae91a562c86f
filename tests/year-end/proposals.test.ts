import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel, Table } from "../../src/core/documents/model";
import { TITLES, type Workbook } from "../../tools/fixtures/clean-workbook";
import { snapshot } from "../../tools/gas-sandbox";
import { renderDocx } from "../../tools/report";
import { openDocx, paragraphs, textOf } from "../report/helpers/docx-xml";
import { AN, BINH, BKTP, CSTDTP, LE_LOI, madeYearEnd, NGO_QUYEN } from "./made-year-end";

// `Lập danh sách đề nghị khen thưởng` on the built bundle, over a year end made to be read row by
// row (tests/year-end/made-year-end.ts): who is proposed at which level, who is not and why.

const REPORT = "BC Đề nghị khen thưởng";
const htmlText = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
let wb: Workbook;
let rows: string[][];
let documents: DocumentModel[];

beforeAll(() => {
  wb = madeYearEnd();
  wb.sb.call("buildProposalList");
  rows = (snapshot(wb.ss)[REPORT] ?? []).map((r) => r.map(String));
  documents = (wb.sb.call("buildProposalList_") as { documents: DocumentModel[] }).documents;
});

/** The report's rows as [STT, unit, person, title, rating, note] (position and link left out). */
const body = () => rows.slice(3).map((r) => [r[0], r[1], r[2], r[4], r[5], r[6]].map((c) => c ?? ""));
const proposed = (
  person: string,
  unit = LE_LOI,
  title: string = TITLES.ldtt,
  rating = "Hoàn thành tốt nhiệm vụ",
) => [unit, person, title, rating];
const section = (text: string) => [text, "", "", "", "", ""];

describe("BC Đề nghị khen thưởng", () => {
  it("lists the proposed rows by deciding level, then title, collectives first, people in Vietnamese order", () => {
    const idea = "Sáng kiến: Sáng kiến số hóa hồ sơ một cửa (QĐ công nhận số 15/QĐ-HĐKH)";
    const list = body().map(([n, ...rest]) =>
      rest.every((c) => c === "") ? section(n ?? "") : [n, ...rest],
    );
    const ldtt = [
      "Nguyễn Thị An",
      "Phạm Thị Anh",
      "Lê Văn Ánh",
      "Vũ Thị Ân",
      BINH,
      "Hoàng Văn Dũng",
      "Đỗ Văn Đức",
    ];
    expect(list.slice(0, 17)).toEqual([
      section("I. CẤP QUYẾT ĐỊNH: THỊ XÃ (13)"),
      section("1. Tập thể lao động tiên tiến (2)"),
      ["1", LE_LOI, "", TITLES.ttldtt, "", ""],
      ["2", NGO_QUYEN, "", TITLES.ttldtt, "", ""],
      section("2. Lao động tiên tiến (10)"),
      ...ldtt.map((p, i) => [
        String(i + 1),
        ...proposed(p, LE_LOI, TITLES.ldtt, p === BINH ? "Hoàn thành xuất sắc nhiệm vụ" : undefined),
        "",
      ]),
      ...["Đặng Thị Hoa", "Bùi Văn Khoa", "Lý Thị Lan"].map((p, i) => [
        String(i + 8),
        ...proposed(p, NGO_QUYEN),
        "",
      ]),
      section("3. Chiến sĩ thi đua cơ sở (1)"),
      ["1", LE_LOI, AN, TITLES.cstdcs, "", idea],
    ]);
    expect(list.slice(17, 22)).toEqual([
      section("II. CẤP QUYẾT ĐỊNH: THÀNH PHỐ (2)"),
      section("1. Tập thể lao động xuất sắc (1)"),
      ["1", LE_LOI, "", TITLES.ttldxs, "", ""],
      section("2. Chiến sĩ thi đua Thành phố (1)"),
      ["1", LE_LOI, AN, CSTDTP, "", idea],
    ]);
  });

  it("lists apart each Đạt row not proposed, with its KT reason, then the rows still pending", () => {
    const rest = body().slice(22);
    expect(rest[0]?.[0]).toBe("ĐẠT NHƯNG KHÔNG ĐƯỢC ĐỀ NGHỊ (3)");
    const apart = rest.slice(1, 4);
    expect(apart.map((r) => [r[1], r[2], r[3]])).toEqual([
      [LE_LOI, "", TITLES.ctdtp],
      [NGO_QUYEN, "", TITLES.ttldxs],
      [LE_LOI, BINH, BKTP],
    ]);
    expect(apart[0]?.[5]).toMatch(/^KT07: .*chỉ dành cho đơn vị dẫn đầu cụm/);
    expect(apart[1]?.[5]).toContain("KT05: ");
    expect(apart[1]?.[5]).toContain("3/10 LĐTT = 30% < 70%");
    expect(apart[1]?.[5]).toContain("0 CSTĐCS < 1");
    expect(apart[2]?.[5]).toMatch(/^KT04: .*2 năm liên tục HTXSNV: thiếu năm 2019/);
    expect(rest[4]?.[0]).toBe("CHƯA CÓ KẾT QUẢ BÌNH XÉT (1)");
    expect(rest[5]?.slice(1, 4)).toEqual([NGO_QUYEN, "Ngô Thị Nga", TITLES.ldtt]);
    expect(rest).toHaveLength(6);
  });

  it("links every row to its registration, and says the counts in its alert and in Nhật ký", () => {
    const links = wb.untracked(() =>
      wb
        .sheet(REPORT)
        .getRange(4, 8, rows.length - 3, 1)
        .getFormulas(),
    );
    expect(links.filter((l) => String(l[0]).startsWith("=HYPERLINK(")).length).toBe(15 + 3 + 1);
    const dialog = htmlText(wb.sb.services.ui.dialogs[0]?.html.getContent() ?? "");
    expect(dialog).toContain("15 tập thể, cá nhân được đề nghị khen thưởng năm 2020");
    expect(dialog).toContain("• Thị xã: 13 (TTLĐTT 2, LĐTT 10, CSTĐCS 1).");
    expect(dialog).toContain("• Thành phố: 2 (TTLĐXS 1, CSTĐTP 1).");
    expect(dialog).toContain("3 dòng 'Đạt' không được đề nghị");
    const log = snapshot(wb.ss)["Nhật ký"] ?? [];
    expect(log.at(-1)?.[2]).toBe("Lập danh sách đề nghị khen thưởng");
  });

  it("is made as documents: the list and one Tờ trình per deciding level, each a Google Doc and its PDF, linked from the dialog", () => {
    const made = [...wb.sb.services.documents.documents.values()].map((d) => d.file.name).sort();
    expect(made).toEqual(documents.map((d) => d.fileName).sort());
    expect(made.map((n) => n.replace(/ - [\d.]+$/, ""))).toEqual([
      "2020 - Danh sách đề nghị khen thưởng",
      "2020 - Tờ trình đề nghị khen thưởng (Thành phố)",
      "2020 - Tờ trình đề nghị khen thưởng (Thị xã)",
    ]);
    const dialog = htmlText(wb.sb.services.ui.dialogs[0]?.html.getContent() ?? "");
    for (const name of made) expect(dialog).toContain(name);
    expect(dialog.match(/>PDF</g)).toHaveLength(3);
    const log = snapshot(wb.ss)["Nhật ký"] ?? [];
    expect(String(log.at(-1)?.[3])).toContain(
      "Văn bản (Google Tài liệu và PDF) trong thư mục chứa bảng tính",
    );
  });

  it("is refused to someone not in Email quản trị, and before any result is entered", () => {
    wb.setSetting("Email quản trị", "noivu@example.com");
    wb.sb.services.env.user = "cumtruong@example.com";
    wb.sb.services.env.reportedEmail = "cumtruong@example.com";
    wb.sb.call("buildProposalList");
    expect(wb.sb.services.ui.alerts.at(-1)?.prompt).toContain("Chỉ cán bộ Phòng Nội vụ");
  });
});

describe("Lập danh sách đề nghị khen thưởng with a Thư mục Drive it cannot open", () => {
  it("is refused, naming the setting, before anything is written", () => {
    const bad = madeYearEnd();
    bad.setSetting("Thư mục Drive", "1ZzZzZzZzZzZzZzZzZzZzZzZzZzZzZzZz");
    const before = snapshot(bad.ss);
    bad.sb.call("buildProposalList");
    expect(bad.sb.services.ui.alerts.at(-1)?.prompt).toContain("'Thư mục Drive'");
    expect(snapshot(bad.ss)).toEqual(before);
    expect(bad.sb.services.documents.documents.size).toBe(0);
    expect(bad.sb.services.ui.dialogs).toEqual([]);
  });
});

describe("the proposal documents", () => {
  const tableOf = (d: DocumentModel | undefined, i = 0) =>
    d?.body.filter((b): b is Table => b.kind === "table")[i];

  it("are a Danh sách from the same rows, and one Tờ trình per deciding level", () => {
    expect(documents.map((d) => d.title)).toEqual(["DANH SÁCH", "TỜ TRÌNH", "TỜ TRÌNH"]);
    const [list, town, city] = documents;
    expect(list?.header.number).toBe("Số:      /DS-HĐTĐKT");
    expect(list?.header.placeDate).toBe("Sơn Tây, ngày … tháng … năm 2020");
    const data = tableOf(list)?.rows.filter((r) => r.kind === "data") ?? [];
    expect(data).toHaveLength(15);
    const groups = tableOf(list)?.rows.flatMap((r) => (r.kind === "group" && r.level === 1 ? [r.label] : []));
    expect(groups).toEqual(["I. CẤP QUYẾT ĐỊNH: THỊ XÃ (13)", "II. CẤP QUYẾT ĐỊNH: THÀNH PHỐ (2)"]);
    const apart = tableOf(list, 1)?.rows ?? [];
    expect(apart.map((r) => (r.kind === "data" ? r.cells[3] : ""))).toEqual([
      TITLES.ctdtp,
      TITLES.ttldxs,
      BKTP,
    ]);
    expect(town?.body[0]).toMatchObject({ text: "Kính gửi: Chủ tịch Ủy ban nhân dân thị xã." });
    expect(city?.body[0]).toMatchObject({ text: "Kính gửi: Chủ tịch Ủy ban nhân dân thành phố." });
    expect(tableOf(city)?.rows.at(-1)).toEqual({ kind: "total", cells: ["", "Tổng cộng", "1", "1", "2"] });
    expect(tableOf(town)?.rows.at(-1)).toEqual({ kind: "total", cells: ["", "Tổng cộng", "2", "11", "13"] });
  });

  it("render as Word files with the names, titles and counts", async () => {
    const [list, , city] = documents;
    const text = async (d: DocumentModel | undefined) =>
      paragraphs((await openDocx(await renderDocx(d as DocumentModel))).document)
        .map(textOf)
        .join("\n");
    const listText = await text(list);
    for (const s of ["DANH SÁCH", "Đề nghị khen thưởng năm 2020", "Phạm Thị Anh", "KT04: "])
      expect(listText).toContain(s);
    const cityText = await text(city);
    expect(cityText).toContain(
      "kính trình Chủ tịch Ủy ban nhân dân thành phố xem xét, khen thưởng cho 1 tập thể và 1 cá nhân",
    );
  });
});
