// `npm run demo`: writes demo/so-thi-dua-demo.xlsx from the built bundle.
process.env.TZ = "Asia/Ho_Chi_Minh";

import { existsSync } from "node:fs";
import { ensureBundle } from "../check/ensure-bundle";
import { documentPropertiesOf, isXlsxFileError, saveWorkbook } from "../xlsx";
import { buildDemo } from "./build-demo";

export const DEMO_PATH = "demo/so-thi-dua-demo.xlsx";

async function main(): Promise<number> {
  const out = process.argv[2] ?? DEMO_PATH;
  const bundle = ensureBundle();
  const sb = buildDemo(bundle);
  await saveWorkbook(sb.services.spreadsheet, out, { documentProperties: documentPropertiesOf(sb) });
  const summary = sb.services.ui.alerts.at(-1)?.prompt ?? "";
  process.stdout.write(
    `Đã tạo tệp demo: ${out}${existsSync(`${out}.bak`) ? ` (bản cũ lưu ở ${out}.bak)` : ""}\n`,
  );
  process.stdout.write(`Kết quả kiểm tra:\n${summary}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${isXlsxFileError(e) ? e.message : `Không tạo được tệp demo: ${String(e)}`}\n`);
    process.exitCode = 2;
  },
);
