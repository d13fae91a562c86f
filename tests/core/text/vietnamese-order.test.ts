import { describe, expect, it } from "vitest";
import { comparePersonNames, compareText, sortKey } from "../../../src/core/text/vietnamese-order";

const nfd = (s: string) => s.normalize("NFD");
/** A fixed permutation: odd positions first, then even ones, reversed. */
const shuffled = <T>(xs: readonly T[]): T[] =>
  [...xs.filter((_, i) => i % 2), ...xs.filter((_, i) => i % 2 === 0)].reverse();
const sortedText = (xs: readonly string[]) => [...xs].sort(compareText);
const sortedPeople = (xs: readonly string[]) => [...xs].sort(comparePersonNames);

describe("Vietnamese order of words", () => {
  it("follows DOCUMENTS.md: An < Anh < Ánh < Ân < Bình < Dũng < Đức", () => {
    const order = ["An", "Anh", "Ánh", "Ân", "Bình", "Dũng", "Đức"];
    expect(sortedText(shuffled(order))).toEqual(order);
    expect(sortedPeople(shuffled(order))).toEqual(order);
  });

  it("breaks ties by tone: none, huyền, hỏi, ngã, sắc, nặng", () => {
    const order = ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ", "Mác", "Mạc", "Mai"];
    expect(sortedText(shuffled(order))).toEqual(order);
  });

  it("puts every letter in the Vietnamese alphabet", () => {
    const order = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split(" ");
    expect(sortedText(shuffled(order))).toEqual(order);
    expect(sortedText(["Ơn", "Ôn", "Ư", "U", "Ê", "E", "Ă", "Â", "A"])).toEqual([
      "A",
      "Ă",
      "Â",
      "E",
      "Ê",
      "Ôn",
      "Ơn",
      "U",
      "Ư",
    ]);
  });

  it("orders letters before tones: the whole word's letters first", () => {
    expect(sortedText(["Ánh", "Anh", "Ạn", "An"])).toEqual(["An", "Ạn", "Anh", "Ánh"]);
    expect(compareText("Bà", "Ban")).toBeLessThan(0);
  });

  it("orders đ after every d, in any case", () => {
    expect(sortedText(["Đào", "Dung", "đàm", "dương", "ĐỖ", "Dũng"])).toEqual([
      "Dung",
      "Dũng",
      "dương",
      "đàm",
      "Đào",
      "ĐỖ",
    ]);
    expect(compareText("Ðức", "Đức")).toBe(0);
  });

  it("places f, j, w, z at their Latin place and other letters after z", () => {
    const order = ["Ê", "Fatima", "Gia", "Ích", "Jun", "Kim", "Vân", "Wang", "Xuân", "Yến", "Zoe", "Ørsted"];
    expect(sortedText(shuffled(order))).toEqual(order);
  });

  it("ignores case, composition and tone placement", () => {
    for (const [a, b] of [
      ["Hòa", "Hoà"],
      ["THỦY", "thuỷ"],
      ["Khỏe", "khoẻ"],
      ["Nguyễn Thị Hòa", nfd("NGUYỄN THỊ HOÀ")],
      [nfd("Đặng Văn Ánh"), "đặng văn ánh"],
      ["  Lê   Văn-An ", "Lê Văn An"],
    ] as const) {
      expect(sortKey(a)).toBe(sortKey(b));
      expect(compareText(a, b)).toBe(0);
      expect(comparePersonNames(a, b)).toBe(0);
    }
  });
});

describe("Vietnamese order of unit names", () => {
  it("orders numbers by value, before letters", () => {
    const order = [
      "Cụm 1",
      "Cụm 2",
      "Cụm 10",
      "Cụm GD1",
      "Trường Tiểu học số 2",
      "Trường Tiểu học số 10",
      "Trường Tiểu học Sơn Lộc",
    ];
    expect(sortedText(shuffled(order))).toEqual(order);
    expect(compareText("Tổ 02", "Tổ 2")).toBe(0);
  });

  it("orders unit names word by word", () => {
    const order = ["Phường Lê Lai", "Phường Lê Lợi", "Phường Ngô Quyền", "Xã Cổ Đông", "Xã Đường Lâm"];
    expect(sortedText(shuffled(order))).toEqual(order);
  });
});
