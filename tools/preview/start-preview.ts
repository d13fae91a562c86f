import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Sandbox } from "../gas-sandbox";
import { documentPropertiesOf, saveWorkbook } from "../xlsx";
import { DebouncedSaver } from "./debounced-saver";
import { route } from "./http-routes";
import { pasteModule } from "./paste-module";
import { PreviewSession } from "./session";

export interface PreviewOptions {
  /** The add-on running on the workbook (from `loadWorkbook`, or built in memory by a test). */
  sandbox: Sandbox;
  /** Where every change is saved (.xlsx); omitted: the workbook lives in memory only. */
  file?: string;
  /** 0 = any free port. When the port is taken, a free one is used instead. */
  port?: number;
  saveDelayMs?: number;
  /** The day the sandbox's clock was started on (dd/mm/yyyy), shown on the page; null: the real date. */
  today?: string | null;
}

export interface Preview {
  url: string;
  port: number;
  session: PreviewSession;
  saver: DebouncedSaver | null;
  /** Saves what is pending, then stops the server. */
  close(): Promise<void>;
}

const HOST = "127.0.0.1";

/** Serves the preview page for one workbook, on 127.0.0.1 only. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const { sandbox, file } = options;
  await pasteModule(); // bundled before the first page asks for it: a broken build fails here
  const saver = file
    ? new DebouncedSaver(
        () =>
          saveWorkbook(sandbox.services.spreadsheet, file, {
            documentProperties: documentPropertiesOf(sandbox),
          }),
        options.saveDelayMs,
      )
    : null;
  const session = new PreviewSession(sandbox, () => saver?.schedule());
  const ctx = { session, saver, file: file ?? null, today: options.today ?? null };
  let port = 0;
  const server = createServer((req, res) => {
    // Only this machine's own names: a page elsewhere cannot reach the server by DNS rebinding.
    const host = req.headers.host ?? "";
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) {
      res.writeHead(403).end();
      return;
    }
    route(ctx, req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`Lỗi máy chủ xem trước: ${e instanceof Error ? e.message : String(e)}`);
    });
  });
  port = await listen(server, options.port ?? 0);
  return {
    url: `http://${HOST}:${port}/`,
    port,
    session,
    saver,
    close: async () => {
      await saver?.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Listens on `port`, or on a free port when it is taken. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      if (e.code === "EADDRINUSE" && port !== 0) {
        server.listen(0, HOST);
      } else reject(e);
    };
    server.on("error", onError);
    server.listen(port, HOST, () => {
      server.off("error", onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
