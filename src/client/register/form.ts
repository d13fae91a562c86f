import type { FormIssue } from "../../core/registration-form/check-form";
import type { Submission } from "../../core/registration-form/schema";
import type { ClusterOption } from "../../core/registration-form/types";
import { byId } from "./dom";
import type { PeopleList } from "./people";

/** What the form holds, as the server's schema expects it. */
export function formValue(people: PeopleList): Submission {
  const title = byId<HTMLSelectElement>("collective-title").value;
  const needs = !byId("collective-initiative-wrap").hidden;
  return {
    cluster: byId<HTMLSelectElement>("cluster").value,
    unit: byId<HTMLSelectElement>("unit").value,
    collective: title
      ? { title, initiative: needs ? byId<HTMLInputElement>("collective-initiative").value : "" }
      : null,
    individuals: people.read(),
  };
}

const FIELD_IDS: Record<string, string> = { cluster: "cluster", unit: "unit", individuals: "add-person" };
const fieldId = (path: string): string =>
  FIELD_IDS[path] ?? path.replace(/^individuals\.(\d+)\./, "p-$1-").replace(/^collective\./, "collective-");

/** Marks the fields with a problem (and focuses the first one); clears the marks of the others. */
export function markFields(issues: readonly FormIssue[], focus: boolean): void {
  for (const node of Array.from(document.querySelectorAll("[aria-invalid]")))
    node.removeAttribute("aria-invalid");
  for (const i of issues) document.getElementById(fieldId(i.field))?.setAttribute("aria-invalid", "true");
  const first = issues.find((i) => document.getElementById(fieldId(i.field)));
  if (first && focus) document.getElementById(fieldId(first.field))?.focus({ preventScroll: true });
}

/** A cluster as the 300 px select can show it: "Cụm 3 – Khối cơ quan tổng hợp…" rather than the full name. */
export function clusterLabel(c: ClusterOption): string {
  const short = (c.name.split(" – ").slice(1).join(" – ") || c.name).trim();
  const label = short ? `Cụm ${c.id} – ${short}` : `Cụm ${c.id}`;
  return label.length > 38 ? `${label.slice(0, 37).trimEnd()}…` : label;
}
