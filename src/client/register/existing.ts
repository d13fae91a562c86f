import type { RowRef } from "../../core/registration-form/schema";
import type { ClusterOption, ExistingRow } from "../../core/registration-form/types";
import { el, fillSelect } from "./dom";
import { openResultPanel, type ResultValues, resultLine } from "./result-panel";

/** What the list asks of the page: correct a row, or withdraw it (after confirmation here). */
export interface ExistingActions {
  correct(
    row: ExistingRow,
    values: { person: string; position: string; title: string; initiative: string },
  ): void;
  withdraw(ref: Omit<RowRef, "cluster">): void;
  record(row: ExistingRow, values: ResultValues): void;
}

/** How the user knows a row: its STT as the sheet shows it, else its row number. */
const rowName = (r: ExistingRow): string => (r.no ? `STT ${r.no}` : `Dòng ${r.row}`);

/** Renders a unit's existing registrations with their status; every text through textContent. */
export function renderExisting(
  list: HTMLUListElement,
  rows: readonly ExistingRow[],
  cluster: ClusterOption | undefined,
  actions: ExistingActions,
): void {
  list.replaceChildren();
  if (rows.length === 0) list.append(el("li", { className: "hint" }, "Đơn vị chưa có đăng ký nào."));
  for (const r of rows) {
    const li = el("li", { id: `row-${r.row}` });
    const who = r.person ? `${r.person}${r.position ? ` – ${r.position}` : ""}` : "Tập thể";
    li.append(el("div", {}, `${rowName(r)}: ${who}`), el("div", {}, r.title));
    if (r.initiative) li.append(el("div", { className: "hint" }, r.initiative));
    const tone = r.severity === "Lỗi" ? "bad" : r.severity ? "" : "valid";
    const result = resultLine(r);
    if (result) li.append(el("div", { className: "result" }, result));
    li.append(el("div", { className: `status ${tone}` }, r.status));
    const bar = el("div", { className: "actions" });
    const edit = el("button", { type: "button" }, "Sửa");
    const mark = el("button", { type: "button" }, "Kết quả");
    const drop = el("button", { type: "button", className: "danger" }, "Rút");
    edit.setAttribute("aria-label", `Sửa ${rowName(r)}`);
    mark.setAttribute("aria-label", `Ghi kết quả bình xét ${rowName(r)}`);
    drop.setAttribute("aria-label", `Rút đăng ký ${rowName(r)}`);
    edit.addEventListener("click", () => openEditor(li, r, cluster, actions));
    mark.addEventListener("click", () => openResultPanel(li, r, cluster, (v) => actions.record(r, v)));
    drop.addEventListener("click", () => confirmWithdraw(li, r, actions));
    bar.append(edit, mark, drop);
    li.append(bar);
    list.append(li);
  }
}

function confirmWithdraw(li: HTMLElement, r: ExistingRow, actions: ExistingActions): void {
  li.querySelector(".panel")?.remove();
  const panel = el("div", { className: "panel" });
  panel.setAttribute("role", "group");
  const who = r.person || "tập thể";
  panel.append(
    el(
      "p",
      {},
      `Rút đăng ký '${r.title}' của ${who}? Dữ liệu của ${rowName(r)} sẽ bị xóa khỏi trang cụm; giá trị cũ được lưu trong Nhật ký.`,
    ),
  );
  const yes = el("button", { type: "button", className: "danger" }, "Xác nhận rút");
  const no = el("button", { type: "button" }, "Không rút");
  yes.addEventListener("click", () => actions.withdraw({ row: r.row, fingerprint: r.fingerprint }));
  no.addEventListener("click", () => panel.remove());
  panel.append(yes, no);
  li.append(panel);
  no.focus();
}

const LABELS: Record<string, string> = {
  person: "Họ và tên",
  position: "Chức vụ",
  title: "Danh hiệu",
  initiative: "Tên sáng kiến / mô hình",
};

function openEditor(
  li: HTMLElement,
  r: ExistingRow,
  cluster: ClusterOption | undefined,
  actions: ExistingActions,
): void {
  li.querySelector(".panel")?.remove();
  const panel = el("div", { className: "panel" });
  const fields = r.person ? ["person", "position", "title", "initiative"] : ["title", "initiative"];
  const inputs: Record<string, HTMLInputElement | HTMLSelectElement> = {};
  for (const f of fields) {
    const id = `edit-${r.row}-${f}`;
    const control =
      f === "title"
        ? titleSelect(id, r, cluster)
        : el("input", { id, type: "text", value: String(r[f as keyof ExistingRow] ?? "") });
    panel.append(el("label", { htmlFor: id }, LABELS[f] ?? f), control);
    inputs[f] = control;
  }
  const save = el("button", { type: "button" }, "Lưu");
  const cancel = el("button", { type: "button" }, "Hủy");
  const value = (f: string) => inputs[f]?.value ?? "";
  save.addEventListener("click", () =>
    actions.correct(r, {
      person: value("person"),
      position: value("position"),
      title: value("title"),
      initiative: value("initiative"),
    }),
  );
  cancel.addEventListener("click", () => panel.remove());
  panel.append(save, cancel);
  li.append(panel);
  inputs[fields[0] as string]?.focus();
}

/** The title is chosen from the catalogue for the row's subject; a title no longer in it stays offered as it is. */
function titleSelect(id: string, r: ExistingRow, cluster: ClusterOption | undefined): HTMLSelectElement {
  const options = (r.person ? cluster?.individualTitles : cluster?.collectiveTitles) ?? [];
  const select = el("select", { id });
  fillSelect(
    select,
    options.map((t) => [t.name, t.name]),
  );
  if (!options.some((t) => t.name === r.title))
    select.prepend(el("option", { value: r.title }, `${r.title} (không có trong danh sách)`));
  select.value = r.title;
  return select;
}
