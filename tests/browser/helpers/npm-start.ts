import type { Browser, Page } from "playwright-core";
import { type OpenedPreview, openPreview, type PreviewEnv } from "../../../tools/preview/open-preview";
import { launchChromium } from "./browser";
import { idle } from "./grid-page";

/** What `npm start [-- file]` opens, on a free port, with a Chromium page on it. */
export interface StartedPreview {
  readonly opened: OpenedPreview;
  readonly browser: Browser;
  readonly page: Page;
  /** Closes the page, then the preview (what is pending is saved first). */
  close(): Promise<void>;
}

const SCREEN = { width: 1366, height: 768 };

/**
 * `npm start` as the README runs it: `file` given, or the demo (at `demoFile`, generated when
 * missing), with the environment's PREVIEW_USER / PREVIEW_TODAY.
 */
export async function npmStart(options: {
  file?: string;
  demoFile?: string;
  env?: PreviewEnv;
  viewport?: { width: number; height: number };
}): Promise<StartedPreview> {
  const opened = await openPreview({
    ...(options.file ? { file: options.file } : {}),
    ...(options.demoFile ? { demoFile: options.demoFile } : {}),
    env: { PORT: "0", ...options.env },
    saveDelayMs: 50,
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: options.viewport ?? SCREEN });
  await page.goto(opened.preview.url);
  await idle(page);
  return {
    opened,
    browser,
    page,
    async close() {
      await browser.close();
      await opened.preview.close();
    },
  };
}
