import type { Sandbox } from "../gas-sandbox";

/** What the add-on showed during one action, for the page to display. */
export interface UiEvents {
  alerts: { title?: string; prompt: string; buttons?: string; kind: "alert" | "prompt" }[];
  toasts: { msg: string; title?: string; timeoutSeconds?: number | null }[];
  dialogs: DialogInfo[];
}

interface DialogInfo {
  id: string;
  kind: "sidebar" | "modal" | "modeless";
  title: string;
  width: number;
  height: number;
}

export interface StoredDialog extends DialogInfo {
  content: string;
}

/**
 * Watches the sandbox's recorded alerts, prompts, toasts and dialogs, and hands out only the
 * ones added since the previous call. Dialog contents are kept for the iframe to load.
 */
export class UiWatcher {
  private seen = { alerts: 0, prompts: 0, toasts: 0, dialogs: 0 };
  private nextDialog = 1;
  readonly dialogs = new Map<string, StoredDialog>();

  constructor(private readonly sandbox: Sandbox) {
    this.take();
  }

  take(): UiEvents {
    const { ui, spreadsheet } = this.sandbox.services;
    const alerts = ui.alerts.slice(this.seen.alerts).map((a) => ({ ...a, kind: "alert" as const }));
    const prompts = ui.prompts.slice(this.seen.prompts).map((a) => ({ ...a, kind: "prompt" as const }));
    const toasts = spreadsheet.toasts.slice(this.seen.toasts).map((t) => ({ ...t }));
    const dialogs = ui.dialogs.slice(this.seen.dialogs).map((d) => {
      const html = d.html as typeof d.html & { getWidth?(): number; getHeight?(): number };
      const stored: StoredDialog = {
        id: `d${this.nextDialog++}`,
        kind: d.kind,
        title: d.title ?? html.getTitle(),
        width: html.getWidth?.() || 300,
        height: html.getHeight?.() || 0,
        content: html.getContent(),
      };
      this.dialogs.set(stored.id, stored);
      const { content: _content, ...info } = stored;
      return info;
    });
    this.seen = {
      alerts: ui.alerts.length,
      prompts: ui.prompts.length,
      toasts: spreadsheet.toasts.length,
      dialogs: ui.dialogs.length,
    };
    return { alerts: [...alerts, ...prompts], toasts, dialogs };
  }
}
