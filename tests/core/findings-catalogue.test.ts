import { describe, expect, it } from "vitest";
import { FINDING_CODES } from "../../src/core/findings/catalogue";
import { SEVERITY } from "../../src/core/findings/finding";
import { GUIDE_ROWS } from "../../src/core/template/guide";
import { markdownTableRows, readShared } from "./template/shared-docs";

describe("the finding code table of the guide", () => {
  it("lists every code of RULES.md with its severity", (ctx) => {
    const rules = readShared("product/RULES.md");
    if (rules === null) return ctx.skip();
    const fromRules = markdownTableRows(rules)
      .filter((r) => /^[A-Z]{2}\d{2}$/.test(r[0] ?? ""))
      .map((r) => ({ code: r[0], severity: r[1] }));
    expect(fromRules.length).toBeGreaterThan(40);
    const listed = new Map<string, string>(FINDING_CODES.map((f) => [f.code, f.severity]));
    for (const { code, severity } of fromRules) {
      expect(listed.get(code ?? ""), `${code}`).toBe(severity);
    }
    expect(FINDING_CODES.map((f) => f.code)).toEqual(fromRules.map((r) => r.code));
  });

  it("has unique codes, known severities and a summary for each", () => {
    const severities: readonly string[] = Object.values(SEVERITY);
    expect(new Set(FINDING_CODES.map((f) => f.code)).size).toBe(FINDING_CODES.length);
    for (const f of FINDING_CODES) {
      expect(severities).toContain(f.severity);
      expect(f.summary.length, f.code).toBeGreaterThan(10);
    }
  });

  it("appears in the guide, one row per code", () => {
    for (const f of FINDING_CODES) {
      expect(GUIDE_ROWS.filter((r) => r[0]?.startsWith(`${f.code} `))).toHaveLength(1);
    }
  });
});
