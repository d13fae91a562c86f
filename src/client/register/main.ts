import { checkForm, type FormIssue } from "../../core/registration-form/check-form";
import { parsePastedIndividuals } from "../../core/registration-form/paste";
import { requirementFor, requirementLabel } from "../../core/registration-form/requirement";
import type { Submission } from "../../core/registration-form/schema";
import type {
  ClusterOption,
  RegistrationContext,
  UnitOption,
  WriteResult,
} from "../../core/registration-form/types";
import { busy, byId, el, fillSelect, notify } from "./dom";
import { renderExisting } from "./existing";
import { PeopleList } from "./people";
import { callServer } from "./server";

let context: RegistrationContext | null = null;
const people = new PeopleList(byId<HTMLOListElement>("people"));
const clusterSelect = byId<HTMLSelectElement>("cluster");
const unitSelect = byId<HTMLSelectElement>("unit");
const collectiveTitle = byId<HTMLSelectElement>("collective-title");
const collectiveInitiative = byId<HTMLInputElement>("collective-initiative");

const cluster = (): ClusterOption | undefined => context?.clusters.find((c) => c.id === clusterSelect.value);
const unit = (): UnitOption | undefined => cluster()?.units.find((u) => u.name === unitSelect.value);

function onCluster(): void {
  const c = cluster();
  fillSelect(
    unitSelect,
    (c?.units ?? []).map((u) => [u.name, u.name]),
    "— Chọn đơn vị —",
  );
  fillSelect(
    collectiveTitle,
    (c?.collectiveTitles ?? []).map((t) => [t.name, t.name]),
    "— Không đăng ký tập thể —",
  );
  byId("individuals").hidden = !c || c.individualTitles.length === 0;
  onUnit();
}

function onUnit(): void {
  const c = cluster();
  const u = unit();
  byId("unit-info").textContent = u
    ? `Loại đơn vị: ${u.type || "(chưa ghi)"}${c?.deadline ? ` · Hạn đăng ký: ${c.deadline}` : ""}`
    : "";
  byId("existing").hidden = !u;
  renderRows();
  people.configure(c?.individualTitles ?? [], u?.typeKey ?? "");
  onCollectiveTitle();
}

function renderRows(): void {
  renderExisting(byId<HTMLUListElement>("existing-list"), unit()?.registrations ?? [], {
    correct: (row, values) =>
      write("updateRegistration", {
        cluster: clusterSelect.value,
        row: row.row,
        fingerprint: row.fingerprint,
        ...values,
      }),
    withdraw: (ref) => write("withdrawRegistration", { cluster: clusterSelect.value, ...ref }),
  });
}

function onCollectiveTitle(): void {
  const title = cluster()?.collectiveTitles.find((t) => t.name === collectiveTitle.value);
  const need = title ? requirementFor(title, unit()?.typeKey ?? "") : null;
  byId("collective-initiative-wrap").hidden = need === null;
  if (need) byId("collective-initiative-label").textContent = requirementLabel(need);
}

function formValue(): Submission {
  const needs = !byId("collective-initiative-wrap").hidden;
  return {
    cluster: clusterSelect.value,
    unit: unitSelect.value,
    collective: collectiveTitle.value
      ? { title: collectiveTitle.value, initiative: needs ? collectiveInitiative.value : "" }
      : null,
    individuals: people.read(),
  };
}

const FIELD_IDS: Record<string, string> = { cluster: "cluster", unit: "unit", individuals: "add-person" };
const fieldId = (path: string): string =>
  FIELD_IDS[path] ?? path.replace(/^individuals\.(\d+)\./, "p-$1-").replace(/^collective\./, "collective-");

function showIssues(issues: readonly Pick<FormIssue, "code" | "message" | "field">[], focus = true): void {
  for (const node of Array.from(document.querySelectorAll("[aria-invalid]")))
    node.removeAttribute("aria-invalid");
  const list = byId<HTMLUListElement>("errors");
  list.replaceChildren();
  for (const i of issues) {
    list.append(el("li", {}, i.code ? `${i.code}: ${i.message}` : i.message));
    if (i.field) document.getElementById(fieldId(i.field))?.setAttribute("aria-invalid", "true");
  }
  const first = issues.find((i) => i.field && document.getElementById(fieldId(i.field)));
  if (first && focus) document.getElementById(fieldId(first.field))?.focus();
}

async function submit(): Promise<void> {
  const value = formValue();
  const issues = checkForm(value, cluster());
  showIssues(issues);
  if (issues.length > 0) {
    notify("fail", "Chưa gửi: hãy sửa các lỗi bên dưới.");
    return;
  }
  await write("submitRegistrations", value, () => {
    people.clear();
    collectiveTitle.value = "";
    collectiveInitiative.value = "";
    onCollectiveTitle();
  });
}

async function write(
  name: "submitRegistrations" | "updateRegistration" | "withdrawRegistration",
  payload: unknown,
  after?: () => void,
): Promise<void> {
  try {
    const result: WriteResult = await busy("Đang ghi vào bảng tính…", () => callServer(name, payload));
    if (!result.ok) {
      notify("fail", result.message);
      showIssues((result.findings ?? []).map((f) => ({ field: "", code: f.code, message: f.message })));
      return;
    }
    const u = unit();
    if (u) (u as { registrations: UnitOption["registrations"] }).registrations = result.registrations;
    showIssues([]);
    const notes = result.findings.map((f) => `Dòng ${f.row}: ${f.code}: ${f.message}`);
    notify("ok", [result.message, ...notes].join("\n"));
    after?.();
    renderRows();
  } catch (e) {
    notify("fail", `Không gửi được tới máy chủ. Hãy thử lại.\n${e instanceof Error ? e.message : String(e)}`);
  }
}

function paste(): void {
  const area = byId<HTMLTextAreaElement>("paste-text");
  const rows = parsePastedIndividuals(area.value);
  if (people.size === 1 && people.read()[0]?.name === "") people.clear();
  for (const r of rows) people.add(r);
  area.value = "";
  notify("ok", `Đã điền ${rows.length} cá nhân từ khối dán. Hãy kiểm tra lại trước khi gửi.`);
}

async function load(): Promise<void> {
  try {
    const result = await busy("Đang tải dữ liệu…", () => callServer("getRegistrationContext"));
    if (!result.ok) {
      notify("fail", result.message);
      return;
    }
    context = result;
    fillSelect(
      clusterSelect,
      result.clusters.map((c) => [c.id, c.name ? `${c.id} – ${c.name}` : `Cụm ${c.id}`]),
    );
    byId("form").hidden = false;
    onCluster();
  } catch (e) {
    notify(
      "fail",
      `Không tải được dữ liệu. Hãy đóng và mở lại biểu mẫu.\n${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

// Enter in a text field must never send the form: only the button does.
byId("form").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.target as HTMLElement).tagName === "INPUT") e.preventDefault();
});
byId("form").addEventListener("submit", (e) => e.preventDefault());
// Once a submit was refused, the list of problems follows the user's corrections.
byId("form").addEventListener("input", () => {
  if (byId("errors").childElementCount === 0) return;
  const issues = checkForm(formValue(), cluster());
  showIssues(issues, false);
  if (issues.length === 0) notify("ok", "Đã sửa hết lỗi: có thể gửi đăng ký.");
});
clusterSelect.addEventListener("change", onCluster);
unitSelect.addEventListener("change", onUnit);
collectiveTitle.addEventListener("change", onCollectiveTitle);
byId("add-person").addEventListener("click", () => people.add().focus());
byId("paste-apply").addEventListener("click", paste);
byId("submit").addEventListener("click", () => void submit());
void load();
