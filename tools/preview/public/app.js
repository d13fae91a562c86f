// The preview page: the workbook's tabs as a grid, the add-on's menu, its alerts, toasts,
// sidebars and dialogs. Every action goes to the server, which runs the built add-on.
import { busy, getJson, postJson } from "./api.js";
import { renderCharts } from "./chart.js";
import { listenToFrames, openDialogs } from "./dialogs.js";
import { GridEditor } from "./editor.js";
import { columnName, parseSheetLink, renderGrid } from "./grid.js";
import { renderMenus } from "./menu.js";
import { hideBanner, showAlerts, showBanner, showToasts } from "./notices.js";
import { watchSaveStatus } from "./save-status.js";

const $ = (id) => document.getElementById(id);
const page = { tabs: [], current: null, view: null };

const editor = new GridEditor($("grid-wrap"), $("grid"), {
  onCommit: (r, c, text) =>
    act("/api/edit", { sheet: page.current, row: r, column: c, text }, "Không sửa được ô"),
  onPaste: (r, c, rows) =>
    act("/api/paste", { sheet: page.current, row: r, column: c, rows }, "Không dán được dữ liệu"),
  onSelect: (r, c, input) => {
    $("cell-ref").textContent = `${columnName(c)}${r}`;
    $("cell-content").textContent = input;
  },
});

/** Shows what the add-on did during an action, then redraws the workbook. */
async function apply(result, failure) {
  if (result.ok === false && result.error) showBanner(`${failure}: ${result.error.message}`);
  showToasts(result.ui?.toasts ?? []);
  showAlerts(result.ui?.alerts ?? []);
  openDialogs(result.ui?.dialogs ?? []);
  await refresh();
}

async function act(path, body, failure) {
  hideBanner();
  return busy(async () => {
    try {
      const result = await postJson(path, body);
      await apply(result, failure);
      return result;
    } catch (e) {
      showBanner(`${failure}: ${e.message}`);
      return { ok: false, error: { name: "Error", message: e.message } };
    }
  });
}

async function refresh() {
  const state = await getJson("/api/state");
  page.tabs = state.tabs.filter((t) => !t.hidden);
  if (!page.tabs.some((t) => t.name === page.current)) page.current = page.tabs[0]?.name ?? null;
  renderTabs();
  if (page.current) await showSheet(page.current);
}

async function showSheet(name, cell) {
  page.current = name;
  page.view = await getJson(`/api/sheet?name=${encodeURIComponent(name)}`);
  renderGrid($("grid"), page.view, { onLink: followLink });
  renderCharts($("grid-wrap"), $("grid"), page.view.charts ?? []);
  const note = $("grid-note");
  note.hidden = page.view.hiddenRows === 0;
  note.textContent = `Còn ${page.view.hiddenRows} dòng nữa không hiển thị trong bản xem trước.`;
  editor.setView(page.view);
  if (cell) editor.select(cell.row, cell.column);
  renderTabs();
}

function renderTabs() {
  const bar = $("tabs");
  bar.replaceChildren();
  for (const tab of page.tabs) {
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("role", "tab");
    button.setAttribute("aria-selected", String(tab.name === page.current));
    button.textContent = tab.name;
    button.addEventListener("click", () => {
      editor.selected = null;
      void busy(() => showSheet(tab.name));
    });
    bar.append(button);
  }
}

function followLink(url) {
  const target = parseSheetLink(url);
  const tab = target && page.tabs.find((t) => t.sheetId === target.sheetId);
  if (tab) void busy(() => showSheet(tab.name, target));
}

async function runMenuItem(item) {
  const status = $("save-status");
  status.textContent = `Đang chạy “${item.caption}”…`;
  await act("/api/menu", { functionName: item.functionName }, `Không chạy được “${item.caption}”`);
}

listenToFrames(async (name, args) => {
  hideBanner();
  return busy(async () => {
    try {
      const result = await postJson("/api/run", { name, args });
      await apply({ ...result, ok: true }, "");
      return { ok: result.ok, value: result.value, error: result.error };
    } catch (e) {
      return { ok: false, error: { name: "Error", message: e.message } };
    }
  });
});

$("banner").querySelector(".close").addEventListener("click", hideBanner);

void busy(async () => {
  const state = await getJson("/api/state");
  $("file-name").textContent = state.file ? `— ${state.file}` : "— bảng tính trong bộ nhớ (không lưu)";
  renderMenus($("menubar"), state.menus, (item) => void runMenuItem(item));
  await refresh();
  watchSaveStatus($("save-status"));
});
