import { describe, expect, it } from "vitest";
import { asOfOption, readCommandLine, UsageError } from "../../tools/cli/command-line";
import { parseArgs as parseNewYear } from "../../tools/new-year/args";

const OPTIONS = { out: { type: "string" }, json: { type: "boolean" } } as const;
const USAGE = "Cách dùng: thử";

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error("no UsageError");
}

describe("readCommandLine: node:util's parser, its errors in Vietnamese", () => {
  it("reads options and positionals", () => {
    const { values, positionals } = readCommandLine(["a.xlsx", "--out", "b.xlsx", "--json"], OPTIONS, USAGE);
    expect([values.out, values.json, positionals]).toEqual(["b.xlsx", true, ["a.xlsx"]]);
  });

  it.each([
    [["--bogus"], "Không hiểu tùy chọn '--bogus'."],
    [["--out"], "Thiếu giá trị sau --out."],
    [["--json=có"], "Tùy chọn --json không nhận giá trị."],
  ])("%j → %s, then the usage", (argv, first) => {
    expect(refusal(() => readCommandLine(argv, OPTIONS, USAGE)).split("\n")).toEqual([first, USAGE]);
  });

  it("--as-of is read as Ngày tham chiếu is, and written back as dd/mm/yyyy", () => {
    expect(asOfOption("1/3/2020")).toBe("01/03/2020");
    expect(refusal(() => asOfOption("31/02/2020"))).toContain("sau --as-of không hợp lệ");
  });
});

describe("npm run new-year's command line", () => {
  it("takes one book and --out", () => {
    expect(parseNewYear(["2020.xlsx", "--out", "2021.xlsx"])).toEqual({
      file: "2020.xlsx",
      out: "2021.xlsx",
    });
  });

  it.each([
    [["2020.xlsx"], "Cần --out: tệp sổ năm sau."],
    [["2020.xlsx", "--out"], "Thiếu giá trị sau --out."],
    [["--out", "2021.xlsx"], "Cần đúng một tệp .xlsx của năm nay."],
    [
      ["2020.xlsx", "--out", "./2020.xlsx"],
      "Tệp sổ năm sau (--out) phải khác tệp năm nay: tệp gốc không bao giờ bị ghi đè.",
    ],
    [["2020.xlsx", "--out", "2021.xlsx", "--as-of", "1/1/2021"], "Không hiểu tùy chọn '--as-of'."],
  ])("%j is refused: %s", (argv, first) => {
    expect(refusal(() => parseNewYear(argv)).split("\n")[0]).toBe(first);
  });
});
