import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The built add-on, at the project root whatever the working directory. */
const BUNDLE_PATH = fileURLToPath(new URL("../../build/Code.js", import.meta.url));

/** Returns the path of build/Code.js, building it first (quietly) when it is missing. */
export function ensureBundle(): string {
  if (!existsSync(BUNDLE_PATH)) {
    try {
      execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "ignore" });
    } catch {
      throw new Error("Không dựng được build/Code.js: hãy chạy 'npm run build' để xem lỗi.");
    }
  }
  return BUNDLE_PATH;
}
