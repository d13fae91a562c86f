// Preloaded into a measured child (`node --import tsx --import ./bench/child-usage.ts …`): when
// the child exits, its own CPU time and peak memory go as JSON to the file named by
// CHILD_USAGE_FILE. `process.resourceUsage()` is portable where `/usr/bin/time -v` is not.
import { writeFileSync } from "node:fs";

/** What the child reports. */
export interface ChildUsage {
  cpuMs: number;
  maxRssMb: number;
}

const target = process.env.CHILD_USAGE_FILE;
if (target) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    const usage: ChildUsage = {
      cpuMs: Math.round((u.userCPUTime + u.systemCPUTime) / 1000),
      maxRssMb: Math.round(u.maxRSS / 1024),
    };
    writeFileSync(target, JSON.stringify(usage));
  });
}
