import { checkForm, type FormIssue } from "../../core/registration-form/check-form";
import { parsePastedIndividuals } from "../../core/registration-form/paste";
import { requirementFor, requirementLabel } from "../../core/registration-form/requirement";
import type {
  ClusterOption,
  ExistingRow,
  RegistrationContext,
  UnitOption,
  WriteResult,
} from "../../core/registration-form/types";
import { busy, byId, fillSelect } from "./dom";
import { renderExisting } from "./existing";
import { clusterLabel, formValue, markFields } from "./form";
import { notify } from "./notice";
import { PeopleList } from "./people";
import { callServer } from "./server";

let context: RegistrationContext | null = null;
let existing: readonly ExistingRow[] = [];
const people = new PeopleList(byId<HTMLOListElement>("people"));
const clusterSelect = byId<HTMLSelectElement>("cluster");
const unitSelect = byId<HTMLSelectElement>("unit");
const collectiveTitle = byId<HTMLSelectElement>("collective-title");

const cluster = (): ClusterOption | undefined => context?.clusters.find((c) => c.id === clusterSelect.value);
const unit = (): UnitOption | undefined => cluster()?.units.find((u) => u.name === unitSelect.value);

function onCluster(): void {
  const c = cluster();
  fillSelect(
    unitSelect,
    (c?.units ?? []).map((u) => [u.name, u.registered > 0 ? `${u.name} (${u.registered} đăng ký)` : u.name]),
    "— Chọn đơn vị —",
  );
  fillSelect(
    collectiveTitle,
    (c?.collectiveTitles ?? []).map((t) => [t.name, t.name]),
    "— Không đăng ký tập thể —",
  );
  byId("individuals").hidden = !c || c.individualTitles.length === 0;
  const late = byId("late");
  late.hidden = !c?.late;
  late.textContent = c?.late
    ? `Đã qua hạn đăng ký ${c.deadline} của cụm ${c.id} (hôm nay ${context?.today}): đăng ký gửi bây giờ vẫn được ghi vào bảng tính nhưng theo kế hoạch sẽ không được xét khen thưởng cuối năm.`
    : "";
  void onUnit();
}

async function onUnit(): Promise<void> {
  const c = cluster();
  const u = unit();
  byId("unit-info").textContent = u
    ? `Loại đơn vị: ${u.type || "(chưa ghi)"}${c?.deadline ? ` · Hạn đăng ký: ${c.deadline}` : ""}`
    : "";
  byId("existing").hidden = !u;
  existing = [];
  people.configure(c?.individualTitles ?? [], u?.typeKey ?? "");
  onCollectiveTitle();
  if (!c || !u) return renderRows();
  const result = await busy("Đang tải đăng ký của đơn vị…", () =>
    callServer("getUnitRegistrations", { cluster: c.id, unit: u.name }),
  ).catch((e: unknown) => ({ ok: false as const, code: "NETWORK", message: String(e) }));
  if (!result.ok) notify("fail", `Không tải được đăng ký của đơn vị. ${result.message}`);
  else existing = result.registrations;
  renderRows();
}

function renderRows(): void {
  const c = cluster();
  renderExisting(byId<HTMLUListElement>("existing-list"), existing, c, {
    correct: (row, values) =>
      write("updateRegistration", {
        cluster: clusterSelect.value,
        row: row.row,
        fingerprint: row.fingerprint,
        ...values,
      }),
    withdraw: (ref) => write("withdrawRegistration", { cluster: clusterSelect.value, ...ref }),
    record: (row, values) =>
      write("recordResult", {
        cluster: clusterSelect.value,
        row: row.row,
        fingerprint: row.fingerprint,
        ...values,
      }),
  });
}

function onCollectiveTitle(): void {
  const title = cluster()?.collectiveTitles.find((t) => t.name === collectiveTitle.value);
  const need = title ? requirementFor(title, unit()?.typeKey ?? "") : null;
  byId("collective-initiative-wrap").hidden = need === null;
  if (need) byId("collective-initiative-label").textContent = requirementLabel(need);
}

function showIssues(issues: readonly FormIssue[], focus: boolean): void {
  markFields(issues, focus);
  if (issues.length > 0)
    notify(
      "fail",
      "Chưa gửi: hãy sửa các ô được đánh dấu.",
      issues.map((i) => i.message),
    );
}

async function submit(): Promise<void> {
  const value = formValue(people);
  const issues = checkForm(value, cluster(), existing);
  showIssues(issues, true);
  if (issues.length > 0) return;
  await write("submitRegistrations", value, () => {
    people.clear();
    collectiveTitle.value = "";
    (byId("collective-initiative") as HTMLInputElement).value = "";
    onCollectiveTitle();
  });
}

async function write(
  name: "submitRegistrations" | "updateRegistration" | "withdrawRegistration" | "recordResult",
  payload: unknown,
  after?: () => void,
): Promise<void> {
  try {
    const result: WriteResult = await busy("Đang ghi vào bảng tính…", () =>
      callServer(name, payload as never),
    );
    if (!result.ok) {
      markFields([], false);
      notify("fail", result.message.split("\n")[0] ?? "", result.message.split("\n").slice(1));
      return;
    }
    existing = result.registrations;
    markFields([], false);
    notify(result.state === "not-counted" ? "warn" : "ok", result.message, result.details);
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
  notify("info", `Đã điền ${rows.length} cá nhân từ khối dán. Hãy kiểm tra lại trước khi gửi.`);
}

async function load(): Promise<void> {
  try {
    const result = await busy("Đang tải dữ liệu…", () => callServer("getRegistrationContext"));
    if (!result.ok) return notify("fail", result.message);
    context = result;
    fillSelect(
      clusterSelect,
      result.clusters.map((c) => [c.id, clusterLabel(c)]),
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
  if (document.querySelectorAll("[aria-invalid]").length === 0) return;
  const issues = checkForm(formValue(people), cluster(), existing);
  showIssues(issues, false);
  if (issues.length === 0) notify("info", "Đã sửa hết lỗi: có thể gửi đăng ký.");
});
clusterSelect.addEventListener("change", onCluster);
unitSelect.addEventListener("change", () => void onUnit());
collectiveTitle.addEventListener("change", onCollectiveTitle);
byId("add-person").addEventListener("click", () => people.add().focus());
byId("paste-apply").addEventListener("click", paste);
byId("submit").addEventListener("click", () => void submit());
void load();
