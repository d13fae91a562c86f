import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../../tools/gas-sandbox";

describe("PropertiesService", () => {
  it("stores strings and refuses a value over 9 KB", () => {
    const sandbox = loadBundle(`
      function save(n) { PropertiesService.getDocumentProperties().setProperty("k", new Array(n + 1).join("x")); }
      function read() { return PropertiesService.getDocumentProperties().getProperty("k"); }
      function missing() { return PropertiesService.getScriptProperties().getProperty("nope"); }`);
    sandbox.call("save", 9 * 1024);
    expect(String(sandbox.call("read")).length).toBe(9216);
    expect(() => sandbox.call("save", 9 * 1024 + 1)).toThrow("Argument too large: value");
    expect(sandbox.call("missing")).toBeNull();
  });
});

describe("Session and Utilities", () => {
  it("reports a configurable active user, possibly ''", () => {
    const sandbox = loadBundle("function who() { return Session.getActiveUser().getEmail(); }", {
      reportedEmail: "",
    });
    expect(sandbox.call("who")).toBe("");
  });

  it("reports the user the script runs as as the effective user, also in a trigger", () => {
    const sandbox = loadBundle(
      `function me() { return Session.getEffectiveUser().getEmail(); }
       function install() { ScriptApp.newTrigger("record").timeBased().everyHours(1).create(); }
       var seen = [];
       function record() { seen.push(me()); }
       function log() { return seen; }`,
      { user: "clerk@x.vn", owner: "owner@x.vn", now: new Date("2020-02-28T03:00:00Z") },
    );
    expect(sandbox.call("me")).toBe("clerk@x.vn");
    sandbox.call("install");
    sandbox.services.env.user = "someone@x.vn";
    sandbox.runTriggers(new Date("2020-02-28T04:00:00Z"));
    expect(sandbox.call("log")).toEqual(["clerk@x.vn"]);
  });

  it("formats dates in a given zone", () => {
    const sandbox = loadBundle(
      "function f() { return Utilities.formatDate(new Date(Date.UTC(2020, 1, 27, 17, 5, 9)), 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm:ss'); }",
    );
    expect(sandbox.call("f")).toBe("28/02/2020 00:05:09");
  });
});

describe("HtmlService", () => {
  const dir = mkdtempSync(join(tmpdir(), "gas-html-"));
  writeFileSync(
    join(dir, "Code.js"),
    `
    function page(name) { var t = HtmlService.createTemplateFromFile("Sidebar"); t.name = name; return t.evaluate().setTitle("Sổ").getContent(); }
    function raw() { return HtmlService.createHtmlOutputFromFile("Plain").getContent(); }
    function greeting() { return "chào"; }`,
  );
  writeFileSync(
    join(dir, "Sidebar.html"),
    "<p><?= name ?></p><?!= '<b>' + greeting() + '</b>' ?><? for (var i = 0; i < 2; i++) { ?>.<? } ?>",
  );
  writeFileSync(join(dir, "Plain.html"), "<p>plain</p>");

  it("escapes <?= ?>, prints <?!= ?> raw and runs <? ?> scriptlets with template properties in scope", () => {
    const sandbox = loadBundle(join(dir, "Code.js"));
    expect(sandbox.call("page", '<img src=x onerror="a">')).toBe(
      "<p>&lt;img src=x onerror=&quot;a&quot;&gt;</p><b>chào</b>..",
    );
  });

  it("reads HTML files next to the bundle", () => {
    expect(loadBundle(join(dir, "Code.js")).call("raw")).toBe("<p>plain</p>");
  });
});

describe("the Ui", () => {
  it("records menus as a tree a test can read", () => {
    const sandbox = loadBundle(`
      function onOpen() {
        var ui = SpreadsheetApp.getUi();
        ui.createMenu("Sổ thi đua")
          .addItem("Kiểm tra", "checkAll")
          .addSeparator()
          .addSubMenu(ui.createMenu("Báo cáo").addItem("Tổng hợp", "report"))
          .addToUi();
      }`);
    sandbox.call("onOpen");
    expect(sandbox.services.ui.menus).toEqual([
      {
        caption: "Sổ thi đua",
        addon: false,
        entries: [
          { type: "item", caption: "Kiểm tra", functionName: "checkAll" },
          { type: "separator" },
          {
            type: "submenu",
            caption: "Báo cáo",
            entries: [{ type: "item", caption: "Tổng hợp", functionName: "report" }],
          },
        ],
      },
    ]);
  });

  it("records alerts and answers them as scripted", () => {
    const sandbox = loadBundle(`
      function ask() { var ui = SpreadsheetApp.getUi(); return ui.alert("Xoá?", "Chắc chưa?", ui.ButtonSet.YES_NO) == ui.Button.YES; }`);
    sandbox.services.ui.alertAnswers.push("NO");
    expect(sandbox.call("ask")).toBe(false);
    expect(sandbox.call("ask")).toBe(false);
    expect(sandbox.services.ui.alerts[0]).toEqual({ title: "Xoá?", prompt: "Chắc chưa?", buttons: "YES_NO" });
  });
});

describe("protections", () => {
  it("block edits by a user who is not an editor, as menus run as the user at the keyboard", () => {
    const sandbox = loadBundle(
      `function lock() { SpreadsheetApp.getActive().getSheetByName("A").protect().setDescription("khoá").removeEditors(["clerk@x.vn"]); }
       function write() { SpreadsheetApp.getActive().getSheetByName("A").getRange("A1").setValue("x"); }`,
      { tabs: { A: [] }, owner: "owner@x.vn", user: "owner@x.vn" },
    );
    sandbox.call("lock");
    const { env, spreadsheet } = sandbox.services;
    expect(
      spreadsheet
        .getSheetByName("A")!
        .getProtections("SHEET" as never)[0]
        ?.getDescription(),
    ).toBe("khoá");
    env.user = "clerk@x.vn";
    expect(() => sandbox.call("write")).toThrow("You are trying to edit a protected cell or object.");
    env.user = "owner@x.vn";
    sandbox.call("write");
  });
});
