// Scoring figures for `npm run bench`: 10 clusters × 30 units × 25 criteria
// (7 500 base score rows + bonus and penalty lines) through the built bundle
// in the Apps Script sandbox. `benchScoring()` is called by the bench runner;
// run directly (`node --import tsx bench/scoring.ts`) it prints its figures.
import { pathToFileURL } from "node:url";
import { fillScores, run, scaled, scoringWorkbook } from "../tools/fixtures/score-workbook";

process.env.TZ = "Asia/Ho_Chi_Minh";

export interface BenchFigure {
  readonly label: string;
  readonly ms: number;
  readonly calls: number;
}

const CLUSTERS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

export function benchScoring(): BenchFigure[] {
  const wb = scoringWorkbook({ clusters: CLUSTERS, unitsPerCluster: 30, criteria: 25 });
  const calls = wb.sb.services.calls;
  const figures: BenchFigure[] = [];
  const time = (label: string, fn: string) => {
    calls.reset();
    const start = performance.now();
    const alert = run(wb, fn);
    if (/lỗi ngoài dự kiến/.test(alert)) throw new Error(`${fn} failed: ${alert}`);
    figures.push({ label, ms: Math.round(performance.now() - start), calls: calls.count() });
  };
  time("Chuẩn bị bảng chấm điểm (10 cụm × 30 đơn vị × 27 dòng)", "prepareScoreSheets");
  const share = (unit: string) => 0.7 + (Number(unit.split("-")[1]) % 30) / 100;
  for (const id of CLUSTERS) fillScores(wb, id, scaled(share));
  time("Tính điểm và xếp hạng (8 100 dòng điểm)", "computeScores");
  time("Tính điểm và xếp hạng, chạy lại", "computeScores");
  time("Kiểm tra dữ liệu (kèm DI01–DI08)", "checkData");
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of benchScoring()) console.log(`${f.label}: ${f.ms} ms, ${f.calls} lệnh gọi dịch vụ`);
}
