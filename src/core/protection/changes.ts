import type { ProtectOp } from "../use-cases/write-plan";
import { isOwnProtection, type WantedProtection } from "./wanted";

/** A tab as read before `Phân quyền`: its sheet protection, if any. */
export interface TabProtectionState {
  readonly tab: string;
  readonly protection: {
    readonly description: string;
    readonly warningOnly: boolean;
    /** Lower-cased; read only for the add-on's own protections (empty for the office's). */
    readonly editors: readonly string[];
    readonly domainEdit: boolean;
  } | null;
}

/** What `Phân quyền` does to one tab: its op (null when nothing changes) and, for people, who gains or loses access. */
export interface TabChange {
  readonly wanted: WantedProtection;
  /** `office`: the tab carries a protection the office made itself, never touched. */
  readonly status: "created" | "updated" | "unchanged" | "office";
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly op: ProtectOp | null;
}

const lower = (emails: readonly string[]): string[] => [
  ...new Set(emails.filter((e) => e !== "").map((e) => e.toLowerCase())),
];
const minus = (a: readonly string[], b: readonly string[]): string[] => a.filter((e) => !b.includes(e));

/**
 * The change of each wanted tab, from its protection as read. `keep` are the owner and the user
 * running it: Google never removes them, so they are kept as editors rather than fought with.
 * A rerun with nothing changed in the plan makes no op at all.
 */
export function protectionChanges(
  wanted: readonly WantedProtection[],
  states: readonly TabProtectionState[],
  keep: readonly string[],
): TabChange[] {
  const kept = lower(keep);
  return wanted.map((w): TabChange => {
    const state = states.find((s) => s.tab === w.tab)?.protection ?? null;
    const warning = w.level === "warning";
    const full = warning ? [] : lower([...w.editors, ...kept]);
    const base = { sheet: w.tab, add: [] as string[], remove: [] as string[], domainEditOff: false };
    if (state === null) {
      const op: ProtectOp = {
        ...base,
        kind: "protect",
        create: true,
        description: w.description,
        warningOnly: warning,
        reset: !warning,
        add: full,
        domainEditOff: !warning,
      };
      return { wanted: w, status: "created", added: minus(w.editors, kept), removed: [], op };
    }
    if (!isOwnProtection(state.description))
      return { wanted: w, status: "office", added: [], removed: [], op: null };
    const description = state.description === w.description ? null : w.description;
    const fromWarning = !warning && state.warningOnly;
    const added = warning ? [] : fromWarning ? full : minus(full, state.editors);
    const removed = warning || fromWarning ? [] : minus(lower(state.editors), full);
    const warningOnly = state.warningOnly === warning ? null : warning;
    const domainEditOff = !warning && state.domainEdit;
    const changed =
      description !== null || warningOnly !== null || added.length + removed.length > 0 || domainEditOff;
    const op: ProtectOp | null = changed
      ? {
          ...base,
          kind: "protect",
          create: false,
          description,
          warningOnly,
          reset: fromWarning,
          add: added,
          remove: removed,
          domainEditOff,
        }
      : null;
    return { wanted: w, status: changed ? "updated" : "unchanged", added: minus(added, kept), removed, op };
  });
}
