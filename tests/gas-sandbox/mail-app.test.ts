import { describe, expect, it } from "vitest";
import { loadBundle } from "../../tools/gas-sandbox";

const NOW = new Date("2020-02-28T03:00:00Z"); // 10:00 in Hà Nội
const script = `
  function simple(to) { MailApp.sendEmail(to, "Nhắc hạn", "Còn 3 ngày"); }
  function withOptions() { MailApp.sendEmail("a@x.vn", "Chủ đề", "văn bản", { cc: "b@x.vn, c@x.vn", htmlBody: "<b>html</b>", name: "Sổ thi đua" }); }
  function asObject() { MailApp.sendEmail({ to: "a@x.vn", bcc: "d@x.vn", subject: "S", body: "B", replyTo: "nv@x.vn" }); }
  function legacy() { MailApp.sendEmail("a@x.vn", "reply@x.vn", "S", "B"); }
  function left() { return MailApp.getRemainingDailyQuota(); }
  function caught(fn) { try { fn(); } catch (e) { return String(e); } }
  function noRecipient() { return caught(function () { MailApp.sendEmail({ to: "", subject: "S", body: "B" }); }); }
  function badAddress() { return caught(function () { simple("not an address"); }); }
  function overQuota() { return caught(function () { simple("a@x.vn"); }); }`;

describe("MailApp", () => {
  it("records a mail sent with recipient, subject and body, timed by the sandbox clock", () => {
    const sandbox = loadBundle(script, { now: NOW, user: "nv@x.vn" });
    sandbox.call("simple", "a@x.vn");
    expect(sandbox.services.mail.sent).toEqual([
      {
        to: ["a@x.vn"],
        cc: [],
        bcc: [],
        subject: "Nhắc hạn",
        body: "Còn 3 ngày",
        attachments: [],
        from: "nv@x.vn",
        time: NOW,
      },
    ]);
  });

  it("reads options, the message object and the (to, replyTo, subject, body) form", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("withOptions");
    sandbox.call("asObject");
    sandbox.call("legacy");
    const [a, b, c] = sandbox.services.mail.sent;
    expect(a).toMatchObject({
      to: ["a@x.vn"],
      cc: ["b@x.vn", "c@x.vn"],
      htmlBody: "<b>html</b>",
      name: "Sổ thi đua",
    });
    expect(b).toMatchObject({ to: ["a@x.vn"], bcc: ["d@x.vn"], subject: "S", body: "B", replyTo: "nv@x.vn" });
    expect(c).toMatchObject({ to: ["a@x.vn"], replyTo: "reply@x.vn", subject: "S", body: "B" });
  });

  it("spends the daily quota per recipient", () => {
    const sandbox = loadBundle(script, { now: NOW });
    expect(sandbox.call("left")).toBe(100);
    sandbox.call("withOptions");
    expect(sandbox.call("left")).toBe(97);
  });

  it("refuses to send over quota with Google's message, and resets the next sandbox day", () => {
    const sandbox = loadBundle(script, { now: NOW, mailQuota: 2 });
    sandbox.call("simple", "a@x.vn");
    sandbox.call("simple", "b@x.vn");
    expect(sandbox.call("overQuota")).toBe("Exception: Service invoked too many times for one day: email.");
    expect(sandbox.services.mail.sent).toHaveLength(2);
    sandbox.setNow(new Date("2020-02-28T16:59:59Z"));
    expect(sandbox.call("left")).toBe(0);
    sandbox.setNow(new Date("2020-02-28T17:00:00Z")); // midnight in Hà Nội
    expect(sandbox.call("left")).toBe(2);
    expect(sandbox.call("overQuota")).toBeUndefined();
  });

  it("refuses a mail without recipient or with an invalid address", () => {
    const sandbox = loadBundle(script, { now: NOW });
    expect(sandbox.call("noRecipient")).toBe("Exception: Failed to send email: no recipient");
    expect(sandbox.call("badAddress")).toBe("Exception: Invalid email: not an address");
    expect(sandbox.services.mail.sent).toEqual([]);
  });

  it("counts calls as MailApp.*", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("simple", "a@x.vn");
    sandbox.call("left");
    expect(sandbox.services.calls.methods).toEqual(["MailApp.sendEmail", "MailApp.getRemainingDailyQuota"]);
  });
});
