import { describe, expect, it } from "vitest";
import { readEmails } from "../../../src/core/access/emails";

describe("reading an e-mail cell as people write it", () => {
  it.each([
    ["noivu@sontay.vn", ["noivu@sontay.vn"]],
    ["Phòng Nội vụ <noivu@sontay.vn>", ["noivu@sontay.vn"]],
    ["mailto:noivu@sontay.vn", ["noivu@sontay.vn"]],
    ["Nguyễn Văn A (a.nguyen@sontay.vn)", ["a.nguyen@sontay.vn"]],
    ["a@x.vn; b@y.vn", ["a@x.vn", "b@y.vn"]],
    ["a@x.vn, b@y.vn", ["a@x.vn", "b@y.vn"]],
    ["a@x.vn\nb@y.vn\r\nc@z.vn", ["a@x.vn", "b@y.vn", "c@z.vn"]],
    ["a@x.vn b@y.vn", ["a@x.vn", "b@y.vn"]],
    ["  NoiVu@SonTay.VN  ", ["noivu@sontay.vn"]],
    ['"Nguyễn, Văn A" <a@x.vn>; Phòng Nội vụ <MAILTO:b@y.vn>', ["a@x.vn", "b@y.vn"]],
    ["a@x.vn, A@X.VN", ["a@x.vn"]],
    ["cumtruong.3+thidua@sub.sontay.gov.vn.", ["cumtruong.3+thidua@sub.sontay.gov.vn"]],
  ])("finds the addresses of %j", (cell, emails) => {
    expect(readEmails(cell)).toEqual({ emails, notEmails: [] });
  });

  it("finds none, and nothing wrong, in a blank cell", () => {
    for (const cell of ["", "   ", null, undefined])
      expect(readEmails(cell)).toEqual({ emails: [], notEmails: [] });
  });

  it("names a part that holds text but no address, keeping the addresses of the others", () => {
    expect(readEmails("Phòng Nội vụ")).toEqual({ emails: [], notEmails: ["Phòng Nội vụ"] });
    expect(readEmails("a@x.vn; Nguyễn Văn B; c@z.vn")).toEqual({
      emails: ["a@x.vn", "c@z.vn"],
      notEmails: ["Nguyễn Văn B"],
    });
  });

  it("names a word with @ that is no address, and never reads part of it as one", () => {
    expect(readEmails("a@b")).toEqual({ emails: [], notEmails: ["a@b"] });
    expect(readEmails("a@x.vn b@")).toEqual({ emails: ["a@x.vn"], notEmails: ["b@"] });
    expect(readEmails("nguyễn@x.vn")).toEqual({ emails: [], notEmails: ["nguyễn@x.vn"] });
  });
});
