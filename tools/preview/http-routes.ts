import { readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RecordedMenu } from "../gas-sandbox/ui";
import type { DebouncedSaver } from "./debounced-saver";
import { dialogPage, publicFunctions } from "./dialog-page";
import { menuFunctions } from "./menu-functions";
import { pasteModule } from "./paste-module";
import type { PreviewSession } from "./session";
import type { TabInfo } from "./sheet-view";

const PUBLIC = new URL("./public/", import.meta.url);
const STATIC = new Set(readdirSync(PUBLIC).filter((f) => /^[\w-]+\.(html|js|css)$/.test(f)));
const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

export interface RouteContext {
  session: PreviewSession;
  saver: DebouncedSaver | null;
  /** The open file, or null for a workbook kept in memory only. */
  file: string | null;
  /** The day the preview's clock was started on (dd/mm/yyyy), or null for the real date. */
  today: string | null;
}

type Body = Record<string, unknown>;

/** The page's API: GET for reading, POST (JSON) for the user's actions. */
export async function route(ctx: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const path = url.pathname;
  if (req.method === "GET") {
    if (path === "/") return sendStatic(res, "index.html");
    if (path === "/favicon.ico") return send(res, 204, "image/x-icon", "");
    if (path === "/paste.js") return send(res, 200, TYPES.js ?? "", await pasteModule());
    if (STATIC.has(path.slice(1))) return sendStatic(res, path.slice(1));
    if (path === "/api/state") return sendJson(res, state(ctx));
    if (path === "/api/status") return sendJson(res, saveStatus(ctx));
    if (path === "/api/sheet") {
      const view = ctx.session.sheet(url.searchParams.get("name") ?? "");
      return view ? sendJson(res, view) : sendJson(res, { error: "Không có trang tính này." }, 404);
    }
    const dialog = /^\/dialog\/(d\d+)$/.exec(path);
    const stored = dialog ? ctx.session.watcher.dialogs.get(dialog[1] ?? "") : undefined;
    if (stored) {
      const html = dialogPage(stored.content, publicFunctions(ctx.session.sandbox));
      // Apps Script serves user HTML in a sandboxed frame: so does the preview, even if opened alone.
      return send(res, 200, TYPES.html ?? "", html, {
        "content-security-policy": "sandbox allow-scripts allow-forms allow-modals allow-popups",
      });
    }
    return sendJson(res, { error: "Không tìm thấy." }, 404);
  }
  if (req.method !== "POST") return sendJson(res, { error: "Phương thức không được hỗ trợ." }, 405);
  // JSON only: a cross-site form cannot send it without a preflight this server never answers.
  if (!String(req.headers["content-type"]).startsWith("application/json")) {
    return sendJson(res, { error: "Yêu cầu phải là JSON." }, 415);
  }
  const body = await readJson(req);
  if (!body) return sendJson(res, { error: "JSON không hợp lệ." }, 400);
  const { session } = ctx;
  const str = (key: string) => String(body[key] ?? "");
  const num = (key: string) => Number(body[key]);
  switch (path) {
    case "/api/menu": {
      const name = str("functionName");
      if (!menuFunctions(session.menus()).has(name)) {
        return sendJson(res, { error: "Mục menu không tồn tại." }, 400);
      }
      return sendJson(res, session.runMenu(name));
    }
    case "/api/edit":
      return sendJson(res, session.type(str("sheet"), num("row"), num("column"), str("text")));
    case "/api/paste": {
      const rows = Array.isArray(body.rows)
        ? body.rows.map((r) => (Array.isArray(r) ? r.map(String) : []))
        : [];
      return sendJson(res, session.paste(str("sheet"), num("row"), num("column"), rows));
    }
    case "/api/run":
      return sendJson(
        res,
        session.run(str("name"), JSON.stringify(Array.isArray(body.args) ? body.args : [])),
      );
    default:
      return sendJson(res, { error: "Không tìm thấy." }, 404);
  }
}

function state(ctx: RouteContext): {
  file: string | null;
  today: string | null;
  menus: RecordedMenu[];
  tabs: TabInfo[];
} {
  return {
    file: ctx.file,
    today: ctx.today,
    menus: ctx.session.menus(),
    tabs: ctx.session.tabs(),
    ...saveStatus(ctx),
  };
}

function saveStatus(ctx: RouteContext): { save: string; saveError: string | null } {
  return { save: ctx.saver?.status ?? "memory", saveError: ctx.saver?.lastError ?? null };
}

async function readJson(req: IncomingMessage): Promise<Body | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Body) : null;
  } catch {
    return null;
  }
}

function sendStatic(res: ServerResponse, name: string): void {
  const ext = name.slice(name.lastIndexOf(".") + 1);
  send(res, 200, TYPES[ext] ?? "application/octet-stream", readFileSync(new URL(name, PUBLIC)));
}

function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
  res.end(body);
}
