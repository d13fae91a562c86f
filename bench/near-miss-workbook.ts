// "Did you mean" at the size of a large town: 400 long, similar unit names in `Đơn vị`, and
// 1 000 registration rows naming near misses of them — through the built bundle, as
// `Kiểm tra dữ liệu` and as the live check of the same 1 000 rows pasted at once.
import { clusterTabName, REG, SUBJECT, TAB, UNIT } from "../src/core/contract/workbook";
import { cleanWorkbook, ON_TIME, TITLES } from "../tools/fixtures/clean-workbook";
import { longUnitNames, nearMisses } from "../tools/fixtures/near-miss-names";
import { editEvent } from "../tools/gas-sandbox";
import { fmt, type Row, time } from "./table";

export function benchNearMissWorkbook(): Row[] {
  const wb = cleanWorkbook();
  const names = longUnitNames();
  wb.writeRows(
    TAB.units,
    names.map((n) => ({ [UNIT.name]: n, [UNIT.cluster]: "3", [UNIT.type]: "Cơ quan" })),
  );
  const tab = clusterTabName("3");
  const rows = nearMisses(names, 1_000, 21).map((unit) => ({
    [REG.unit]: unit,
    [REG.subject]: SUBJECT.collective,
    [REG.title]: TITLES.ttldtt,
    [REG.date]: ON_TIME,
  }));
  const first = wb.writeRows(tab, rows);
  const checkMs = time(() => wb.checkResult());
  const range = wb.untracked(() => wb.sheet(tab).getRange(first, 1, rows.length, wb.headers(tab).length));
  const editMs = time(() => wb.sb.call("onEdit", editEvent(range)));
  return [
    [
      `Kiểm tra dữ liệu, ${fmt(rows.length)} near misses of ${names.length} long unit names`,
      `${fmt(checkMs)} ms`,
    ],
    [`onEdit of the same ${fmt(rows.length)} rows pasted at once`, `${fmt(editMs)} ms`],
  ];
}
