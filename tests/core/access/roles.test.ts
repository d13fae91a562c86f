import { describe, expect, it } from "vitest";
import { refusalFor } from "../../../src/core/access/policy";
import { type Role, type Roster, roleOf } from "../../../src/core/access/roles";
import type { Cluster } from "../../../src/core/plan/types";

const cluster = (id: string, headEmails: string[]): Cluster => ({
  id,
  key: id,
  name: `Cụm ${id}`,
  collectiveOnly: false,
  unitTypes: [],
  unitTypeLabels: [],
  ownDeadline: null,
  headUnit: "",
  headEmails,
  row: Number(id) + 1,
});
const ADMIN = "noivu@x.vn";
const OWNER = "owner@x.vn";
const roster = (admins: string[] = [ADMIN]): Roster => ({
  admins,
  clusters: [cluster("3", ["head3@x.vn", "both@x.vn"]), cluster("4", ["head4@x.vn", "both@x.vn"])],
});
const ownerIs = (email: string) => () => email;
const kind = (r: Role) => (r.kind === "head" ? `head ${r.clusters.map((c) => c.id).join(",")}` : r.kind);

describe("the access policy", () => {
  it("makes an admin of an e-mail in Email quản trị, whatever its case or spaces", () => {
    expect(kind(roleOf(roster(), " NoiVu@X.vn ", ownerIs(OWNER)))).toBe("admin");
  });

  it("makes the head of every cluster whose Email cụm trưởng holds the e-mail", () => {
    expect(kind(roleOf(roster(), "head3@x.vn", ownerIs(OWNER)))).toBe("head 3");
    expect(kind(roleOf(roster(), "both@x.vn", ownerIs(OWNER)))).toBe("head 3,4");
  });

  it("makes nobody of a stranger, and of a user whose e-mail Google did not reveal", () => {
    expect(kind(roleOf(roster(), "ai@x.vn", ownerIs(OWNER)))).toBe("none");
    expect(kind(roleOf(roster(), "", ownerIs(OWNER)))).toBe("none");
  });

  it("makes the owner an admin only while Email quản trị holds no valid address", () => {
    expect(roleOf(roster([]), OWNER, ownerIs(OWNER))).toMatchObject({ kind: "admin", asOwner: true });
    expect(kind(roleOf(roster(), OWNER, ownerIs(OWNER)))).toBe("none");
    expect(kind(roleOf(roster([]), "", ownerIs("")))).toBe("none");
  });

  it("asks for the owner only when it needs to", () => {
    let asked = 0;
    const owner = () => {
      asked++;
      return OWNER;
    };
    roleOf(roster(), ADMIN, owner);
    roleOf(roster(), "head3@x.vn", owner);
    roleOf(roster(), "", owner);
    expect(asked).toBe(0);
    roleOf(roster([]), "head3@x.vn", owner);
    expect(asked).toBe(1);
  });
});

describe("the refusals", () => {
  const role = (email: string, admins?: string[]) => roleOf(roster(admins), email, ownerIs(OWNER));

  it("lets an admin run everything and a head what a member may", () => {
    expect(refusalFor(role(ADMIN), "admin", "X")).toBeNull();
    expect(refusalFor(role("head3@x.vn"), "member", "X")).toBeNull();
  });

  it("tells a head that the action is the office's, naming their account and their clusters", () => {
    const r = refusalFor(role("head3@x.vn"), "admin", "Phân quyền");
    expect(r?.code).toBe("ADMIN_ONLY");
    expect(r?.message).toContain("Chỉ cán bộ Phòng Nội vụ");
    expect(r?.message).toContain("'Phân quyền'");
    expect(r?.message).toContain("head3@x.vn là cụm trưởng cụm 3");
  });

  it("tells a stranger their account is in neither list", () => {
    const r = refusalFor(role("ai@x.vn"), "member", "Kiểm tra dữ liệu");
    expect(r?.code).toBe("NOT_ALLOWED");
    expect(r?.message).toContain("Tài khoản ai@x.vn không có tên trong mục 'Email quản trị'");
  });

  it("says Google did not reveal the e-mail", () => {
    const r = refusalFor(role(""), "member", "Kiểm tra dữ liệu");
    expect(r?.code).toBe("UNKNOWN_USER");
    expect(r?.message).toContain("Google không cho biết địa chỉ e-mail");
  });

  it("tells anyone but the owner that only the owner may, while no admin is set", () => {
    const r = refusalFor(role("ai@x.vn", []), "admin", "Khởi tạo / cập nhật bảng tính");
    expect(r?.code).toBe("OWNER_ONLY");
    expect(r?.message).toContain("chỉ chủ sở hữu bảng tính");
    expect(r?.message).toContain("Tài khoản của bạn: ai@x.vn");
  });
});
