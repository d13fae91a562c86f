import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeLegacy, detectLegacyEncoding } from "../../../src/core/text/legacy-encoding";
import { isVietnameseSyllable } from "../../../src/core/text/vietnamese-syllable";
import { encodeTcvn3, encodeVni } from "./legacy-encoders";

describe("isVietnameseSyllable", () => {
  it.each([
    "Phạm",
    "Nguyễn",
    "Thuỷ",
    "Thủy",
    "Khoẻ",
    "Quốc",
    "Giữ",
    "Nghĩa",
    "Hưởng",
    "Người",
    "Khuyến",
    "Thuở",
    "Khuỷu",
    "Oanh",
    "Xoong",
    "Huých",
    "Quỳnh",
    "Gìn",
    "Giếng",
    "Đắk",
    "Hoằng",
    "Thuẫn",
    "Quyết",
    "Chuyện",
    "Luật",
    "Huệ",
    "Tuyết",
    "Yến",
    "Ấp",
    "Cửa",
    "Rượu",
    "Khuya",
    "Ngoẻo",
    "ĐƯỜNG",
    "Phạm".normalize("NFD"),
  ])("accepts %j", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each(["Phaïm", "Vaên", "Ph¹m", "Lª", "Nguyeãn", "NGUYÔN", "Café", "Müller", "Smith", "Hòàng", "aê"])(
    "rejects %j",
    (word) => {
      expect(isVietnameseSyllable(word)).toBe(false);
    },
  );
});

// Real syllables, with every tone on every kind of vowel, for round trips.
const SYLLABLES = [
  "a",
  "ba",
  "cà",
  "lả",
  "mã",
  "tá",
  "hạ",
  "ăn",
  "bằng",
  "thẳng",
  "vẵn",
  "sắc",
  "mặt",
  "ân",
  "cầu",
  "thẩm",
  "lẫn",
  "tất",
  "bậc",
  "em",
  "về",
  "để",
  "nghễ",
  "tết",
  "lệ",
  "in",
  "chì",
  "hỉ",
  "nghĩ",
  "tí",
  "thị",
  "ong",
  "bò",
  "thỏ",
  "võ",
  "có",
  "họ",
  "ông",
  "hồ",
  "tổ",
  "gỗ",
  "cố",
  "lộc",
  "ơn",
  "cờ",
  "lở",
  "rỡ",
  "mới",
  "lợi",
  "u",
  "hùng",
  "củ",
  "vũ",
  "tú",
  "lụa",
  "ưng",
  "từ",
  "sử",
  "những",
  "đức",
  "lực",
  "yêu",
  "kỳ",
  "mỹ",
  "ỷ",
  "hỹ",
  "lý",
  "vỵ",
  "đường",
  "quỳnh",
  "thuỷ",
  "hoà",
  "khuya",
  "Đông",
  "Lê",
  "Phạm",
  "Ngô",
  "Trần",
  "Hoàng",
];
const name = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 5 })
  .map((words) => words.join(" "));

describe("legacy encodings of generated Vietnamese text", () => {
  it("never flags modern Unicode text, NFC or NFD", () => {
    fc.assert(
      fc.property(name, fc.boolean(), (text, decompose) => {
        expect(detectLegacyEncoding(decompose ? text.normalize("NFD") : text)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it("decodes every TCVN3 and VNI encoding back to the text", () => {
    fc.assert(
      fc.property(name, (text) => {
        expect(decodeLegacy(encodeTcvn3(text), "TCVN3")).toBe(text);
        expect(decodeLegacy(encodeVni(text), "VNI")).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const kind = detectLegacyEncoding(s);
        if (kind) expect(typeof decodeLegacy(s, kind)).toBe("string");
      }),
      { numRuns: 1_000 },
    );
  });
});
