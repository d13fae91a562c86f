import { describe, expect, it } from "vitest";
import { decodeLegacy, detectLegacyEncoding } from "../../../src/core/text/legacy-encoding";
import { encodeMojibake, encodeTcvn3, encodeVni } from "./legacy-encoders";

// Real unit, title and person names of a district-level emulation plan.
const NAMES = [
  "Phạm Văn Hùng",
  "Nguyễn Thị Hoa",
  "Lê Lợi",
  "Trần Quốc Tuấn",
  "Phường Lê Lợi",
  "Xã Cổ Đông",
  "Xã Đường Lâm",
  "Phường Quang Trung",
  "Trường Tiểu học Sơn Lộc",
  "Trung tâm Y tế thị xã",
  "Hội Liên hiệp Phụ nữ",
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  "Chiến sĩ thi đua cơ sở",
  "Lao động tiên tiến",
  "Tập thể lao động xuất sắc",
  "Hoàng Thị Thuỷ",
  "Đặng Thùy Dương",
  "Vũ Đức Thắng",
  "Mường Khương",
  "Nguyễn",
];

const ENCODED: [string, "TCVN3" | "VNI" | "mojibake", string][] = [
  ...NAMES.map((n): [string, "TCVN3", string] => [encodeTcvn3(n), "TCVN3", n]),
  ...NAMES.map((n): [string, "VNI", string] => [encodeVni(n), "VNI", n]),
  ...NAMES.slice(0, 12).map((n): [string, "mojibake", string] => [encodeMojibake(n), "mojibake", n]),
];

// Quoted from the brief and from real files: the forms users paste.
const QUOTED: [string, "TCVN3" | "VNI" | "mojibake", string][] = [
  ["Ph¹m V¨n Hïng", "TCVN3", "Phạm Văn Hùng"],
  ["Lª Lîi", "TCVN3", "Lê Lợi"],
  ["Nguyªn", "TCVN3", "Nguyên"],
  ["NGUYÔN V¡N A", "TCVN3", "NGUYỄN VĂN A"],
  ["UBND x· Cæ §«ng", "TCVN3", "UBND xã Cổ Đông"],
  ["H§ND x· §­êng L©m", "TCVN3", "HĐND xã Đường Lâm"],
  ["Phaïm Vaên Huøng", "VNI", "Phạm Văn Hùng"],
  ["Nguyeãn", "VNI", "Nguyễn"],
  ["Leâ Lôïi", "VNI", "Lê Lợi"],
  ["NGUYEÃN VAÊN A", "VNI", "NGUYỄN VĂN A"],
  ["Pháº¡m", "mojibake", "Phạm"],
  ["PhÃ¡m", "mojibake", "Phám"],
  ["Nguyá»…n", "mojibake", "Nguyễn"],
  ["HÃ\u00a0 Ná»™i", "mojibake", "Hà Nội"],
  ["HÃ Ná»™i", "mojibake", "Hà Nội"],
];

const NEGATIVE = [
  ...NAMES,
  ...NAMES.slice(0, 10).map((n) => n.normalize("NFD")),
  "NGUYỄN VĂN HÙNG",
  "NGÃ BA HÒA LẠC",
  "ĐOÀN THANH NIÊN",
  "Hội đồng Thi đua – Khen thưởng thị xã Sơn Tây",
  "Nguyen Van A",
  "UBND",
  "HĐND thị xã, CSTĐCS, LĐTT",
  "Trường THCS Lê Lợi",
  "phongnoivu@sontay.gov.vn",
  "28/02/2020",
  "1.500.000 đồng",
  "© 2020 — Phòng Nội vụ",
  "Điểm sàn ≥ 70",
  "François Lefèvre",
  "Hélène Dubois",
  "José García",
  "Jürgen Müller",
  "Zoë Noël",
  "Café Crème",
  "Loïc Dupont",
  "Raphaël Anaïs",
  "Muñoz Peña",
  "Ea Súp",
  "Krông Pắc",
  "Đắk Lắk",
  "Khoẻ Khỏe Hoà Hòa Thuỷ Thủy",
  "Quỳnh Huỳnh Khuỷu Xoong",
  "",
  "   ",
];

describe("detectLegacyEncoding", () => {
  it("has a corpus of at least 30 positive and 30 negative examples", () => {
    expect(ENCODED.length + QUOTED.length).toBeGreaterThanOrEqual(30);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(30);
  });

  it.each([...ENCODED, ...QUOTED])("flags %j as %s", (text, kind) => {
    expect(detectLegacyEncoding(text)).toBe(kind);
  });

  it.each(NEGATIVE)("does not flag %j", (text) => {
    expect(detectLegacyEncoding(text)).toBeUndefined();
  });

  it("survives NFC and NFD round trips of the legacy text", () => {
    expect(detectLegacyEncoding(encodeVni("Phạm Văn Hùng").normalize("NFD"))).toBe("VNI");
    expect(detectLegacyEncoding(encodeTcvn3("Phạm Văn Hùng").normalize("NFD"))).toBe("TCVN3");
  });
});

describe("decodeLegacy", () => {
  it.each([...ENCODED, ...QUOTED])("decodes %j (%s) to %j", (text, kind, unicode) => {
    expect(decodeLegacy(text, kind)).toBe(unicode.normalize("NFC"));
  });

  it("returns NFC text", () => {
    const decoded = decodeLegacy("Phaïm Vaên Huøng", "VNI");
    expect(decoded.normalize("NFC")).toBe(decoded);
  });
});
