import { describe, expect, it } from "vitest";
import { clusterTabName } from "../../src/core/contract/workbook";
import {
  ADMIN,
  actAs,
  dump,
  HEAD3,
  individual,
  run,
  sidebarWorkbook,
  submission,
  UNIT3,
  UNIT4,
} from "./sidebar-workbook";

type Result = { ok: boolean; code?: string; message?: string };
const payload4 = submission(UNIT4, [individual("Nguyễn Văn Bốn")], null, "4");

describe("who may write through the sidebar", () => {
  it("refuses a cluster-3 head writing to cluster 4, and writes nothing", () => {
    const wb = sidebarWorkbook(HEAD3);
    const before = dump(wb);
    const result = run<Result>(wb, "submitRegistrations", payload4);
    expect(result).toMatchObject({ ok: false, code: "NOT_YOUR_CLUSTER" });
    expect(result.message).toContain("chỉ được đăng ký cho cụm mình phụ trách");
    expect(dump(wb)).toEqual(before);
  });

  it("refuses the head's own unit sent as another cluster's (unit of cluster 3 in cluster 4)", () => {
    const wb = sidebarWorkbook(HEAD3);
    const before = dump(wb);
    const result = run<Result>(wb, "submitRegistrations", {
      ...submission(UNIT3, [individual("A B")]),
      cluster: "4",
    });
    expect(result.ok).toBe(false);
    expect(dump(wb)).toEqual(before);
  });

  it("refuses an unknown user ('' e-mail) everywhere, says why and what the office can do, and writes nothing", () => {
    const wb = sidebarWorkbook("");
    const before = dump(wb);
    const locks = wb.sb.services.lock.requests.length;
    const ref = { cluster: "3", row: 2, fingerprint: "x" };
    const calls: [string, unknown][] = [
      ["getRegistrationContext", undefined],
      ["submitRegistrations", submission(UNIT3, [individual("Trần Văn Khách")])],
      ["updateRegistration", { ...ref, person: "X", position: "", title: "LĐTT", initiative: "" }],
      ["withdrawRegistration", ref],
    ];
    for (const [name, arg] of calls) {
      const result = run<Result>(wb, name, arg);
      expect(result, name).toMatchObject({ ok: false, code: "UNKNOWN_USER" });
      expect(result.message).toContain("Google không cho biết địa chỉ e-mail");
      expect(result.message).toContain("Phòng Nội vụ");
    }
    expect(dump(wb)).toEqual(before);
    expect(wb.sb.services.lock.requests).toHaveLength(locks);
  });

  it("refuses a known user who heads no cluster, naming the columns the office fills", () => {
    const wb = sidebarWorkbook("ai.do@example.com");
    const before = dump(wb);
    const result = run<Result>(wb, "submitRegistrations", submission(UNIT3, [individual("A B")]));
    expect(result).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(result.message).toContain("Email cụm trưởng");
    expect(run<Result>(wb, "getRegistrationContext")).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(dump(wb)).toEqual(before);
  });

  it("lets an admin write to any cluster", () => {
    const wb = sidebarWorkbook(ADMIN);
    const result = run<Result>(wb, "submitRegistrations", payload4);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(dump(wb)[clusterTabName("4")])).toContain("Nguyễn Văn Bốn");
  });

  it("offers a head only their clusters, and an admin all of them", () => {
    const wb = sidebarWorkbook(HEAD3);
    const ids = (r: { clusters: { id: string }[] }) => r.clusters.map((c) => c.id);
    expect(ids(run(wb, "getRegistrationContext"))).toEqual(["3"]);
    actAs(wb, "HEAD4@example.com");
    expect(ids(run(wb, "getRegistrationContext"))).toEqual(["4"]);
    actAs(wb, ADMIN);
    expect(ids(run(wb, "getRegistrationContext"))).toHaveLength(10);
  });
});
