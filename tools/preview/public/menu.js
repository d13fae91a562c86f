// The add-on's menus as onOpen registered them: top-level buttons, dropdowns, nested submenus.

export function renderMenus(nav, menus, onRun) {
  nav.replaceChildren();
  for (const menu of menus) {
    const wrap = document.createElement("div");
    wrap.className = "menu";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "menu-button";
    button.textContent = menu.caption;
    button.setAttribute("aria-haspopup", "menu");
    button.setAttribute("aria-expanded", "false");
    const list = entriesList(menu.entries, (item) => {
      close();
      onRun(item);
    });
    list.hidden = true;
    const close = () => {
      list.hidden = true;
      button.setAttribute("aria-expanded", "false");
    };
    button.addEventListener("click", (event) => {
      event.stopPropagation();
      for (const other of nav.querySelectorAll(".menu > ul")) if (other !== list) other.hidden = true;
      list.hidden = !list.hidden;
      button.setAttribute("aria-expanded", String(!list.hidden));
    });
    document.addEventListener("click", close);
    wrap.append(button, list);
    nav.append(wrap);
  }
}

function entriesList(entries, onRun) {
  const ul = document.createElement("ul");
  ul.setAttribute("role", "menu");
  for (const entry of entries) {
    const li = document.createElement("li");
    if (entry.type === "separator") {
      li.className = "separator";
      li.setAttribute("role", "separator");
    } else if (entry.type === "submenu") {
      li.className = "submenu";
      const label = document.createElement("span");
      label.textContent = entry.caption;
      label.setAttribute("role", "menuitem");
      label.setAttribute("aria-haspopup", "menu");
      li.append(label, entriesList(entry.entries, onRun));
    } else {
      const item = document.createElement("button");
      item.type = "button";
      item.setAttribute("role", "menuitem");
      item.textContent = entry.caption;
      item.addEventListener("click", (event) => {
        event.stopPropagation();
        onRun(entry);
      });
      li.append(item);
    }
    ul.append(li);
  }
  return ul;
}
