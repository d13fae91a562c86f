import { describe, expect, it } from "vitest";
import { CONFIG, SETTING, TAB } from "../../../src/core/contract/workbook";
import { driveFolderId } from "../../../src/core/plan/setting-schemas";
import { planOf, tab, workbook } from "./workbook";

const bt03 = (settings: Record<string, string | number>) =>
  planOf(workbook({ settings })).findings.filter((f) => f.code === "BT03");
const plan = (settings: Record<string, string | number> = {}) => planOf(workbook({ settings })).index.plan;
const FOLDER = "1AbCdEfGhIjKlMnOpQrStUvWxYz012345";

describe("year-end and document settings", () => {
  it("reads the template's values", () => {
    const p = plan();
    expect(p.onTimeOnly).toBe(true);
    expect(p.shareRounding).toBe("Xuống");
    expect(p.documents).toEqual({
      superiorBody: "UBND THỊ XÃ SƠN TÂY",
      place: "Sơn Tây",
      signerTitle: ["TM. HỘI ĐỒNG", "CHỦ TỊCH"],
      signer: "",
      driveFolder: null,
    });
    expect(p.reminderDays).toEqual([1, 3, 7]);
    expect(bt03({})).toEqual([]);
  });

  it("reads both values of Chỉ xét đăng ký đúng hạn and of Làm tròn tỷ lệ", () => {
    expect(plan({ [SETTING.onTimeOnly]: "Không" }).onTimeOnly).toBe(false);
    expect(plan({ [SETTING.onTimeOnly]: "có" }).onTimeOnly).toBe(true);
    expect(plan({ [SETTING.shareRounding]: "Gần nhất" }).shareRounding).toBe("Gần nhất");
    expect(plan({ [SETTING.shareRounding]: "Xuống" }).shareRounding).toBe("Xuống");
  });

  it("defaults a blank value or a missing row, without a finding", () => {
    expect(plan({ [SETTING.onTimeOnly]: "", [SETTING.shareRounding]: "" })).toMatchObject({
      onTimeOnly: true,
      shareRounding: "Xuống",
    });
    const old = workbook({
      tabs: [tab(TAB.config, [{ [CONFIG.key]: SETTING.deadline, [CONFIG.value]: "28/02/2020" }])],
    });
    const { index, findings } = planOf(old);
    expect(index.plan).toMatchObject({ onTimeOnly: true, shareRounding: "Xuống", reminderDays: [] });
    expect(index.plan.documents).toMatchObject({ signerTitle: [], driveFolder: null });
    expect(findings.filter((f) => f.code === "BT03")).toEqual([]);
  });

  it("reports unusable values as BT03 and keeps the defaults", () => {
    const findings = bt03({
      [SETTING.onTimeOnly]: "Đúng",
      [SETTING.shareRounding]: "Lên",
      [SETTING.driveFolder]: "thư mục báo cáo",
      [SETTING.reminderDays]: "7, ba, 1",
    });
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining("'Chỉ xét đăng ký đúng hạn' phải là 'Có' hoặc 'Không'"),
      expect.stringContaining("'Làm tròn tỷ lệ' phải là 'Xuống' hoặc 'Gần nhất'"),
      expect.stringContaining("Đang là 'thư mục báo cáo'"),
      expect.stringContaining("Đang là '7, ba, 1'"),
    ]);
    expect(findings.every((f) => f.sheet === TAB.config && f.row !== null && f.column === CONFIG.value)).toBe(
      true,
    );
  });

  it("splits the signer's title on new lines and on ' / '", () => {
    expect(plan({ [SETTING.signerTitle]: "TM. HỘI ĐỒNG / CHỦ TỊCH" }).documents.signerTitle).toEqual([
      "TM. HỘI ĐỒNG",
      "CHỦ TỊCH",
    ]);
    expect(plan({ [SETTING.signerTitle]: "KT. CHỦ TỊCH\r\nPHÓ CHỦ TỊCH\n" }).documents.signerTitle).toEqual([
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
    ]);
  });

  it("takes the id of a Drive folder link, or a bare id", () => {
    expect(driveFolderId(`https://drive.google.com/drive/folders/${FOLDER}`)).toBe(FOLDER);
    expect(driveFolderId(`https://drive.google.com/drive/u/0/folders/${FOLDER}?usp=sharing`)).toBe(FOLDER);
    expect(driveFolderId(`https://drive.google.com/open?id=${FOLDER}`)).toBe(FOLDER);
    expect(driveFolderId(FOLDER)).toBe(FOLDER);
    expect(driveFolderId(`https://drive.google.com/file/d/${FOLDER}/view`)).toBeNull();
    expect(driveFolderId(`https://example.com/folders/${FOLDER}`)).toBeNull();
    expect(driveFolderId("BaoCao")).toBeNull();
    expect(
      plan({ [SETTING.driveFolder]: `https://drive.google.com/drive/folders/${FOLDER}` }).documents,
    ).toMatchObject({ driveFolder: FOLDER });
  });

  it("reads reminder days as sorted unique whole numbers", () => {
    expect(plan({ [SETTING.reminderDays]: "3; 7, 1, 3, 0" }).reminderDays).toEqual([0, 1, 3, 7]);
    expect(plan({ [SETTING.reminderDays]: 5 }).reminderDays).toEqual([5]);
    expect(plan({ [SETTING.reminderDays]: "" }).reminderDays).toEqual([]);
    expect(bt03({ [SETTING.reminderDays]: "-1" })).toHaveLength(1);
    expect(bt03({ [SETTING.reminderDays]: 2.5 })).toHaveLength(1);
  });
});
