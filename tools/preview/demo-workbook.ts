import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { buildDemo } from "../demo/build-demo";
import { documentPropertiesOf, saveWorkbook } from "../xlsx";

/** The demo workbook `npm start` opens when no file is given (the path `npm run demo` writes). */
export const DEMO_FILE = "demo/so-thi-dua-demo.xlsx";

/** The demo workbook's path, generated first from the built bundle when it is missing. */
export async function ensureDemoWorkbook(bundle: string, path = DEMO_FILE): Promise<string> {
  if (existsSync(path)) return path;
  console.log(`Đang tạo bảng tính mẫu ${path}…`);
  mkdirSync(dirname(path), { recursive: true });
  const sandbox = buildDemo(bundle);
  await saveWorkbook(sandbox.services.spreadsheet, path, {
    documentProperties: documentPropertiesOf(sandbox),
  });
  return path;
}
