import { describe, expect, it } from "vitest";
import { accessTable, SIDEBAR_FUNCTIONS, TRIGGERS } from "../../src/core/access/policy";
import { menuItems } from "../../src/core/menu/menu";
import { individual, submission } from "../sidebar/sidebar-workbook";
import {
  type Access,
  ADMIN,
  accessWorkbook,
  bundleFunctions,
  dump,
  HEAD3,
  HEAD4,
  OWNER,
  runForm,
  runMenu,
  STRANGER,
  UNIT3,
  UNIT4,
} from "./access-workbook";

/** Who is at the keyboard, and what `Email quản trị` holds (the sidebar workbook's admin unless said). */
const WHO = {
  admin: { user: ADMIN },
  "head of 3": { user: HEAD3 },
  "head of 4": { user: HEAD4 },
  stranger: { user: STRANGER },
  "unknown e-mail ('')": { user: "" },
  "owner, Email quản trị blank": { user: OWNER, admins: null },
  "owner, Email quản trị a name only": { user: OWNER, admins: "Phòng Nội vụ" },
  "owner, not in Email quản trị": { user: OWNER },
  "stranger, Email quản trị blank": { user: STRANGER, admins: null },
} as const;
type Who = keyof typeof WHO;

const member = (head3: Access, head4: Access): Record<Who, Access> => ({
  admin: "ok",
  "head of 3": head3,
  "head of 4": head4,
  stranger: "NOT_ALLOWED",
  "unknown e-mail ('')": "UNKNOWN_USER",
  "owner, Email quản trị blank": "ok",
  "owner, Email quản trị a name only": "ok",
  "owner, not in Email quản trị": "NOT_ALLOWED",
  "stranger, Email quản trị blank": "NOT_ALLOWED",
});
const admin: Record<Who, Access> = {
  admin: "ok",
  "head of 3": "ADMIN_ONLY",
  "head of 4": "ADMIN_ONLY",
  stranger: "ADMIN_ONLY",
  "unknown e-mail ('')": "UNKNOWN_USER",
  "owner, Email quản trị blank": "ok",
  "owner, Email quản trị a name only": "ok",
  "owner, not in Email quản trị": "ADMIN_ONLY",
  "stranger, Email quản trị blank": "OWNER_ONLY",
};

/** Every menu function and who may run it. */
const MENU: Record<string, Record<Who, Access>> = {
  openRegistrationSidebar: member("ok", "ok"),
  checkData: member("ok", "ok"),
  computeScores: admin,
  setupWorkbook: admin,
  protectWorkbook: admin,
  prepareScoreSheets: admin,
  reportRegistrationList: admin,
  reportRegistrationListByLevel: admin,
  reportSummary: admin,
  reportExcludedUnits: admin,
  reportDossier: admin,
  reportTimeline: admin,
  turnOnReminders: admin,
  turnOffReminders: admin,
  buildProposalList: admin,
  closeEmulationYear: admin,
  createNextYearBook: admin,
};

const UNIT: Record<string, string> = { "3": UNIT3, "4": UNIT4 };
const ref = (cluster: string) => ({ cluster, row: 2, fingerprint: "stale" });
/** Every google.script.run function, with a payload aimed at cluster 3 or 4. */
const FORM: Record<string, (cluster: string) => unknown> = {
  getRegistrationContext: () => undefined,
  getUnitRegistrations: (cluster) => ({ cluster, unit: UNIT[cluster] }),
  updateRegistration: (cluster) => ({
    ...ref(cluster),
    person: "Người Thử",
    position: "",
    title: "LĐTT",
    initiative: "",
  }),
  withdrawRegistration: ref,
  recordResult: (cluster) => ({ ...ref(cluster), outcome: "Đạt", rating: "", initiativeDecision: "" }),
  submitRegistrations: (cluster) => submission(UNIT[cluster] ?? "", [individual("Người Thử")], null, cluster),
};
const FORM_EXPECT: Record<string, Record<Who, Access>> = {
  3: member("ok", "NOT_YOUR_CLUSTER"),
  4: member("NOT_YOUR_CLUSTER", "ok"),
};

describe("the access table", () => {
  it("covers every public function of the bundle: each menu item, each form function, the triggers", () => {
    const own = bundleFunctions().filter((f) => !f.endsWith("_"));
    expect(own).toEqual([...accessTable().map((g) => g.run), ...TRIGGERS].sort());
    expect(Object.keys(MENU).sort()).toEqual(
      menuItems()
        .map((m) => m.run)
        .sort(),
    );
    expect(Object.keys(FORM).sort()).toEqual(SIDEBAR_FUNCTIONS.map((f) => f.run).sort());
  });
});

describe.each(Object.keys(WHO) as Who[])("as the %s", (who) => {
  const spec = WHO[who];
  const wb = accessWorkbook(spec.user, "admins" in spec ? spec.admins : ADMIN);

  it("each form function answers as the access policy says, for cluster 3 and for cluster 4", () => {
    for (const cluster of ["3", "4"]) {
      for (const [fn, payload] of Object.entries(FORM)) {
        const want = fn === "getRegistrationContext" ? member("ok", "ok")[who] : FORM_EXPECT[cluster]?.[who];
        const before = want === "ok" ? null : dump(wb);
        expect(runForm(wb, fn, payload(cluster)), `${fn} for cluster ${cluster}`).toBe(want);
        if (before) expect(dump(wb), `${fn} wrote nothing`).toEqual(before);
      }
    }
  });

  it("each menu item answers as the access policy says; a refusal writes nothing and names the account", () => {
    for (const [fn, expected] of Object.entries(MENU)) {
      const before = expected[who] === "ok" ? null : dump(wb);
      const { access, alert } = runMenu(wb, fn);
      expect(access, `${fn}: ${alert}`).toBe(expected[who]);
      if (!before) continue;
      expect(dump(wb), `${fn} wrote nothing`).toEqual(before);
      expect(alert).toContain(spec.user || "Google không cho biết địa chỉ e-mail");
    }
  });
});
