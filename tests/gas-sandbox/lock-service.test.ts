import { describe, expect, it } from "vitest";
import { loadBundle } from "../../tools/gas-sandbox";

const script = `
  function submit(value) {
    var lock = LockService.getDocumentLock();
    if (!lock.tryLock(5000)) return "busy";
    try {
      var sheet = SpreadsheetApp.getActiveSheet();
      sheet.getRange(sheet.getLastRow() + 1, 1).setValue(value);
      return "ok";
    } finally { lock.releaseLock(); }
  }
  function waitThenWrite() {
    var lock = LockService.getDocumentLock();
    lock.waitLock(1000);
    lock.releaseLock();
  }`;

describe("the document lock", () => {
  it("fails tryLock while another process holds the lock", () => {
    const sandbox = loadBundle(script);
    sandbox.services.lock.holdBy("other");
    expect(sandbox.call("submit", "a")).toBe("busy");
    sandbox.services.lock.free();
    expect(sandbox.call("submit", "a")).toBe("ok");
  });

  it("throws Apps Script's timeout message from waitLock", () => {
    const sandbox = loadBundle(script);
    sandbox.services.lock.holdBy("other");
    expect(() => sandbox.call("waitThenWrite")).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
  });

  it("acquires once a foreign holder lets go within the timeout", () => {
    const sandbox = loadBundle(script);
    sandbox.services.lock.holdBy("other", { releaseAfterMs: 2000 });
    expect(sandbox.call("submit", "a")).toBe("ok");
  });

  it("interleaves another user's submission when the lock is requested", () => {
    const sandbox = loadBundle(script);
    const { lock, calls, spreadsheet } = sandbox.services;
    lock.beforeNextLock(() => {
      lock.runAs("other", () => lock.holdBy("other"));
    });
    expect(sandbox.call("submit", "mine")).toBe("busy");
    lock.free();
    lock.beforeNextLock(() => lock.runAs("other", () => sandbox.call("submit", "theirs")));
    calls.reset();
    expect(sandbox.call("submit", "mine")).toBe("ok");
    expect(calls.untracked(() => spreadsheet.getActiveSheet().getRange("A1:A2").getValues())).toEqual([
      ["theirs"],
      ["mine"],
    ]);
    expect(lock.requests.map((r) => r.owner)).toEqual(["me", "me", "other"]);
    expect(lock.grants).toEqual(["other", "me"]);
    expect(calls.methods.filter((m) => m.startsWith("Lock."))).toEqual([
      "Lock.tryLock",
      "Lock.tryLock",
      "Lock.releaseLock",
      "Lock.releaseLock",
    ]);
  });
});
