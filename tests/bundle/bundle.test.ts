import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadBundle, type MenuEntry } from "../../tools/gas-sandbox";
import { BUNDLE, sandbox } from "../helpers/bundle";

const items = (entries: MenuEntry[]): { caption: string; functionName: string }[] =>
  entries.flatMap((e) => (e.type === "item" ? [e] : e.type === "submenu" ? items(e.entries) : []));

describe("the built bundle", () => {
  // Apps Script loads the whole file on every call: `npm run bench` prints what that costs.
  it("stays under 300 KB", () => {
    expect(statSync(BUNDLE).size).toBeLessThan(300 * 1024);
  });

  it("loads in the Apps Script sandbox without touching a missing global", () => {
    const sb = sandbox();
    expect(sb.has("onOpen")).toBe(true);
    expect(sb.services.logs.entries).toEqual([]);
  });

  it("declares every public entry point as a top-level function", () => {
    const code = readFileSync(BUNDLE, "utf8");
    for (const name of ["onOpen", "onInstall", "onEdit", "setupWorkbook", "checkData"]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
    }
  });

  it("registers the menu Thi đua – Khen thưởng whose every item runs a top-level function", () => {
    const sb = sandbox();
    sb.call("onOpen");
    const menu = sb.services.ui.menus.find((m) => m.caption === "Thi đua – Khen thưởng");
    expect(menu).toBeDefined();
    const all = items(menu?.entries ?? []);
    expect(all.map((i) => i.caption)).toContain("Khởi tạo / cập nhật bảng tính");
    expect(all.map((i) => i.caption)).toContain("Kiểm tra dữ liệu");
    for (const item of all) expect(sb.has(item.functionName), item.functionName).toBe(true);
  });

  it("is the kind of script the sandbox rejects when it calls setTimeout", () => {
    const bad = `${readFileSync(BUNDLE, "utf8")}\nfunction later() { setTimeout(function () {}, 1); }\n`;
    const sb = loadBundle(bad);
    expect(() => sb.call("later")).toThrow(/setTimeout is not defined/);
  });
});
