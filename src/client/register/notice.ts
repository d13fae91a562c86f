import { byId, el } from "./dom";

/** The three ways a result can stand, plus a plain information line. */
export type NoticeKind = "ok" | "warn" | "fail" | "info";

const TITLES: Record<NoticeKind, string> = {
  ok: "Đã ghi",
  warn: "Đã ghi, nhưng chưa được tính",
  fail: "Chưa ghi",
  info: "",
};

/**
 * The result box at the top of the form: a headline, then one line per person concerned;
 * scrolled into view and announced, so the user sees it where they are looking.
 */
export function notify(kind: NoticeKind, message: string, lines: readonly string[] = []): void {
  const notice = byId("notice");
  notice.className = `notice ${kind}`;
  notice.replaceChildren();
  if (message === "" && lines.length === 0) {
    notice.hidden = true;
    return;
  }
  if (TITLES[kind]) notice.append(el("strong", {}, TITLES[kind]));
  notice.append(el("p", {}, message));
  if (lines.length > 0) {
    const list = el("ul", {});
    for (const line of lines) list.append(el("li", {}, line));
    notice.append(list);
  }
  notice.hidden = false;
  notice.scrollIntoView({ block: "start" });
}
