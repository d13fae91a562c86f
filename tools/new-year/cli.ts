// `npm run new-year -- <file.xlsx> --out <next.xlsx>`: Tạo sổ năm sau of the built bundle over an
// .xlsx file, offline. Exit 0: next year's book written; 2: the file or the command line cannot
// be used, or the add-on refused (the reason is printed in Vietnamese). The input is only read.
process.env.TZ = "Asia/Ho_Chi_Minh";

import { ensureBundle } from "../check/ensure-bundle";
import { UsageError } from "../cli/command-line";
import { isXlsxFileError, saveWorkbook } from "../xlsx";
import { parseArgs } from "./args";
import { makeNextYear } from "./make-next-year";

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const { book, message } = await makeNextYear(args.file, ensureBundle());
  await saveWorkbook(book, args.out);
  process.stdout.write(`${message}\nĐã ghi sổ năm sau: ${args.out}\n`);
  return 0;
}

function messageOf(e: unknown): string {
  if (isXlsxFileError(e) || e instanceof UsageError) return e.message;
  const err = e as { name?: string; message?: string };
  if (err?.name === "Refusal") return `Chưa tạo được sổ năm sau: ${err.message}`;
  return `Đã xảy ra lỗi ngoài dự kiến, tệp của bạn không bị thay đổi. Chi tiết kỹ thuật: ${err?.message ?? String(e)}`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${messageOf(e)}\n`);
    process.exitCode = 2;
  },
);
