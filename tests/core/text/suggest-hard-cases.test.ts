import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedDistance } from "../../../src/core/text/edit-distance";
import { nameKey } from "../../../src/core/text/name-key";
import { foldedKey, suggest } from "../../../src/core/text/suggest";
import {
  abbreviatedSchoolNames,
  longUnitNames,
  nearMisses,
  unknownUnits,
} from "../../../tools/fixtures/near-miss-names";

/** The hint as defined before any index: every candidate measured, in order. */
function reference(input: string, candidates: readonly string[]): string | undefined {
  const folded = foldedKey(input);
  if (folded === "") return undefined;
  const key = nameKey(input);
  const closest = (names: readonly string[]) => {
    const ds = names.map((n) => boundedDistance(key, nameKey(n), Math.max(key.length, nameKey(n).length)));
    return names[ds.indexOf(Math.min(...ds))];
  };
  const exact = candidates.filter((c) => foldedKey(c) === folded);
  if (exact.length > 0) return closest(exact);
  const bound = Math.max(1, Math.floor(folded.length * 0.3));
  const ds = candidates.map((c) => boundedDistance(folded, foldedKey(c), bound));
  const best = Math.min(...ds);
  return best > bound ? undefined : closest(candidates.filter((_, i) => ds[i] === best));
}

const long = [
  "Trường Trung học cơ sở Nguyễn Văn Trỗi phường Xuân Khanh",
  "Trường Trung học cơ sở Nguyễn Văn Trỗi phường Trung Hưng",
  "Trường Trung học cơ sở Nguyễn Văn Trỗi xã Xuân Sơn",
  "Trường Trung học cơ sở Nguyễn Trãi phường Xuân Khanh",
  "Trường Tiểu học Nguyễn Văn Trỗi phường Xuân Khanh",
  "Trạm Y tế phường Xuân Khanh",
  "Trạm Y tế phường Trung Hưng",
  "Trạm Y tế xã Xuân Sơn",
  "Ban Chỉ huy Quân sự phường Xuân Khanh",
  "Xã Sơn Đông",
  "Xã Sơn Động",
];
const schools = [
  "Trường THCS Sơn Lộc",
  "Trường TH Sơn Lộc",
  "Trường THPT Tùng Thiện",
  "Trường MN Hoa Sen",
  "Trường TH Lê Lợi A",
  "Trường TH Lê Lợi B",
  "Trường THCS Lê Lợi",
];
const THCS_XUAN_KHANH = long[0];

describe("suggest on long names that differ in one word", () => {
  it.each([
    ["Trường Trung học cơ sở Nguyễn Văn Trỗi phường Xuân Khang", THCS_XUAN_KHANH],
    ["Trường Trung học cơ sở Nguyễn Văn Trỗi Xuân Khanh", THCS_XUAN_KHANH],
    ["Trường Trung học cơ sở Nguyễn Trải phường Xuân Khanh", long[3]],
    ["Trường Trung học cơ sở Nguyễn Văn Trỗi phường Trung Sơn", long[1]],
    ["Trường Trung học cơ sở Nguyễn Văn Trỗi xã Xuân Khanh", long[2]],
    ["Trạm Y tế phường Xuân Khánh", "Trạm Y tế phường Xuân Khanh"],
    ["Trạm Y tế phường Trung Sơn", "Trạm Y tế phường Trung Hưng"],
  ])("suggests for %j the name %j", (input, expected) => {
    expect(suggest(input, long)).toBe(expected);
  });
});

describe("suggest on names typed without diacritics", () => {
  it.each([
    ["Truong Trung hoc co so Nguyen Van Troi phuong Xuan Khanh", THCS_XUAN_KHANH],
    ["truong trung hoc co so nguyen van troi phuong xuan khan", THCS_XUAN_KHANH],
    ["Tram Y te xa Xuan Son", "Trạm Y tế xã Xuân Sơn"],
    ["Truong THPT Tung Thien", "Trường THPT Tùng Thiện"],
    ["Trường THCS Le Loi", "Trường THCS Lê Lợi"],
  ])("suggests for %j the name %j", (input, expected) => {
    expect(suggest(input, [...long, ...schools])).toBe(expected);
  });

  it("lets the marks typed decide between names equal without them", () => {
    expect(suggest("Xa Son Dong", long)).toBe("Xã Sơn Đông");
    expect(suggest("Xã Sơn Dông", long)).toBe("Xã Sơn Đông");
    expect(suggest("Xã Sơn Dộng", long)).toBe("Xã Sơn Động");
  });
});

describe("suggest on abbreviated names", () => {
  it.each([
    ["Trường THCB Sơn Lộc", "Trường THCS Sơn Lộc"],
    ["Truong TH Son Loc", "Trường TH Sơn Lộc"],
    ["Trường THPT Tùng Thiệm", "Trường THPT Tùng Thiện"],
    ["Truong MN Hoa Sn", "Trường MN Hoa Sen"],
    ["Trường TH Lê Lơi A", "Trường TH Lê Lợi A"],
    ["Trường TH Lê Lơi B", "Trường TH Lê Lợi B"],
  ])("suggests for %j the name %j", (input, expected) => {
    expect(suggest(input, schools)).toBe(expected);
  });

  it("keeps the catalogue's order between equally close names", () => {
    expect(suggest("Trường TH Lê Lợi C", schools)).toBe("Trường TH Lê Lợi A");
    expect(suggest("Trường TH Lê Lợi C", [...schools].reverse())).toBe("Trường TH Lê Lợi B");
  });
});

describe("suggest on names that should get no hint", () => {
  it.each([
    "Trung tâm Văn hóa Thông tin và Thể thao",
    "Trường Trung học phổ thông Tùng Thiện",
    "Hội Chữ thập đỏ phường Xuân Khanh",
    "THPT Sơn Tây",
  ])("suggests nothing for %j", (input) => {
    expect(suggest(input, [...long, ...schools])).toBeUndefined();
  });
});

describe("suggest with its index", () => {
  it("answers as measuring every candidate does, for realistic pastes", () => {
    const cases: [readonly string[], string[]][] = [
      [longUnitNames(), [...nearMisses(longUnitNames(), 150, 21), ...unknownUnits(50, 22)]],
      [abbreviatedSchoolNames(), nearMisses(abbreviatedSchoolNames(), 200, 23)],
    ];
    for (const [catalogue, inputs] of cases) {
      for (const input of inputs) expect(suggest(input, catalogue), input).toBe(reference(input, catalogue));
    }
  });

  it("answers as measuring every candidate does, ties included", () => {
    const word = fc.constantFrom("le", "lê", "lợi", "loi", "lai", "sơn", "son", "đông", "dong", "a", "b");
    const name = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 30 }), (input, candidates) => {
        expect(suggest(input, candidates)).toBe(reference(input, candidates));
      }),
      { numRuns: 1_000 },
    );
  });

  it("stays fast on 1 000 near misses of 400 long similar names", () => {
    const catalogue = longUnitNames();
    const inputs = [...nearMisses(catalogue, 800, 31), ...unknownUnits(200, 32)];
    const started = Date.now();
    for (const input of inputs) suggest(input, catalogue);
    // About 0.1 s on a laptop; the generous limit is for a loaded machine.
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
