import { CLUSTER_SUBJECTS, SUBJECT, TAB, UNIT } from "../../contract/workbook";
import { compareCivil, formatCivil, isOnTime } from "../../dates";
import type { Finding } from "../../findings/finding";
import { error, warning } from "../../findings/make";
import { groupBy } from "../../group-by";
import type { PlanIndex } from "../../plan/types";
import { quote } from "../../text/quote";
import type { Registration } from "../registrations/registration";

/**
 * DV01 (no registration at all), DV02 (none made by the deadline), DV03 (individuals
 * but no collective title). A unit whose rows all have other errors has still
 * registered: its rows' own findings say what to fix. The units of a cluster whose tab cannot
 * be read (`unreadable`: its `Đơn vị` column is not in row 1, a BT02) are not judged: their
 * rows exist but cannot be told apart, and the BT02 says so.
 */
export function checkUnits(
  regs: readonly Registration[],
  index: PlanIndex,
  unreadable: ReadonlySet<string> = new Set(),
): Finding[] {
  const out: Finding[] = [];
  const byUnit = groupBy(
    regs.filter((r) => r.unit),
    (r) => r.unit?.key,
  );
  const today = index.plan.today;

  for (const unit of index.plan.units) {
    const cluster = index.cluster(unit.clusterId);
    if (!cluster) continue; // BT04 already says the unit's cluster is unknown
    if (unreadable.has(cluster.id)) continue;
    const at = { sheet: TAB.units, row: null, column: UNIT.name, unit: unit.name };
    const rows = byUnit.get(unit.key) ?? [];
    const deadline = index.deadlineOf(cluster);
    const deadlineText = deadline ? formatCivil(deadline) : "(chưa đặt hạn)";
    if (rows.length === 0) {
      const when =
        deadline && compareCivil(today, deadline) <= 0
          ? `Hạn đăng ký của cụm ${cluster.id} là ${deadlineText}: hãy đăng ký trước hạn.`
          : `Đã qua hạn ${deadlineText}: theo kế hoạch, đơn vị không được xét khen thưởng năm nay.`;
      out.push(
        error(
          "DV01",
          at,
          `Đơn vị ${quote(unit.name)} (cụm ${cluster.id}) chưa có đăng ký thi đua nào. ${when}`,
        ),
      );
      continue;
    }
    if (deadline && !rows.some((r) => r.date.ok && isOnTime(r.date.date, deadline))) {
      out.push(
        error(
          "DV02",
          at,
          `Đơn vị ${quote(unit.name)} có ${rows.length} dòng đăng ký nhưng không dòng nào có ngày đăng ký hợp lệ đến hạn ${deadlineText}: theo kế hoạch, đơn vị không được xét khen thưởng năm nay.`,
        ),
      );
    }
    if (!cluster.collectiveOnly && cluster.key) {
      const hasIndividuals = rows.some((r) => r.subject === SUBJECT.individual);
      const hasCollective = rows.some((r) => r.subject === SUBJECT.collective);
      if (hasIndividuals && !hasCollective) {
        out.push(
          warning(
            "DV03",
            at,
            `Đơn vị ${quote(unit.name)} đã đăng ký cá nhân nhưng chưa đăng ký danh hiệu tập thể (cụm ${cluster.id} đăng ký '${CLUSTER_SUBJECTS.both}'). Hãy thêm một dòng 'Tập thể'.`,
          ),
        );
      }
    }
  }
  return out;
}
