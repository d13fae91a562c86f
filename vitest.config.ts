import { defineConfig } from "vitest/config";

// Apps Script evaluates Date methods in the script's zone (appsscript.json):
// run the tests in the same zone so the sandbox behaves like production.
process.env.TZ = "Asia/Ho_Chi_Minh";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    env: { TZ: "Asia/Ho_Chi_Minh" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
