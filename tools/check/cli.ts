// `npm run -s check -- <file.xlsx> [--json] [--as-of dd/mm/yyyy] [--out <annotated.xlsx>]`:
// Kiểm tra dữ liệu of the built bundle over an .xlsx file, offline. Exit 0: no error;
// 1: errors found; 2: the file (or the command line) cannot be used. The input is only read.
process.env.TZ = "Asia/Ho_Chi_Minh";

import { basename, resolve } from "node:path";
import { runTool } from "../cli/run-tool";
import { documentPropertiesOf, loadWorkbook, loadWorkbookForCheck, saveWorkbook } from "../xlsx";
import { parseArgs, USAGE } from "./args";
import { ensureBundle } from "./ensure-bundle";
import { humanReport, jsonReport } from "./format-output";
import { missingTabs, runCheck, setReferenceDate } from "./run-check";

/** A failure to show as is, with exit code 2. */
class Unusable extends Error {}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.out && resolve(args.out) === resolve(args.file))
    throw new Unusable("Tệp kết quả (--out) phải khác tệp được kiểm tra: tệp gốc không bao giờ bị ghi đè.");
  // The annotated copy keeps the file's formats and dropdowns: only then is the full reader needed.
  const load = args.out ? loadWorkbook : loadWorkbookForCheck;
  const sb = await load(args.file, { bundle: ensureBundle() });
  const missing = missingTabs(sb);
  if (missing.length > 0) {
    const list = missing.map((t) => `'${t}'`).join(", ");
    throw new Unusable(
      `Tệp '${basename(args.file)}' không dùng được: thiếu trang bắt buộc ${list}, nên không kiểm tra được. Hãy dùng bảng tính tạo bằng "Khởi tạo / cập nhật bảng tính" (hoặc npm run demo).`,
    );
  }
  if (args.asOf) setReferenceDate(sb, args.asOf);
  // Nothing reads the call log here: recorded, it would keep every argument (each status
  // column, each repaint, the whole report) alive until the end.
  const outcome = sb.services.calls.untracked(() => runCheck(sb, args.out !== undefined));
  if (args.out)
    await saveWorkbook(sb.services.spreadsheet, args.out, { documentProperties: documentPropertiesOf(sb) });
  const tabs = sb.services.calls.untracked(() => sb.services.spreadsheet.getSheets().map((s) => s.getName()));
  process.stdout.write(
    args.json ? `${jsonReport(outcome)}\n` : humanReport(args.file, outcome, { out: args.out, tabs }),
  );
  return outcome.summary.errors > 0 ? 1 : 0;
}

runTool(main, (e) =>
  e instanceof Unusable || (e instanceof Error && e.name === "CheckFailure") ? e.message : null,
);
