import { isXlsxFileError } from "../xlsx";
import { UsageError } from "./command-line";

/**
 * Runs a command-line tool's `main` on the process's arguments: its exit code, or 2 with the
 * Vietnamese reason on stderr. A command line or file that cannot be used says so itself;
 * `explain` gives the message of the tool's own expected failures (null: not one of them);
 * anything else is unexpected, and says the file was not changed.
 */
export function runTool(
  main: (argv: readonly string[]) => Promise<number>,
  explain: (e: unknown) => string | null = () => null,
): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const known = isXlsxFileError(e) || e instanceof UsageError ? e.message : explain(e);
      const detail = e instanceof Error ? e.message : String(e);
      process.stderr.write(
        `${known ?? `Đã xảy ra lỗi ngoài dự kiến, tệp của bạn không bị thay đổi. Chi tiết kỹ thuật: ${detail}`}\n`,
      );
      process.exitCode = 2;
    },
  );
}
