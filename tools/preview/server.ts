// `npm start`: the built add-on on a real workbook, in a browser at http://127.0.0.1:<port>/.
// Usage: node --import tsx tools/preview/server.ts [file.xlsx]   (PORT=8080 by default)
import { existsSync } from "node:fs";
import { DEMO_ADMIN } from "../demo/scores";
import { isXlsxFileError, loadWorkbook } from "../xlsx";
import { ensureDemoWorkbook } from "./demo-workbook";
import { firstAdmin } from "./first-admin";
import { startPreview } from "./start-preview";

const BUNDLE = "build/Code.js";

// Apps Script evaluates Date methods in the script's zone: so does the sandbox here.
process.env.TZ = "Asia/Ho_Chi_Minh";

async function main(): Promise<void> {
  const arg = process.argv[2];
  const file = arg ?? (await ensureDemoWorkbook(BUNDLE));
  if (!existsSync(file)) throw new Error(`Không tìm thấy tệp ${arg}.`);
  // Who is at the keyboard: e.g. PREVIEW_USER=<a cluster head's e-mail> to see what they see.
  // The demo opens as its Phòng Nội vụ admin, another file as the first e-mail of its
  // `Email quản trị` (or as the spreadsheet's owner while that holds none), so that every menu
  // item works.
  const user = process.env.PREVIEW_USER ?? (arg ? undefined : DEMO_ADMIN);
  const sandbox = await loadWorkbook(file, { bundle: BUNDLE, buildDir: "build", ...(user ? { user } : {}) });
  const admin = user ? undefined : firstAdmin(sandbox);
  if (admin) Object.assign(sandbox.services.env, { user: admin, reportedEmail: admin });
  const preview = await startPreview({ sandbox, file, port: Number(process.env.PORT ?? 8080) });
  console.log(`\nSổ thi đua – bản xem trước đang chạy tại: ${preview.url}`);
  console.log(`Bảng tính: ${file} (mọi thay đổi được lưu vào tệp này)`);
  console.log(`Người dùng: ${sandbox.services.env.user} (đổi bằng biến PREVIEW_USER=<e-mail>)`);
  console.log("Mở địa chỉ trên bằng trình duyệt. Nhấn Ctrl+C để dừng.\n");
  const stop = async () => {
    await preview.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((e: unknown) => {
  const message = isXlsxFileError(e) || e instanceof Error ? e.message : String(e);
  console.error(`Không mở được bản xem trước: ${message}`);
  process.exit(1);
});
