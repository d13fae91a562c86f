import { HISTORY, OUTCOME, REG, RESULT, SUBJECT, TAB, UNIT } from "../../src/core/contract/workbook";
import { MISTAKES } from "./mistakes";
import { personName } from "./people";
import { collective, firstPersonOf, individual, T, WITH_FIGHTER } from "./registrations";
import type { Rec, SheetWriter } from "./sheet-writer";
import { DEMO_UNIT_ROWS } from "./units";

/**
 * The demo at year end (ILLUSTRATIVE, like the rest of the demo): `Số cán bộ`, a few more
 * registrations, `Lịch sử khen thưởng` for 2018–2019, and the results of most rows.
 *
 * - TTLĐXS (70% LĐTT; 1 CSTĐCS): Lê Lợi passes (7 LĐTT of 9 staff), Đường Lâm fails (7 of 12).
 * - CSTĐTP (3 năm liên tục CSTĐCS): Phòng Nội vụ's fighter meets it (2018, 2019, 2020); Lê Lợi's
 *   misses it by one year (2018).
 * - BKTP (2 năm liên tục HTXSNV): Đường Lâm's fighter meets it; Phòng Kinh tế's misses 2019 (HTTNV).
 * - Phòng Kinh tế's second CSTĐCS is over the 15% cap (KT06); Lê Lợi's City flag is `Đạt` though
 *   the tie of cluster 1 makes no leader (KT07); Đường Lâm, leader of cluster 2, may have it.
 * - Clusters 9 and 10, and the rows with planted mistakes, are not decided yet (KT08), except the
 *   late row of Văn phòng HĐND và UBND thị xã (after cluster 3's deadline), `Đạt` but late (KT01).
 */
export const YEAR_END_UNITS = {
  passes: "UBND phường Lê Lợi",
  fails: "UBND xã Đường Lâm",
  overCap: "Phòng Kinh tế",
  meetsCstdtp: "Phòng Nội vụ",
} as const;
export const CSTDTP = "Chiến sĩ thi đua Thành phố";
export const BKTP = "Bằng khen của Chủ tịch UBND Thành phố";
const HTXSNV = "Hoàn thành xuất sắc nhiệm vụ";
const HTTNV = "Hoàn thành tốt nhiệm vụ";
const IDEA = "Sáng kiến ứng dụng chữ ký số trong giải quyết thủ tục hành chính";

/** The first person of a unit: its fighter (LĐTT and CSTĐCS) when it has one. */
export const fighterOf = (unit: string): string => personName(firstPersonOf(unit));
/** `Số cán bộ` of the two TTLĐXS units; every other unit of clusters 1–6 has 10 + its row % 6. */
const HEADCOUNT: Readonly<Record<string, number>> = {
  [YEAR_END_UNITS.passes]: 9,
  [YEAR_END_UNITS.fails]: 12,
};
const PENDING_CLUSTERS = new Set(["9", "10"]);

/** The registrations that take the demo to its year-end cases, by cluster. */
export function yearEndRegistrations(): { cluster: string; row: Rec }[] {
  const { passes, fails, overCap, meetsCstdtp } = YEAR_END_UNITS;
  return [
    { cluster: "1", row: collective(passes, "1", T.ttldxs) },
    { cluster: "2", row: collective(fails, "2", T.ttldxs) },
    { cluster: "1", row: individual(passes, "1", firstPersonOf(passes), CSTDTP, IDEA) },
    { cluster: "3", row: individual(meetsCstdtp, "3", firstPersonOf(meetsCstdtp), CSTDTP, IDEA) },
    { cluster: "2", row: individual(fails, "2", firstPersonOf(fails), BKTP, IDEA) },
    { cluster: "4", row: individual(overCap, "4", firstPersonOf(overCap), BKTP, IDEA) },
    { cluster: "4", row: individual(overCap, "4", firstPersonOf(overCap) + 1, T.cstdcs, IDEA) },
  ];
}

const past = (
  year: number,
  unit: string,
  person: string,
  title: string,
  rating = "",
  decision = "",
): Rec => ({
  [HISTORY.year]: year,
  [HISTORY.unit]: unit,
  [HISTORY.subject]: person ? SUBJECT.individual : SUBJECT.collective,
  [HISTORY.person]: person,
  [HISTORY.title]: title,
  [HISTORY.rating]: rating,
  [HISTORY.decisionNo]: decision,
  [HISTORY.decisionDate]: decision ? `${year === 2018 ? "20" : "18"}/12/${year}` : "",
});

/** 2018–2019 as the office would paste them from its old files. */
function demoHistory(): Rec[] {
  const { passes, fails, overCap, meetsCstdtp } = YEAR_END_UNITS;
  const town = (y: number) => `${y === 2018 ? 1520 : 1488}/QĐ-UBND`;
  return [
    past(2018, meetsCstdtp, fighterOf(meetsCstdtp), T.cstdcs, HTXSNV, town(2018)),
    past(2019, meetsCstdtp, fighterOf(meetsCstdtp), T.cstdcs, HTXSNV, town(2019)),
    past(2018, passes, fighterOf(passes), T.ldtt, HTTNV, town(2018)),
    past(2019, passes, fighterOf(passes), T.cstdcs, HTXSNV, town(2019)),
    past(2019, fails, fighterOf(fails), "", HTXSNV),
    past(2019, overCap, fighterOf(overCap), T.ldtt, HTTNV, town(2019)),
    past(2019, passes, "", T.ttldtt, "", town(2019)),
    past(2019, fails, "", T.ttldtt, "", town(2019)),
    past(2018, fails, "", T.ttldtt, "", town(2018)),
  ];
}

/** A row as the demo wrote it, to tell the planted mistakes apart. */
const keyOf = (r: Rec) =>
  [REG.unit, REG.person, REG.title, REG.date].map((h) => String(r[h] ?? "")).join("|");
const MISTAKE_KEYS = new Set(MISTAKES.filter((m) => m.code !== "DK12").map((m) => keyOf(m.row)));

/** The year-end cells of a demo row (keyed by header, as the demo typed it). */
function resultOf(cluster: string, row: Rec): Rec {
  if (PENDING_CLUSTERS.has(cluster) || MISTAKE_KEYS.has(keyOf(row)) || !row[REG.title]) return {};
  const unit = String(row[REG.unit]);
  const person = String(row[REG.person] ?? "");
  const title = String(row[REG.title]);
  const flag = title === T.ctdtp;
  const failed =
    (flag && unit !== YEAR_END_UNITS.passes && unit !== YEAR_END_UNITS.fails) ||
    // A unit without a fighter and with four LĐTT: its fourth is `Không đạt`.
    (title === T.ldtt &&
      !WITH_FIGHTER.has(unit) &&
      firstPersonOf(unit) % 3 === 2 &&
      person === personName(firstPersonOf(unit) + 3));
  const outstanding = person === fighterOf(unit) ? HTXSNV : HTTNV;
  const needsDecision = [T.cstdcs, CSTDTP, BKTP].includes(title) && !failed;
  return {
    [RESULT.outcome]: failed ? OUTCOME.failed : OUTCOME.passed,
    [RESULT.rating]: person ? (failed ? "Hoàn thành nhiệm vụ" : outstanding) : "",
    [RESULT.initiativeDecision]: needsDecision ? `${(firstPersonOf(unit) % 90) + 10}/QĐ-HĐKH` : "",
  };
}

/** Headcounts, the history and the results, in the demo workbook. */
export function fillYearEnd(w: SheetWriter, rowsByCluster: ReadonlyMap<string, readonly Rec[]>): void {
  DEMO_UNIT_ROWS.forEach((u, i) => {
    const name = String(u[UNIT.name]);
    if (Number(u[UNIT.cluster]) > 6) return;
    w.set(TAB.units, i + 2, UNIT.headcount, HEADCOUNT[name] ?? 10 + (i % 6));
  });
  w.append(TAB.history, demoHistory());
  for (const [cluster, rows] of rowsByCluster) {
    const results = rows.map((r) => resultOf(cluster, r));
    for (const h of [RESULT.rating, RESULT.outcome, RESULT.initiativeDecision])
      w.setColumn(
        `Cụm ${cluster}`,
        h,
        results.map((r) => [r[h] ?? ""]),
      );
  }
}
