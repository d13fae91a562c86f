import { rmSync } from "node:fs";
import { dirname } from "node:path";
import type { Browser, Page } from "playwright-core";
import { DEMO_ADMIN } from "../../../tools/demo/scores";
import { type Preview, startPreview } from "../../../tools/preview/start-preview";
import { loadWorkbook } from "../../../tools/xlsx";
import { launchChromium } from "./browser";
import { BUNDLE, uncheckedDemoFile } from "./demo-file";
import { idle } from "./grid-page";

/** The preview serving a temporary copy of the demo, and a Chromium page on it. */
export interface DemoSession {
  readonly file: string;
  readonly preview: Preview;
  readonly browser: Browser;
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * Opens the demo as `npm start` does: as its Phòng Nội vụ admin, or as `user`
 * (`PREVIEW_USER=<e-mail> npm start`).
 */
export async function openDemoSession(
  viewport: { width: number; height: number },
  user: string = DEMO_ADMIN,
): Promise<DemoSession> {
  const file = await uncheckedDemoFile();
  const preview = await startPreview({
    sandbox: await loadWorkbook(file, { bundle: BUNDLE, user }),
    file,
    saveDelayMs: 50,
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  await page.goto(preview.url);
  await idle(page);
  return {
    file,
    preview,
    browser,
    page,
    async close() {
      await browser.close();
      await preview.close();
      rmSync(dirname(file), { recursive: true, force: true });
    },
  };
}
