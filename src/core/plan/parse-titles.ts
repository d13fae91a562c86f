import * as z from "zod/mini";
import { REQUIREMENT, SUBJECT, TAB, TITLE, YES_NO } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import { findGrid, type Snapshot, toTable } from "../table";
import { nameKey } from "../text/name-key";
import { quote } from "../text/quote";
import { commaList, oneOf, optionalOneOf, requiredText, text } from "./cell-schemas";
import { parseCollective, parseMultiYear } from "./parse-conditions";
import type { Requirement, Subject, Title } from "./types";
import { splitUnitTypes } from "./unit-type-list";

const titleRow = z.object({
  [TITLE.name]: requiredText(`thiếu '${TITLE.name}'.`),
  [TITLE.abbreviation]: text,
  [TITLE.subject]: oneOf<Subject>(
    [SUBJECT.collective, SUBJECT.individual],
    `'${TITLE.subject}' phải là '${SUBJECT.collective}' hoặc '${SUBJECT.individual}'.`,
  ),
  [TITLE.requirement]: z.pipe(
    text,
    z.transform((s: string, ctx): Requirement | null => {
      if (!s) return null;
      const hit = [REQUIREMENT.initiative, REQUIREMENT.model].find((w) => nameKey(w) === nameKey(s));
      if (!hit) {
        ctx.issues.push({
          code: "custom",
          input: s,
          message: `'${TITLE.requirement}' phải để trống, hoặc là '${REQUIREMENT.initiative}' hay '${REQUIREMENT.model}'.`,
        });
      }
      return hit ?? null;
    }),
  ),
  [TITLE.requirementFor]: commaList,
  [TITLE.prerequisite]: text,
  [TITLE.maxShare]: text,
  [TITLE.decisionLevel]: text,
  [TITLE.multiYear]: text,
  [TITLE.collectiveCondition]: text,
  [TITLE.leaderOnly]: text,
});

// `Không` is read as blank: its meaning is plain, and a Có/Không dropdown offers it.
const leaderOnly = optionalOneOf(
  [YES_NO.yes, YES_NO.no],
  `'${TITLE.leaderOnly}' phải là '${YES_NO.yes}' hoặc để trống.`,
);

const SHARE = /^(\d+(?:[.,]\d+)?)\s*%\s*(.+)$/u;

/** `Danh hiệu`, parsed: unusable rows are BT03 findings and left out. */
export function parseTitles(snapshot: Snapshot): { titles: Title[]; findings: Finding[] } {
  const grid = findGrid(snapshot, TAB.titles);
  const titles: Title[] = [];
  const findings: Finding[] = [];
  if (!grid) return { titles, findings };
  const table = toTable(grid);
  for (const row of table.rows) {
    const input = Object.fromEntries(Object.values(TITLE).map((h) => [h, table.get(row, h)]));
    const parsed = titleRow.safeParse(input);
    const fail = (column: string, message: string) =>
      findings.push(
        error(
          "BT03",
          { sheet: TAB.titles, row: row.rowNumber, column },
          `Danh hiệu dòng ${row.rowNumber}: ${message}`,
        ),
      );
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(String(issue.path[0] ?? TITLE.name), issue.message);
      continue;
    }
    const d = parsed.data;
    let maxShare: Title["maxShare"] = null;
    if (d[TITLE.maxShare]) {
      const m = SHARE.exec(d[TITLE.maxShare]);
      if (!m) {
        fail(
          TITLE.maxShare,
          `'${TITLE.maxShare}' phải có dạng '15% LĐTT' (tỷ lệ phần trăm và tên danh hiệu), đang là ${quote(d[TITLE.maxShare])}.`,
        );
      } else {
        maxShare = {
          fraction: Number((m[1] ?? "0").replace(",", ".")) / 100,
          label: d[TITLE.maxShare],
          of: (m[2] ?? "").trim(),
        };
      }
    }
    // An unusable year-end cell is reported and read as blank: the title stays usable for registrations.
    const leader = leaderOnly.safeParse(d[TITLE.leaderOnly]);
    if (!leader.success) fail(TITLE.leaderOnly, leader.error.issues[0]?.message ?? "");
    const multiYear = parseMultiYear(d[TITLE.multiYear]);
    if (!multiYear.ok) fail(TITLE.multiYear, multiYear.message);
    const collective = parseCollective(d[TITLE.collectiveCondition]);
    if (!collective.ok) fail(TITLE.collectiveCondition, collective.message);
    titles.push({
      name: d[TITLE.name],
      key: nameKey(d[TITLE.name]),
      abbreviation: d[TITLE.abbreviation],
      subject: d[TITLE.subject],
      requirement: d[TITLE.requirement],
      requirementFor: splitUnitTypes(d[TITLE.requirementFor]).map(nameKey),
      prerequisite: d[TITLE.prerequisite],
      maxShare,
      decisionLevel: d[TITLE.decisionLevel],
      multiYear: multiYear.ok ? multiYear.value : null,
      collective: collective.ok ? collective.value : [],
      leaderOnly: leader.success && leader.data === YES_NO.yes,
      row: row.rowNumber,
    });
  }
  return { titles, findings };
}
