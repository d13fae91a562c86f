import { REQUIREMENT, RESULT } from "../../core/contract/workbook";
import { OUTCOME_CHOICES, RATING_CHOICES } from "../../core/registration-form/schema";
import type { ClusterOption, ExistingRow } from "../../core/registration-form/types";
import { el, fillSelect } from "./dom";

/** The year-end result the list asks the page to record for a row. */
export interface ResultValues {
  outcome: string;
  rating: string;
  initiativeDecision: string;
}

/** "Kết quả: Đạt · Hoàn thành tốt nhiệm vụ · QĐ công nhận SK 15/QĐ" — what the row already holds, or ''. */
export function resultLine(r: ExistingRow): string {
  const parts = [r.outcome, r.rating, r.initiativeDecision ? `QĐ công nhận SK ${r.initiativeDecision}` : ""];
  const text = parts.filter(Boolean).join(" · ");
  return text ? `Kết quả: ${text}` : "";
}

/** True when the row's title asks for an initiative: its recognition decision is asked for then. */
function needsDecision(r: ExistingRow, cluster: ClusterOption | undefined): boolean {
  const titles = [...(cluster?.collectiveTitles ?? []), ...(cluster?.individualTitles ?? [])];
  return titles.some((t) => t.name === r.title && t.requirement === REQUIREMENT.initiative);
}

/**
 * The panel under a row for its year-end result: `Kết quả bình xét` and `Xếp loại` from their lists
 * (as the tab's dropdowns), the initiative's recognition decision when the title needs one.
 */
export function openResultPanel(
  li: HTMLElement,
  r: ExistingRow,
  cluster: ClusterOption | undefined,
  save: (values: ResultValues) => void,
): void {
  li.querySelector(".panel")?.remove();
  const panel = el("div", { className: "panel" });
  panel.setAttribute("role", "group");
  const id = (f: string) => `result-${r.row}-${f}`;
  const outcome = el("select", { id: id("outcome") });
  fillSelect(
    outcome,
    OUTCOME_CHOICES.filter(Boolean).map((o) => [o, o]),
    "— Chưa bình xét —",
  );
  outcome.value = OUTCOME_CHOICES.includes(r.outcome) ? r.outcome : "";
  const rating = el("select", { id: id("rating") });
  fillSelect(
    rating,
    RATING_CHOICES.filter(Boolean).map((o) => [o, o]),
    "— Không ghi —",
  );
  rating.value = RATING_CHOICES.includes(r.rating) ? r.rating : "";
  panel.append(
    el("label", { htmlFor: outcome.id }, RESULT.outcome),
    outcome,
    el("label", { htmlFor: rating.id }, RESULT.rating),
    rating,
  );
  const decision = el("input", { id: id("decision"), type: "text", value: r.initiativeDecision });
  if (needsDecision(r, cluster) || r.initiativeDecision)
    panel.append(el("label", { htmlFor: decision.id }, RESULT.initiativeDecision), decision);
  const ok = el("button", { type: "button" }, "Lưu kết quả");
  const cancel = el("button", { type: "button" }, "Hủy");
  ok.addEventListener("click", () =>
    save({ outcome: outcome.value, rating: rating.value, initiativeDecision: decision.value }),
  );
  cancel.addEventListener("click", () => panel.remove());
  panel.append(ok, cancel);
  li.append(panel);
  outcome.focus();
}
