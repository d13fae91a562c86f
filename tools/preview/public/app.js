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
import { renderTabBar, tabList } from "./tabs.js";

const $ = (id) => document.getElementById(id);
const page = { tabs: [], current: null, view: null };
/** Where each tab was scrolled to: a tab opens where it was left, a new one at A1. */
const scrolls = new Map();
const wrap = $("grid-wrap");

const editor = new GridEditor(wrap, $("grid"), {
  onCommit: (r, c, text) =>
    act("/api/edit", { sheet: page.current, row: r, column: c, text }, "Không sửa được ô"),
  onPaste: (r, c, rows) =>
    act("/api/paste", { sheet: page.current, row: r, column: c, rows }, "Không dán được dữ liệu"),
  onSelect: (r, c, input) => {
    $("cell-ref").textContent = `${columnName(c)}${r}`;
    $("cell-content").textContent = input;
  },
});

const openTab = (name) => {
  editor.selected = null;
  void busy(() => showSheet(name));
};
const allTabs = tabList($("tab-list"), openTab);

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
  if (page.current) await showSheet(page.current);
  else renderTabs();
}

async function showSheet(name, cell) {
  if (page.current) scrolls.set(page.current, { top: wrap.scrollTop, left: wrap.scrollLeft });
  const view = await getJson(`/api/sheet?name=${encodeURIComponent(name)}`);
  page.current = name;
  page.view = view;
  renderGrid($("grid"), view, { onLink: followLink });
  const at = scrolls.get(name) ?? { top: 0, left: 0 };
  wrap.scrollTo(at.left, at.top);
  renderCharts(wrap, $("grid"), view.charts ?? []);
  const note = $("grid-note");
  note.hidden = view.hiddenRows === 0;
  note.textContent = `Còn ${view.hiddenRows} dòng nữa không hiển thị trong bản xem trước.`;
  editor.setView(view);
  // A link's target row comes to the top, under the frozen rows, as Sheets shows it.
  if (cell) editor.select(cell.row, cell.column, "start");
  renderTabs();
}

function renderTabs() {
  renderTabBar($("tabs"), page.tabs, page.current, openTab);
  allTabs.update(page.tabs, page.current);
}

function followLink(url) {
  const target = parseSheetLink(url);
  const tab = target && page.tabs.find((t) => t.sheetId === target.sheetId);
  if (tab) void busy(() => showSheet(tab.name, target));
}

async function runMenuItem(item) {
  $("save-status").textContent = `Đang chạy “${item.caption}”…`;
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
  $("today").hidden = !state.today;
  $("today").textContent = state.today ? `Ngày giả lập: ${state.today} — đổi bằng PREVIEW_TODAY` : "";
  renderMenus($("menubar"), state.menus, (item) => void runMenuItem(item));
  await refresh();
  watchSaveStatus($("save-status"));
});
