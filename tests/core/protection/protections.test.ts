import { describe, expect, it } from "vitest";
import type { Roster } from "../../../src/core/access/roles";
import type { Cluster } from "../../../src/core/plan/types";
import { protectionChanges, type TabProtectionState } from "../../../src/core/protection/changes";
import { PROTECTION_MARK, wantedProtections } from "../../../src/core/protection/wanted";

const cluster = (id: string, headEmails: string[]): Cluster => ({
  id,
  key: id,
  name: "",
  collectiveOnly: false,
  unitTypes: [],
  unitTypeLabels: [],
  ownDeadline: null,
  headUnit: "",
  headEmails,
  row: 2,
});
const plan: Roster = { admins: ["noivu@x.vn"], clusters: [cluster("3", ["c3@x.vn"]), cluster("GD1", [])] };
const KEEP = ["owner@x.vn", "noivu@x.vn"];

describe("the protections Phân quyền wants", () => {
  it("gives each tab its editors by what it is, and leaves the office's own tabs out", () => {
    const tabs = [
      "Cụm 3",
      "điểm cụm 3",
      "Cụm GD1",
      "Cụm 11",
      "Cấu hình",
      "BC Kiểm tra",
      "Nhật ký",
      "Ghi chép riêng",
    ];
    const wanted = wantedProtections(plan, tabs);
    const of = (tab: string) => wanted.find((w) => w.tab === tab);
    expect(of("Cụm 3")?.editors).toEqual(["c3@x.vn", "noivu@x.vn"]);
    expect(of("điểm cụm 3")?.editors).toEqual(["c3@x.vn", "noivu@x.vn"]);
    expect(of("Cụm GD1")?.editors).toEqual(["noivu@x.vn"]);
    expect(of("Cụm 11")?.description).toContain("không thuộc cụm nào");
    expect(of("Cấu hình")?.editors).toEqual(["noivu@x.vn"]);
    expect(of("BC Kiểm tra")?.editors).toEqual(["noivu@x.vn"]);
    expect(of("Nhật ký")).toMatchObject({ level: "warning", editors: [] });
    expect(of("Ghi chép riêng")).toBeUndefined();
    expect(wanted.every((w) => w.description.startsWith(PROTECTION_MARK))).toBe(true);
  });
});

describe("what Phân quyền changes", () => {
  const [cum3] = wantedProtections(plan, ["Cụm 3"]);
  const own = (editors: string[], more: Partial<NonNullable<TabProtectionState["protection"]>> = {}) => [
    {
      tab: "Cụm 3",
      protection: { description: cum3!.description, warningOnly: false, editors, domainEdit: false, ...more },
    },
  ];

  it("creates a protection that starts from no editor, the owner and the user running it kept", () => {
    const [change] = protectionChanges([cum3!], [{ tab: "Cụm 3", protection: null }], KEEP);
    expect(change?.status).toBe("created");
    expect(change?.op).toMatchObject({ create: true, reset: true, warningOnly: false, domainEditOff: true });
    expect(change?.op?.add).toEqual(["c3@x.vn", "noivu@x.vn", "owner@x.vn"]);
    expect(change?.added).toEqual(["c3@x.vn"]);
  });

  it("adds the missing and removes the stale, never the owner or the user running it", () => {
    const [change] = protectionChanges([cum3!], own(["owner@x.vn", "noivu@x.vn", "old@x.vn"]), KEEP);
    expect(change).toMatchObject({ status: "updated", added: ["c3@x.vn"], removed: ["old@x.vn"] });
    expect(change?.op).toMatchObject({ create: false, reset: false, add: ["c3@x.vn"], remove: ["old@x.vn"] });
  });

  it("makes no op when the protection is already as wanted", () => {
    const [change] = protectionChanges([cum3!], own(["c3@x.vn", "noivu@x.vn", "owner@x.vn"]), KEEP);
    expect(change).toMatchObject({ status: "unchanged", op: null });
  });

  it("turns domain edit off, and starts over from a warning-only protection", () => {
    const domain = protectionChanges(
      [cum3!],
      own(["c3@x.vn", "noivu@x.vn", "owner@x.vn"], { domainEdit: true }),
      KEEP,
    );
    expect(domain[0]?.op).toMatchObject({ domainEditOff: true, add: [], remove: [] });
    const warning = protectionChanges([cum3!], own([], { warningOnly: true }), KEEP);
    expect(warning[0]?.op).toMatchObject({ warningOnly: false, reset: true });
    expect(warning[0]?.op?.add).toEqual(["c3@x.vn", "noivu@x.vn", "owner@x.vn"]);
  });

  it("leaves a protection the office made itself", () => {
    const office = [
      {
        tab: "Cụm 3",
        protection: { description: "Của văn phòng", warningOnly: false, editors: [], domainEdit: true },
      },
    ];
    expect(protectionChanges([cum3!], office, KEEP)[0]).toMatchObject({ status: "office", op: null });
  });
});
