// `npm run report -- <file.xlsx> --out <dir> [--as-of dd/mm/yyyy] [--only id,…] [--cap level]`:
// the documents of the `Báo cáo` menu (and, asked for, the year end's proposal documents), offline, as .docx and .pdf, from the built bundle's
// models. Exit 0: no error in the workbook; 1: documents written, but the checks found errors;
// 2: the file, the command line or the browser cannot be used. The input file is only read.
process.env.TZ = "Asia/Ho_Chi_Minh";

import { existsSync } from "node:fs";
import { basename, relative } from "node:path";
import { ensureBundle } from "../check/ensure-bundle";
import { missingTabs, setReferenceDate } from "../check/run-check";
import { runTool } from "../cli/run-tool";
import { loadWorkbook } from "../xlsx";
import { CHROMIUM, launchChromium } from "./chromium";
import { parseReportArgs, REPORT_USAGE } from "./report-args";
import { proposalModels, ReportFailure, reportModels, writeDocxOnly } from "./run-report";
import { writeDocuments } from "./write-documents";

class Unusable extends Error {}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseReportArgs(argv);
  if (args.help) {
    process.stdout.write(`${REPORT_USAGE}\n`);
    return 0;
  }
  const sb = await loadWorkbook(args.file, { bundle: ensureBundle() });
  const missing = missingTabs(sb);
  if (missing.length > 0)
    throw new Unusable(
      `Tệp '${basename(args.file)}' không dùng được: thiếu trang bắt buộc ${missing.map((t) => `'${t}'`).join(", ")}.`,
    );
  if (args.asOf) setReferenceDate(sb, args.asOf);
  const menu = reportModels(sb, args.only, args.level ?? null);
  const { errors, today } = menu;
  const models = [...menu.models, ...(args.proposals ? proposalModels(sb) : [])];
  const show = (p: string) => relative(process.cwd(), p) || p;
  const lines = [`Văn bản từ tệp '${basename(args.file)}' — ngày ${today}:`];
  if (!existsSync(CHROMIUM)) {
    const written = await writeDocxOnly(models, args.out);
    lines.push(...written.map((p) => `  ${show(p)}`));
    process.stdout.write(`${lines.join("\n")}\n`);
    throw new Unusable(
      `Đã ghi ${written.length} tệp .docx nhưng chưa in được PDF: không tìm thấy Chromium ở ${CHROMIUM}. ` +
        "Hãy cài gói chromium (sudo apt-get update && sudo apt-get install -y chromium) hoặc đặt biến CHROMIUM_PATH, rồi chạy lại.",
    );
  }
  const browser = await launchChromium();
  try {
    const written = await writeDocuments(models, args.out, browser);
    for (const w of written) lines.push(`  ${show(w.docx)}`, `  ${show(w.pdf)}`);
  } finally {
    await browser.close();
  }
  if (errors > 0)
    lines.push(
      `Bảng tính còn ${errors} lỗi: các dòng lỗi không được tính (xem npm run check -- ${basename(args.file)}).`,
    );
  process.stdout.write(`${lines.join("\n")}\n`);
  return errors > 0 ? 1 : 0;
}

runTool(main, (e) => (e instanceof Unusable || e instanceof ReportFailure ? e.message : null));
