// `npm run new-year -- <file.xlsx> --out <next.xlsx>`: Tạo sổ năm sau of the built bundle over an
// .xlsx file, offline. Exit 0: next year's book written; 2: the file or the command line cannot
// be used, or the add-on refused (the reason is printed in Vietnamese). The input is only read.
process.env.TZ = "Asia/Ho_Chi_Minh";

import { ensureBundle } from "../check/ensure-bundle";
import { runTool } from "../cli/run-tool";
import { saveWorkbook } from "../xlsx";
import { parseArgs } from "./args";
import { makeNextYear } from "./make-next-year";

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const { book, message } = await makeNextYear(args.file, ensureBundle());
  await saveWorkbook(book, args.out);
  process.stdout.write(`${message}\nĐã ghi sổ năm sau: ${args.out}\n`);
  return 0;
}

runTool(main, (e) =>
  (e as Error)?.name === "Refusal" ? `Chưa tạo được sổ năm sau: ${(e as Error).message}` : null,
);
