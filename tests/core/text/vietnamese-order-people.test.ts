import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePersonNames, compareText, sortVietnamese } from "../../../src/core/text/vietnamese-order";

const nfd = (s: string) => s.normalize("NFD");
/** A fixed permutation: odd positions first, then even ones, reversed. */
const shuffled = <T>(xs: readonly T[]): T[] =>
  [...xs.filter((_, i) => i % 2), ...xs.filter((_, i) => i % 2 === 0)].reverse();
const sortedText = (xs: readonly string[]) => [...xs].sort(compareText);
const sortedPeople = (xs: readonly string[]) => [...xs].sort(comparePersonNames);

describe("Vietnamese order of people", () => {
  it("orders by given name first, then the rest of the name", () => {
    const people = ["Trần Thị Bình", "Nguyễn Văn An", "Lê Văn Bình"];
    // An < Bình; between the two Bình, Lê < Trần.
    expect(sortedPeople(people)).toEqual(["Nguyễn Văn An", "Lê Văn Bình", "Trần Thị Bình"]);
    // As plain text the family name leads.
    expect(sortedText(people)).toEqual(["Lê Văn Bình", "Nguyễn Văn An", "Trần Thị Bình"]);
  });

  it("uses the rest of the name word by word, and shorter names first", () => {
    const order = ["Lê An", "Lê Văn An", "Nguyễn Thị An", "Nguyễn Văn An", "Nguyễn Văn Ân", "Đỗ Thị Ánh"];
    expect(sortedPeople(shuffled(order))).toEqual([
      "Lê An",
      "Lê Văn An",
      "Nguyễn Thị An",
      "Nguyễn Văn An",
      "Đỗ Thị Ánh",
      "Nguyễn Văn Ân",
    ]);
  });

  it("orders given names with đ and every tone", () => {
    const order = [
      "Đặng Văn Dung",
      "Phạm Thị Dung",
      "Lê Dũng",
      "Dương Văn Đức",
      "Đặng Văn Đức",
      "Hà Thị Đức",
    ];
    expect(sortedPeople(shuffled(order))).toEqual(order);
    const tones = ["Lê Thị Ha", "Lê Thị Hà", "Lê Thị Hả", "Lê Thị Hã", "Lê Thị Há", "Lê Thị Hạ"];
    expect(sortedPeople(shuffled(tones))).toEqual(tones);
  });

  it("is stable for equal keys", () => {
    const same = ["Nguyễn Thị Hòa", "nguyễn thị hoà", nfd("NGUYỄN THỊ HÒA"), "Nguyễn  Thị Hoà"];
    expect(sortedPeople(same)).toEqual(same);
    expect(sortVietnamese(same, (s) => s, "person")).toEqual(same);
  });
});

describe("sortVietnamese", () => {
  it("sorts items by a name with keys computed once, as the comparators do", () => {
    const word = fc.constantFrom("an", "Ân", "ánh", "Đức", "dũng", "hòa", "HOÀ", "Lê", "2", "10", "zoe");
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), (names) => {
        const items = names.map((n, i) => ({ n, i }));
        expect(sortVietnamese(items, (x) => x.n, "person")).toEqual(
          [...items].sort((a, b) => comparePersonNames(a.n, b.n)),
        );
        expect(sortVietnamese(names, (x) => x)).toEqual(sortedText(names));
      }),
    );
  });

  it("sorts 5 000 names quickly", () => {
    const family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Vũ", "Đỗ"];
    const middle = ["Văn", "Thị", "Hữu", "Thu", "Minh", "Ngọc"];
    const given = ["An", "Ánh", "Bình", "Dũng", "Đức", "Hòa", "Hoà", "Lan", "Thủy", "Yến", "Tùng", "Hương"];
    const names = Array.from(
      { length: 5_000 },
      (_, i) => `${family[i % 8]} ${middle[(i * 5) % 6]} ${given[(i * 7) % 12]} ${i % 3 ? "" : "B"}`,
    );
    const started = Date.now();
    const sorted = sortVietnamese(names, (n) => n, "person");
    expect(Date.now() - started).toBeLessThan(1_000);
    for (let i = 1; i < sorted.length; i++)
      expect(comparePersonNames(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
  });
});
