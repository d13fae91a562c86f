import { describe, expect, it } from "vitest";
import { iForY, modernTonePlacement, nameKey, sameName } from "../../../src/core/text/name-key";

const nfd = (s: string) => s.normalize("NFD");

describe("nameKey", () => {
  it.each([
    ["Hòa", "Hoà"],
    ["Thủy", "Thuỷ"],
    ["Khỏe", "Khoẻ"],
    ["Xã Hòa Bình", "xã hoà bình"],
    ["Thúy Hằng", "Thuý Hằng"],
    ["Lũy Tre", "Luỹ tre"],
    ["Thụy Khuê", "Thuỵ Khuê"],
    ["Tùy", "Tuỳ"],
    ["Chiến sỹ thi đua cơ sở", "Chiến sĩ thi đua cơ sở"],
    ["Kỹ thuật", "kĩ thuật"],
    ["Lý Thường Kiệt", "Lí Thường Kiệt"],
    ["Mỹ Đức", "Mĩ Đức"],
    ["Quý", "Quí"],
    ["Quy định", "Qui định"],
    ["Nhiệm kỳ", "Nhiệm kì"],
    ["Hội đồng Thi đua – Khen thưởng", "Hội đồng Thi đua - Khen thưởng"],
    ["Hội đồng Thi đua — Khen thưởng", "Hội đồng Thi đua-Khen thưởng"],
    ["  Phường   Lê Lợi ", "phường lê lợi"],
    ["Phường\u00a0Lê\tLợi", "Phường Lê Lợi"],
    ["Phường Lê\u200b Lợi", "Phường Lê Lợi"],
    ["PHƯỜNG LÊ LỢI", "phường lê lợi"],
    ["ÐOÀN THANH NIÊN", "Đoàn Thanh niên"],
    [nfd("Phường Lê Lợi"), "Phường Lê Lợi"],
    [nfd("Hòa Thủy"), "Hoà Thuỷ"],
  ])("treats %j and %j as the same name", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ["TP Sơn Tây", "Thành phố Sơn Tây"],
    ["Lê Lợi", "Lê Lai"],
    ["Vy", "Vi"],
    ["My", "Mi"],
    ["Thy", "Thi"],
    ["Cụm 1", "Cụm 10"],
    ["Hoàn", "Hòan Kiếm"],
    ["Thuyền", "Thuỳen"],
  ])("keeps %j and %j apart", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it("produces NFC, lower-case text with single spaces", () => {
    const key = nameKey(nfd("  TRƯỜNG   THCS  Lê  Lợi  "));
    expect(key).toBe("trường thcs lê lợi");
    expect(key.normalize("NFC")).toBe(key);
  });

  it("moves the tone only at the end of a syllable", () => {
    expect(modernTonePlacement("hòa hoàn hoàng khỏe thủy thuyền")).toBe("hoà hoàn hoàng khoẻ thuỷ thuyền");
  });

  it("keys the i/y interchange with i only for the onsets that have it", () => {
    expect(iForY("sỹ lý mỹ kỹ quý quy tỷ vỹ hỷ")).toBe("sĩ lí mĩ kĩ quí qui tỉ vĩ hỉ");
    expect(iForY("vy my ly thy thuỷ tuý nguyễn")).toBe("vy my ly thy thuỷ tuý nguyễn");
  });

  it("gives an empty key for blank text", () => {
    expect(nameKey(" \u00a0\u200b ")).toBe("");
  });
});
