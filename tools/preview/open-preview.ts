import { existsSync } from "node:fs";
import { DEMO_TODAY } from "../demo/demo-day";
import { DEMO_ADMIN } from "../demo/scores";
import { loadWorkbook } from "../xlsx";
import { DEMO_FILE, ensureDemoWorkbook } from "./demo-workbook";
import { firstAdmin } from "./first-admin";
import { previewToday, startClockOn } from "./preview-today";
import { type Preview, startPreview } from "./start-preview";

/** The preview's settings, from the environment: who is at the keyboard, what day it is, the port. */
export interface PreviewEnv {
  PREVIEW_USER?: string;
  PREVIEW_TODAY?: string;
  PORT?: string;
}

export interface OpenPreviewOptions {
  /** The workbook given on the command line; none: the demo (generated when missing). */
  file?: string;
  env?: PreviewEnv;
  bundle?: string;
  /** Where the demo is (generated when missing). */
  demoFile?: string;
  saveDelayMs?: number;
}

export interface OpenedPreview {
  preview: Preview;
  file: string;
  user: string;
  /** The day the clock was started on (dd/mm/yyyy), or null for the real date. */
  today: string | null;
}

/**
 * What `npm start [-- file.xlsx]` opens: the workbook in the sandbox running the built add-on,
 * served to the browser. The demo opens as its Phòng Nội vụ admin (every menu item works) on
 * its own day, 20/02/2020, before its deadline; another file as its first admin; `PREVIEW_USER`
 * and `PREVIEW_TODAY` change either, for the demo and any other file.
 */
export async function openPreview(options: OpenPreviewOptions = {}): Promise<OpenedPreview> {
  const { env = {}, bundle = "build/Code.js" } = options;
  const demo = options.file === undefined;
  // Read before anything is loaded: a mistyped day stops the preview at once.
  const today = previewToday(env.PREVIEW_TODAY, demo ? DEMO_TODAY : undefined);
  const file = options.file ?? (await ensureDemoWorkbook(bundle, options.demoFile ?? DEMO_FILE));
  if (!existsSync(file)) throw new Error(`Không tìm thấy tệp ${file}.`);
  const user = env.PREVIEW_USER || (demo ? DEMO_ADMIN : undefined);
  const sandbox = await loadWorkbook(file, { bundle, buildDir: "build", ...(user ? { user } : {}) });
  // Another file opens as the first e-mail of its `Email quản trị` (or as the spreadsheet's owner
  // while that holds none), so that every menu item works.
  const admin = user ? undefined : firstAdmin(sandbox);
  if (admin) Object.assign(sandbox.services.env, { user: admin, reportedEmail: admin });
  // Before onOpen and every later action: the add-on sees that day from its first call.
  if (today) startClockOn(sandbox, today);
  const preview = await startPreview({
    sandbox,
    file,
    today,
    port: Number(env.PORT ?? 8080),
    ...(options.saveDelayMs !== undefined ? { saveDelayMs: options.saveDelayMs } : {}),
  });
  return { preview, file, user: sandbox.services.env.user, today };
}
