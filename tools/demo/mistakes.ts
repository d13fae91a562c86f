import { REG, SUBJECT } from "../../src/core/contract/workbook";
import { collective, entrant, firstPersonOf, individual, T } from "./registrations";
import type { Rec } from "./sheet-writer";

const DUPLICATED = "Trung tâm Phát triển quỹ đất thị xã";
const with_ = (rec: Rec, changes: Rec): Rec => ({ ...rec, ...changes });

/** One mistake of RULES.md planted in the demo: the code it should raise and where. */
export interface Mistake {
  code: string;
  cluster: string;
  row: Rec;
}

/**
 * The realistic sprinkling of mistakes of the demo, appended at the end of their cluster tab
 * (registrations that came in later). Each raises the code it names.
 */
export const MISTAKES: readonly Mistake[] = [
  // A misspelt unit (no tone on Lợi): not in Đơn vị, with a "did you mean".
  { code: "DK02", cluster: "1", row: collective("UBND phường Lê Loi", "1", T.gktt) },
  // A near-miss title (missing tone): not in Danh hiệu, with a "did you mean".
  {
    code: "DK07",
    cluster: "2",
    row: with_(individual("UBND xã Cổ Đông", "2", 900, T.ldtt), { [REG.title]: "Lao đông tiên tiến" }),
  },
  // A department registered in another cluster's tab.
  { code: "DK03", cluster: "3", row: individual("Phòng Kinh tế", "3", 901, T.ldtt) },
  // CSTĐCS without the initiative (the person is also LĐTT).
  { code: "DK09", cluster: "3", row: individual("Phòng Nội vụ", "3", 905, T.cstdcs) },
  { code: "DK09", cluster: "3", row: individual("Phòng Nội vụ", "3", 905, T.ldtt) },
  // A registration made after its cluster's deadline (cluster 3: 14/02) by a unit that also registered on time.
  {
    code: "DK12",
    cluster: "3",
    row: with_(individual("Văn phòng HĐND và UBND thị xã", "3", 902, T.ldtt), { [REG.date]: "19/02/2020" }),
  },
  // The same person registered twice for the same title.
  { code: "DK13", cluster: "5", row: individual(DUPLICATED, "5", firstPersonOf(DUPLICATED), T.ldtt) },
  // A name typed in TCVN3 (ABC) on an old computer.
  {
    code: "DK16",
    cluster: "6",
    row: with_(individual("Thị đoàn Sơn Tây", "6", 903, T.ldtt), {
      [REG.person]: "NguyÔn ThÞ H\u00ad\u00acng",
    }),
  },
  // CSTĐCS with an initiative but without LĐTT for the same person.
  {
    code: "DK14",
    cluster: "6",
    row: individual("Văn phòng Thị ủy", "6", 904, T.cstdcs, "Sáng kiến lưu trữ hồ sơ điện tử"),
  },
  // An individual in cluster 7, which registers collectives only.
  { code: "DK05", cluster: "7", row: individual("Ban CHQS phường Sơn Lộc", "7", 906, T.ldtt) },
  // A date that is not a day.
  {
    code: "DK11",
    cluster: "8",
    row: with_(collective("Công an xã Kim Sơn", "8", T.gktt), { [REG.date]: "30/02/2020" }),
  },
  // A name in decomposed Unicode (NFD), as pasted from some PDFs.
  {
    code: "DK17",
    cluster: "4",
    row: with_(individual("Phòng Văn hóa và Thông tin", "4", 907, T.ldtt), {
      [REG.person]: "Trần Thị Thu Hà".normalize("NFD"),
    }),
  },
  // A title left blank.
  {
    code: "DK01",
    cluster: "9",
    row: {
      [REG.unit]: "Hội Chữ thập đỏ thị xã",
      [REG.subject]: SUBJECT.collective,
      [REG.date]: "19/02/2020",
      [REG.enteredBy]: entrant("9"),
    },
  },
];
