import { describe, expect, it } from "vitest";
import { foldedKey, suggest } from "../../../src/core/text/suggest";

const units = [
  "Phường Lê Lợi",
  "Phường Lê Lai",
  "Phường Quang Trung",
  "Phường Ngô Quyền",
  "Xã Cổ Đông",
  "Xã Đường Lâm",
  "Trường THCS Sơn Lộc",
  "Trung tâm Y tế thị xã",
];

describe("suggest", () => {
  it.each([
    ["Phường Lê Loi", "Phường Lê Lợi"],
    ["Phuong Le Loi", "Phường Lê Lợi"],
    ["phường lê lợi", "Phường Lê Lợi"],
    ["Phường Lê Lại", "Phường Lê Lai"],
    ["Xa Duong Lam", "Xã Đường Lâm"],
    ["Xã Đường Lam ", "Xã Đường Lâm"],
    ["Phường Quang Trug", "Phường Quang Trung"],
    ["Phường Ngô Quền", "Phường Ngô Quyền"],
    ["Truong THCS Son Loc", "Trường THCS Sơn Lộc"],
    ["Trung tam Y te thi xa", "Trung tâm Y tế thị xã"],
  ])("suggests for %j the name %j", (input, expected) => {
    expect(suggest(input, units)).toBe(expected);
  });

  it.each(["Hội Nông dân", "Công an thị xã", "xyz", "Phường", "12345"])(
    "suggests nothing for the unrelated %j",
    (input) => {
      expect(suggest(input, units)).toBeUndefined();
    },
  );

  it("suggests nothing for blank input or an empty list", () => {
    expect(suggest("  ", units)).toBeUndefined();
    expect(suggest("Phường Lê Lợi", [])).toBeUndefined();
  });

  it("honours an explicit maximum distance", () => {
    expect(suggest("Phường Quang Trug", units, { max: 0 })).toBeUndefined();
    expect(suggest("Phuong Quang Tru", units, { max: 2 })).toBe("Phường Quang Trung");
  });

  it("re-indexes a list whose length changed", () => {
    const list = ["Xã Cổ Đông"];
    expect(suggest("Xa Co Dong", list)).toBe("Xã Cổ Đông");
    list.push("Xã Sơn Đông");
    expect(suggest("Xa Son Dong", list)).toBe("Xã Sơn Đông");
  });

  it("folds diacritics and đ", () => {
    expect(foldedKey("Đường Lâm – Sơn Tây")).toBe("duong lam-son tay");
  });

  it("answers 10 000 calls against 500 candidates quickly", () => {
    const syllables = [
      "lê",
      "lợi",
      "quang",
      "trung",
      "sơn",
      "đông",
      "hoà",
      "thuỷ",
      "ngô",
      "cổ",
      "lâm",
      "tây",
    ];
    const candidates = Array.from(
      { length: 500 },
      (_, i) => `Đơn vị ${syllables[i % 12]} ${syllables[(i * 7) % 12]} ${i}`,
    );
    const started = Date.now();
    let found = 0;
    for (let i = 0; i < 10_000; i++) {
      if (suggest(`Don vi ${syllables[i % 12]} ${syllables[(i * 5) % 12]} ${i % 700}x`, candidates)) found++;
    }
    expect(found).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("suggest with a list rebuilt for every call", () => {
  it("stays fast because candidate keys are cached by content", () => {
    const names = Array.from({ length: 500 }, (_, i) => `Đơn vị số ${i} phường Lê Lợi`);
    const started = Date.now();
    for (let i = 0; i < 2_000; i++) {
      expect(
        suggest(
          `Don vi so ${i % 500} phuong Le Loi`,
          names.map((n) => n),
        ),
      ).toBe(names[i % 500]);
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
