// Before the browser tests: make sure Debian's Chromium is installed (playwright-core drives it;
// `npx playwright install` cannot download here). As root with apt, install it; otherwise say
// exactly what to install and fail.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const CHROMIUM = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;

function hasApt() {
  return spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

function install() {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  console.log("Chromium chưa được cài: đang cài gói chromium của Debian (apt-get install chromium)…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
}

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (CHROMIUM === DEBIAN_CHROMIUM && isRoot && hasApt()) install();
  if (!existsSync(CHROMIUM)) {
    console.error(
      [
        `Không tìm thấy Chromium ở ${CHROMIUM}: các kiểm thử trên trình duyệt cần nó.`,
        "Hãy cài gói chromium của Debian/Ubuntu rồi chạy lại `npm test`:",
        "  sudo apt-get update && sudo apt-get install -y chromium",
        "(hoặc đặt biến CHROMIUM_PATH trỏ tới một Chromium đã cài).",
      ].join("\n"),
    );
    process.exit(1);
  }
}
