import { describe, expect, it } from "vitest";
import { loadBundle } from "../../tools/gas-sandbox";

// Friday 28/02/2020 10:00 in Hà Nội.
const NOW = new Date("2020-02-28T03:00:00Z");
const hanoi = (iso: string) => new Date(`${iso}+07:00`);

const script = `
  var runs = [];
  function install() {
    var mine = ScriptApp.getProjectTriggers().filter(function (t) { return t.getHandlerFunction() === "remind"; });
    if (mine.length) return mine[0].getUniqueId();
    return ScriptApp.newTrigger("remind").timeBased().everyDays(1).atHour(7).inTimezone("Asia/Ho_Chi_Minh").create().getUniqueId();
  }
  function remind(e) {
    runs.push({ at: new Date().getTime(), who: Session.getActiveUser().getEmail(), e: JSON.parse(JSON.stringify(e)) });
  }
  function hourly() { ScriptApp.newTrigger("remind").timeBased().everyHours(6).create(); }
  function once(ms) { ScriptApp.newTrigger("remind").timeBased().at(new Date(ms)).create(); }
  function utcMorning() { ScriptApp.newTrigger("remind").timeBased().everyDays(1).atHour(7).inTimezone("Etc/UTC").create(); }
  function failing() { ScriptApp.newTrigger("boom").timeBased().everyDays(1).atHour(8).create(); }
  function boom() { throw new Error("hỏng"); }
  function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
  function describe() {
    return ScriptApp.getProjectTriggers().map(function (t) {
      return [t.getHandlerFunction(), t.getEventType() === ScriptApp.EventType.CLOCK, t.getTriggerSource() === ScriptApp.TriggerSource.CLOCK, typeof t.getUniqueId()];
    });
  }
  function runsSoFar() { return runs; }
  function tooMany() { try { for (var i = 0; i < 21; i++) hourly(); } catch (e) { return [i, String(e)]; } }`;

const at = (runs: unknown) => (runs as { at: number }[]).map((r) => new Date(r.at).toISOString());

describe("ScriptApp's time-driven triggers", () => {
  it("creates a trigger once and lists it with its handler, event type and source", () => {
    const sandbox = loadBundle(script, { now: NOW });
    const uid = sandbox.call("install");
    expect(sandbox.call("install")).toBe(uid);
    expect(sandbox.call("describe")).toEqual([["remind", true, true, "string"]]);
  });

  it("fires a daily trigger at its hour in its zone, once per day, with the clock at the due time", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("install");
    expect(sandbox.runTriggers(hanoi("2020-02-29T06:59:59"))).toEqual([]);
    const fired = sandbox.runTriggers(hanoi("2020-03-02T12:00:00"));
    expect(fired.map((f) => f.at)).toEqual([
      hanoi("2020-02-29T07:00:00"),
      hanoi("2020-03-01T07:00:00"),
      hanoi("2020-03-02T07:00:00"),
    ]);
    expect(at(sandbox.call("runsSoFar"))).toEqual(fired.map((f) => f.at.toISOString()));
    expect(sandbox.runTriggers(hanoi("2020-03-02T12:00:00"))).toEqual([]);
    expect(sandbox.services.clock.now()).toBe(hanoi("2020-03-02T12:00:00").getTime());
  });

  it("passes Apps Script's time-driven event object, its fields in UTC", () => {
    const sandbox = loadBundle(script, { now: NOW });
    const uid = sandbox.call("install");
    sandbox.runTriggers(hanoi("2020-02-29T08:00:00"));
    const [run] = sandbox.call("runsSoFar") as { e: unknown }[];
    expect(run?.e).toEqual({
      authMode: "FULL",
      triggerUid: uid,
      year: 2020,
      month: 2,
      "day-of-month": 29,
      "day-of-week": 6,
      "week-of-year": 9,
      hour: 0,
      minute: 0,
      second: 0,
      timezone: "UTC",
    });
  });

  it("runs the handler as the user who created the trigger", () => {
    const sandbox = loadBundle(script, { now: NOW, user: "admin@x.vn" });
    sandbox.call("install");
    sandbox.services.env.user = "clerk@x.vn";
    sandbox.services.env.reportedEmail = "clerk@x.vn";
    const [fired] = sandbox.runTriggers(hanoi("2020-02-29T08:00:00"));
    expect(fired?.user).toBe("admin@x.vn");
    expect((sandbox.call("runsSoFar") as { who: string }[])[0]?.who).toBe("admin@x.vn");
    expect(sandbox.services.env.user).toBe("clerk@x.vn");
  });

  it("lists only the current user's triggers", () => {
    const sandbox = loadBundle(script, { now: NOW, user: "admin@x.vn" });
    sandbox.call("install");
    sandbox.services.env.user = "clerk@x.vn";
    expect(sandbox.call("describe")).toEqual([]);
    sandbox.call("install");
    expect(sandbox.services.scriptApp.triggers).toHaveLength(2);
  });

  it("stops firing a deleted trigger", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("install");
    sandbox.call("removeAll");
    expect(sandbox.runTriggers(hanoi("2020-03-05T00:00:00"))).toEqual([]);
    expect(sandbox.call("describe")).toEqual([]);
  });

  it("fires every n hours from creation, and a one-time trigger once while it stays listed", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("hourly");
    sandbox.call("once", hanoi("2020-02-28T11:30:00").getTime());
    const fired = sandbox.runTriggers(hanoi("2020-02-28T22:00:00"));
    expect(fired.map((f) => f.at)).toEqual([
      hanoi("2020-02-28T11:30:00"),
      hanoi("2020-02-28T16:00:00"),
      hanoi("2020-02-28T22:00:00"),
    ]);
    expect(sandbox.call("describe")).toHaveLength(2);
  });

  it("reads atHour in the trigger's own time zone", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("utcMorning");
    const [fired] = sandbox.runTriggers(hanoi("2020-02-28T23:59:00"));
    expect(fired?.at).toEqual(new Date("2020-02-28T07:00:00Z")); // 14:00 in Hà Nội
  });

  it("records a handler's exception and goes on with the other triggers", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("failing");
    sandbox.call("install");
    const fired = sandbox.runTriggers(hanoi("2020-02-29T09:00:00"));
    expect(fired.map((f) => [f.handler, f.error])).toEqual([
      ["remind", undefined],
      ["boom", "Error: hỏng"],
    ]);
  });

  it("refuses a 21st trigger for one user with Google's message", () => {
    const sandbox = loadBundle(script, { now: NOW });
    expect(sandbox.call("tooMany")).toEqual([
      20,
      "Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.",
    ]);
  });

  it("counts ScriptApp.* and Trigger.* calls, not the builders", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("install");
    sandbox.call("install");
    expect(sandbox.services.calls.summary()).toEqual({
      "ScriptApp.getProjectTriggers": 2,
      "ScriptApp.newTrigger": 1,
      "Trigger.getHandlerFunction": 1,
      "Trigger.getUniqueId": 2,
    });
  });
});
