// `npm start`: the built add-on on a real workbook, in a browser at http://127.0.0.1:<port>/.
// Usage: node --import tsx tools/preview/server.ts [file.xlsx]
//   PORT=8080 (default; a free port when taken), PREVIEW_USER=<e-mail>, PREVIEW_TODAY=dd/mm/yyyy
import { isXlsxFileError } from "../xlsx";
import { openPreview } from "./open-preview";

// Apps Script evaluates Date methods in the script's zone: so does the sandbox here.
process.env.TZ = "Asia/Ho_Chi_Minh";

async function main(): Promise<void> {
  const { preview, file, user, today } = await openPreview({ file: process.argv[2], env: process.env });
  console.log(`\nSổ thi đua – bản xem trước đang chạy tại: ${preview.url}`);
  console.log(`Bảng tính: ${file} (mọi thay đổi được lưu vào tệp này)`);
  console.log(`Người dùng: ${user} (đổi bằng biến PREVIEW_USER=<e-mail>)`);
  console.log(
    today
      ? `Ngày giả lập: ${today} (đổi bằng biến PREVIEW_TODAY=dd/mm/yyyy)`
      : "Ngày: ngày thật hôm nay (đặt ngày khác bằng biến PREVIEW_TODAY=dd/mm/yyyy)",
  );
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
