// The tab bar (one button per visible tab, the current one scrolled into view) and the list of
// every tab: a button opening a searchable list, since 30-odd tabs do not fit the bar.

/** Diacritics and case do not matter when looking for a tab: "cum 3" finds "Cụm 3". */
export const fold = (text) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase();

export function renderTabBar(bar, tabs, current, onOpen) {
  bar.replaceChildren();
  for (const tab of tabs) {
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("role", "tab");
    button.setAttribute("aria-selected", String(tab.name === current));
    button.textContent = tab.name;
    button.addEventListener("click", () => onOpen(tab.name));
    bar.append(button);
    if (tab.name === current) requestAnimationFrame(() => button.scrollIntoView({ inline: "nearest" }));
  }
}

/** The "every tab" button and its list; `update(tabs, current)` keeps it in step with the bar. */
export function tabList(container, onOpen) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "tab-list-button";
  button.setAttribute("aria-haspopup", "dialog");
  button.setAttribute("aria-expanded", "false");
  const panel = document.createElement("div");
  panel.className = "tab-list";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", "Danh sách trang tính");
  panel.hidden = true;
  const search = document.createElement("input");
  search.type = "search";
  search.placeholder = "Gõ tên trang để tìm…";
  search.setAttribute("aria-label", "Tìm trang tính");
  const list = document.createElement("ul");
  panel.append(search, list);
  container.append(button, panel);
  let state = { tabs: [], current: null };

  const close = () => {
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
  };
  const pick = (name) => {
    close();
    onOpen(name);
  };
  const fill = () => {
    const wanted = fold(search.value.trim());
    list.replaceChildren();
    for (const tab of state.tabs.filter((t) => fold(t.name).includes(wanted))) {
      const item = document.createElement("li");
      const choice = document.createElement("button");
      choice.type = "button";
      choice.textContent = tab.name;
      if (tab.name === state.current) choice.setAttribute("aria-current", "page");
      choice.addEventListener("click", () => pick(tab.name));
      item.append(choice);
      list.append(item);
    }
    if (list.children.length === 0) {
      const none = document.createElement("li");
      none.className = "muted";
      none.textContent = "Không có trang nào khớp.";
      list.append(none);
    }
  };
  button.addEventListener("click", (event) => {
    event.stopPropagation();
    if (!panel.hidden) return close();
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    search.value = "";
    fill();
    search.focus();
  });
  search.addEventListener("input", fill);
  search.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
    if (event.key === "Enter") list.querySelector("button")?.click();
  });
  panel.addEventListener("click", (event) => event.stopPropagation());
  document.addEventListener("click", close);
  return {
    update(tabs, current) {
      state = { tabs, current };
      button.textContent = `☰ Tất cả trang (${tabs.length})`;
      if (!panel.hidden) fill();
    },
  };
}
