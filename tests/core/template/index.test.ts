import { describe, expect, it } from "vitest";
import { HEADERS, TAB, TITLE } from "../../../src/core/contract/workbook";
import {
  TEMPLATE,
  TEMPLATE_TABS,
  templateAlternateKeyHeaders,
  templateKeyHeader,
} from "../../../src/core/template/index";
import { SETUP_TEMPLATE } from "../../../src/core/template/setup-template";

describe("the template index", () => {
  it("keys the template by the six setup tabs it fills", () => {
    expect(Object.keys(TEMPLATE).sort()).toEqual(
      [TAB.config, TAB.clusters, TAB.titles, TAB.criteria, TAB.campaigns, TAB.timeline].sort(),
    );
  });

  it("names for each tab a key header of the contract that is unique across the template rows", () => {
    for (const tab of TEMPLATE_TABS) {
      const keys = [templateKeyHeader[tab], ...(templateAlternateKeyHeaders[tab] ?? [])];
      for (const key of keys) {
        expect(HEADERS[tab]).toContain(key);
        const values = TEMPLATE[tab].map((r) => r[key]);
        expect(new Set(values).size, `${tab} / ${key}`).toBe(values.length);
        expect(values).not.toContain("");
      }
    }
  });

  it("also matches titles by their abbreviation", () => {
    expect(templateAlternateKeyHeaders[TAB.titles]).toEqual([TITLE.abbreviation]);
  });

  it("hands the setup action the same rows, keys and guide", () => {
    expect(SETUP_TEMPLATE.rows).toBe(TEMPLATE);
    expect(SETUP_TEMPLATE.keys[TAB.titles]).toEqual([TITLE.name, TITLE.abbreviation]);
    expect(SETUP_TEMPLATE.guide.length).toBeGreaterThan(40);
  });
});
