import { describe, expect, it } from "vitest";
import { createServices, loadBundle } from "../../tools/gas-sandbox";

const OWNER = "owner@x.vn";
const PROTECTED = "You are trying to edit a protected cell or object.";

// A per-cluster access policy: each cluster head edits only their cluster's rows.
const script = `
  function policy() {
    var sheet = SpreadsheetApp.getActive().getSheetByName("Đăng ký");
    [["A2:C3", "cum1@x.vn"], ["A4:C5", "cum2@x.vn"]].forEach(function (p) {
      var protection = sheet.getRange(p[0]).protect().setDescription("Cụm " + p[1]);
      protection.removeEditors(protection.getEditors());
      protection.addEditor(p[1]);
      if (protection.canDomainEdit()) protection.setDomainEdit(false);
    });
  }
  function write(a1, value) { SpreadsheetApp.getActive().getSheetByName("Đăng ký").getRange(a1).setValue(value); }
  function editors(i) {
    return SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE)[i]
      .getEditors().map(function (u) { return u.getEmail(); }).sort();
  }`;

const bundle = (user = OWNER) => loadBundle(script, { tabs: { "Đăng ký": [] }, owner: OWNER, user });
const as = (sandbox: ReturnType<typeof bundle>, user: string) => {
  sandbox.services.env.user = user;
  sandbox.services.env.reportedEmail = user;
};

describe("protections for a per-cluster access policy", () => {
  it("lets each cluster head write their own rows only, with the protected-cell exception elsewhere", () => {
    const sandbox = bundle();
    sandbox.call("policy");
    as(sandbox, "cum1@x.vn");
    sandbox.call("write", "B2", "GD1");
    expect(() => sandbox.call("write", "B4", "GD1")).toThrow(PROTECTED);
    as(sandbox, "cum2@x.vn");
    sandbox.call("write", "B4", "GD2");
    expect(() => sandbox.call("write", "B3", "x")).toThrow(PROTECTED);
    sandbox.call("write", "B7", "unprotected row");
  });

  it("keeps the owner and the user who ran the script as editors when they are removed", () => {
    const sandbox = bundle("admin@x.vn");
    sandbox.call("policy");
    expect(sandbox.call("editors", 0)).toEqual(["admin@x.vn", "cum1@x.vn", OWNER]);
    as(sandbox, OWNER);
    sandbox.call("write", "A2", "owner writes anywhere");
    as(sandbox, "admin@x.vn");
    sandbox.call("write", "A4", "so does the admin");
  });

  it("mirrors the spreadsheet's permissions until the script changes a protection's editors", () => {
    const { spreadsheet, env } = createServices({ tabs: { A: [] }, owner: OWNER, user: OWNER });
    const protection = spreadsheet.getSheetByName("A")!.getRange("A1:B2").protect();
    env.user = "clerk@x.vn";
    expect(protection.canEdit()).toBe(true);
    spreadsheet.getSheetByName("A")!.getRange("A1").setValue("still editable");
    env.user = OWNER;
    protection.removeEditor("clerk@x.vn");
    env.user = "clerk@x.vn";
    expect(protection.canEdit()).toBe(false);
    expect(() => spreadsheet.getSheetByName("A")!.getRange("A1").setValue("x")).toThrow(PROTECTED);
  });

  it("clears the editors of a warning-only protection, which blocks no one", () => {
    const { spreadsheet, env } = createServices({ tabs: { A: [] }, owner: OWNER, user: OWNER });
    const protection = spreadsheet
      .getSheetByName("A")!
      .protect()
      .removeEditors(["clerk@x.vn"])
      .setWarningOnly(true);
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection.getEditors()).toEqual([]);
    env.user = "clerk@x.vn";
    expect(protection.canEdit()).toBe(true);
    spreadsheet.getSheetByName("A")!.getRange("A1").setValue("warned, not blocked");
    env.user = OWNER;
    protection.setWarningOnly(false);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
  });

  it("lets users of the owner's domain edit when domain edit is on", () => {
    const { spreadsheet, env } = createServices({ tabs: { A: [] }, owner: OWNER, user: OWNER });
    const protection = spreadsheet.getSheetByName("A")!.getRange("A1").protect().removeEditors(["x@x.vn"]);
    expect(protection.canDomainEdit()).toBe(false);
    protection.setDomainEdit(true);
    env.user = "colleague@x.vn";
    expect(protection.canEdit()).toBe(true);
    env.user = "outsider@gmail.com";
    expect(protection.canEdit()).toBe(false);
  });

  it("leaves a sheet protection's unprotected ranges open to everyone", () => {
    const { spreadsheet, env } = createServices({ tabs: { A: [] }, owner: OWNER, user: OWNER });
    const sheet = spreadsheet.getSheetByName("A")!;
    sheet
      .protect()
      .setUnprotectedRanges([sheet.getRange("C2:C10")] as never)
      .removeEditors(["clerk@x.vn"]);
    env.user = "clerk@x.vn";
    sheet.getRange("C2:C3").setValues([["a"], ["b"]]);
    expect(() => sheet.getRange("B2:C2").setValues([["a", "b"]])).toThrow(PROTECTED);
  });

  it("lists protections by type on the sheet and the spreadsheet, and stops blocking once removed", () => {
    const { spreadsheet, env } = createServices({ tabs: { A: [], B: [] }, owner: OWNER, user: OWNER });
    const a = spreadsheet.getSheetByName("A")!;
    expect(a.protect()).toBe(a.protect());
    const r1 = a.getRange("A1:A2").protect().removeEditors(["clerk@x.vn"]);
    a.getRange("A1:A2").protect();
    spreadsheet.getSheetByName("B")!.getRange("A1").protect();
    expect(a.getProtections("RANGE" as never)).toHaveLength(2);
    expect(a.getProtections("SHEET" as never)).toHaveLength(1);
    expect(spreadsheet.getProtections("RANGE" as never)).toHaveLength(3);
    expect(r1.getRange().getA1Notation()).toBe("A1:A2");
    expect(r1.getRange().getSheet().getName()).toBe("A");
    a.getProtections("SHEET" as never)[0]?.remove();
    env.user = "clerk@x.vn";
    expect(() => a.getRange("A1").setValue("x")).toThrow(PROTECTED);
    env.user = OWNER;
    r1.remove();
    env.user = "clerk@x.vn";
    a.getRange("A1").setValue("x");
  });
});

describe("spreadsheet sharing", () => {
  it("reports the owner, lists editors and adds or removes them", () => {
    const sandbox = loadBundle(
      `function share() {
        var ss = SpreadsheetApp.getActive();
        ss.addEditor("cum1@x.vn").addEditors(["cum2@x.vn", "cum3@x.vn"]).removeEditor("cum3@x.vn");
        return [ss.getOwner().getEmail(), ss.getEditors().map(function (u) { return u.getEmail(); })];
      }`,
      { owner: OWNER },
    );
    expect(sandbox.call("share")).toEqual([OWNER, [OWNER, "cum1@x.vn", "cum2@x.vn"]]);
  });

  it("gives new protections the spreadsheet's editors", () => {
    const { spreadsheet } = createServices({ tabs: { A: [] }, owner: OWNER, user: OWNER });
    spreadsheet.addEditor("cum1@x.vn");
    const emails = spreadsheet
      .getSheetByName("A")!
      .getRange("A1")
      .protect()
      .getEditors()
      .map((u) => u.getEmail());
    expect(emails.sort()).toEqual(["cum1@x.vn", OWNER]);
  });
});
