import { SETUP } from "../menu/menu";
import { describeSetup } from "../setup/describe-setup";
import { planSetup } from "../setup/plan-setup";
import { SETUP_TEMPLATE } from "../template/setup-template";
import type { ActionInput, Outcome } from "./action";

/** Document property remembering which tabs setup already seeded with template rows. */
export const SEEDED_TABS_KEY = "setup.seededTabs";

/** The tabs setup already seeded, from the property's JSON; an unreadable value counts as none. */
export function seededTabs(json: string | null): Set<string> {
  try {
    const v: unknown = JSON.parse(json ?? "[]");
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

/**
 * `Khởi tạo / cập nhật bảng tính` (admin): creates or completes the year's workbook. Only
 * appends (tabs, columns at the end, template rows not seeded before); reports what it added.
 */
export function setupWorkbook(input: ActionInput & { readonly seeded: string | null }): Outcome<string[]> {
  const plan = planSetup(input.snapshot, SETUP_TEMPLATE, seededTabs(input.seeded));
  const lines = describeSetup(plan);
  return {
    result: lines,
    writes: [
      { kind: "setup", plan },
      { kind: "property", key: SEEDED_TABS_KEY, value: JSON.stringify(plan.seeded) },
      { kind: "log", action: SETUP.caption, detail: lines.join(" ") },
    ],
  };
}
