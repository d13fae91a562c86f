// `Kiểm tra dữ liệu` on 10 000 registration rows (BENCH_ROWS) through the built bundle in the
// sandbox, against a minimal pass that only reads every cell of every tab and NFC-normalises
// every string: the ratio says what the checks cost beyond reading the workbook.
import { checkWorkbook } from "../src/core/checks/check-workbook";
import { workbookWithRows } from "../tools/fixtures/clean-workbook";
import { loadBundle, snapshot } from "../tools/gas-sandbox";
import { cpuTime, fmt, median, type Row, time } from "./table";

const MINIMAL_PASS = `
function readAll() {
  var sheets = SpreadsheetApp.getActiveSpreadsheet().getSheets();
  var cells = 0, strings = 0;
  for (var i = 0; i < sheets.length; i++) {
    var values = sheets[i].getDataRange().getValues();
    for (var r = 0; r < values.length; r++) {
      var row = values[r];
      for (var c = 0; c < row.length; c++) {
        cells++;
        if (typeof row[c] === "string") { row[c] = row[c].normalize("NFC"); strings++; }
      }
    }
  }
  return [cells, strings];
}`;

export function benchFullCheck(rows: number, runs: number): Row[] {
  const wb = workbookWithRows(rows);
  wb.checkData(); // the first run creates BC Kiểm tra: measure the reruns, as a user re-running the check
  const checkTimes: number[] = [];
  const checkCpu: number[] = [];
  let calls = 0;
  let counts = { errors: 0, warnings: 0, infos: 0 };
  for (let i = 0; i < runs; i++) {
    wb.sb.services.calls.reset();
    checkTimes.push(time(() => checkCpu.push(cpuTime(() => (counts = wb.checkResult().counts)))));
    calls = wb.sb.services.calls.count();
  }
  const core = wb.coreSnapshot();
  const coreMs = median(Array.from({ length: runs }, () => cpuTime(() => checkWorkbook(core, new Date()))));
  const reader = loadBundle(MINIMAL_PASS, { tabs: snapshot(wb.ss) });
  let read: unknown = [];
  reader.call("readAll");
  const readMs = median(Array.from({ length: runs }, () => cpuTime(() => (read = reader.call("readAll")))));
  reader.services.calls.reset();
  reader.call("readAll");
  const [cells, strings] = read as [number, number];
  const checkMs = median(checkCpu);
  return [
    ["registration rows", fmt(rows)],
    ["cells / string cells in the workbook", `${fmt(cells)} / ${fmt(strings)}`],
    ["findings (Lỗi / Cảnh báo / Thông tin)", `${counts.errors} / ${counts.warnings} / ${counts.infos}`],
    [`checkData wall time (median of ${runs})`, `${fmt(median(checkTimes))} ms`],
    [`checkData CPU time (median of ${runs})`, `${fmt(checkMs)} ms`],
    ["checkData service calls", fmt(calls)],
    [`core checkWorkbook only, CPU (median of ${runs})`, `${fmt(coreMs)} ms`],
    [`minimal pass: read + NFC every cell, CPU (median of ${runs})`, `${fmt(readMs)} ms`],
    ["minimal pass service calls", fmt(reader.services.calls.count())],
    ["ratio checkData / minimal pass (CPU)", `${fmt(checkMs / readMs, 1)} ×`],
    ["ratio core checkWorkbook / minimal pass (CPU)", `${fmt(coreMs / readMs, 1)} ×`],
  ];
}
