import { findTitle } from "../../core/registration-form/check-form";
import { requirementFor, requirementLabel } from "../../core/registration-form/requirement";
import type { IndividualInput } from "../../core/registration-form/schema";
import type { TitleOption } from "../../core/registration-form/types";
import { byId, el, fillSelect } from "./dom";

/** The individuals list: one block of fields per person; ids `p-<i>-<field>` match the check's paths. */
export class PeopleList {
  private titles: readonly TitleOption[] = [];
  private unitTypeKey = "";

  constructor(private readonly list: HTMLOListElement) {}

  /** The titles offered and the unit they are for (its type decides what needs an initiative/model). */
  configure(titles: readonly TitleOption[], unitTypeKey: string): void {
    this.titles = titles;
    this.unitTypeKey = unitTypeKey;
    const rows = this.read();
    this.list.replaceChildren();
    for (const r of rows) this.add(r);
  }

  read(): IndividualInput[] {
    return Array.from(this.list.children).map((_, i) => {
      const value = (f: string) =>
        (document.getElementById(`p-${i}-${f}`) as HTMLInputElement | null)?.value ?? "";
      const needs = !byId(`p-${i}-initiative-wrap`).hidden;
      return {
        name: value("name"),
        position: value("position"),
        title: value("title"),
        initiative: needs ? value("initiative") : "",
      };
    });
  }

  clear(): void {
    this.list.replaceChildren();
  }

  get size(): number {
    return this.list.children.length;
  }

  /** Appends a person; a pasted title is matched to the list (abbreviations and variants too). */
  add(p: IndividualInput = { name: "", position: "", title: "", initiative: "" }): HTMLInputElement {
    const i = this.list.children.length;
    const li = el("li", { id: `p-${i}` });
    const head = el("div", { className: "person-head" });
    const remove = el("button", { type: "button", className: "danger" }, "Xóa");
    remove.setAttribute("aria-label", `Xóa cá nhân thứ ${i + 1}`);
    remove.addEventListener("click", () => this.remove(i));
    head.append(el("span", {}, `Cá nhân ${i + 1}`), remove);
    const name = this.input(li, i, "name", "Họ và tên", p.name);
    this.input(li, i, "position", "Chức vụ", p.position);
    li.append(el("label", { htmlFor: `p-${i}-title` }, "Danh hiệu"));
    const select = el("select", { id: `p-${i}-title` });
    fillSelect(
      select,
      this.titles.map((t) => [t.name, t.name]),
      "— Chọn danh hiệu —",
    );
    const match = findTitle(this.titles, p.title);
    if (match) select.value = match.name;
    else if (p.title.trim()) {
      select.append(el("option", { value: p.title }, `${p.title} (không có trong danh sách)`));
      select.value = p.title;
    }
    li.append(select);
    const wrap = el("div", { id: `p-${i}-initiative-wrap`, className: "initiative" });
    const label = el(
      "label",
      { htmlFor: `p-${i}-initiative`, id: `p-${i}-initiative-label` },
      "Tên sáng kiến",
    );
    const initiative = el("input", { id: `p-${i}-initiative`, type: "text", value: p.initiative });
    initiative.autocomplete = "off";
    wrap.append(label, initiative);
    li.prepend(head);
    li.append(wrap);
    this.list.append(li);
    select.addEventListener("change", () => this.showRequirement(i));
    this.showRequirement(i);
    return name;
  }

  /** Shows the initiative/model field exactly when the chosen title requires it for this unit. */
  private showRequirement(i: number): void {
    const title = findTitle(this.titles, byId<HTMLSelectElement>(`p-${i}-title`).value);
    const need = title ? requirementFor(title, this.unitTypeKey) : null;
    byId(`p-${i}-initiative-wrap`).hidden = need === null;
    if (need) byId(`p-${i}-initiative-label`).textContent = requirementLabel(need);
  }

  private input(li: HTMLElement, i: number, field: string, label: string, value: string): HTMLInputElement {
    const input = el("input", { id: `p-${i}-${field}`, type: "text", value });
    input.autocomplete = "off";
    li.append(el("label", { htmlFor: input.id }, label), input);
    return input;
  }

  private remove(i: number): void {
    const rows = this.read();
    rows.splice(i, 1);
    this.list.replaceChildren();
    for (const r of rows) this.add(r);
    const next = document.getElementById(`p-${Math.min(i, rows.length - 1)}-name`) ?? byId("add-person");
    next.focus();
  }
}
