// Sidebars and dialogs: the HTML the add-on built, in a sandboxed frame, talking to
// google.script.run through postMessage (see gas-bridge.js).

const SANDBOX = "allow-scripts allow-forms allow-modals allow-popups";
const open = new Set(); // { iframe, close } of each open frame

export function openDialogs(dialogs) {
  for (const dialog of dialogs) {
    if (dialog.kind === "sidebar") openSidebar(dialog);
    else openModal(dialog);
  }
}

function frame(dialog) {
  const iframe = document.createElement("iframe");
  iframe.setAttribute("sandbox", SANDBOX);
  iframe.src = `/dialog/${encodeURIComponent(dialog.id)}`;
  iframe.title = dialog.title || "Hộp thoại của tiện ích";
  iframe.style.width = `${dialog.kind === "sidebar" ? 300 : dialog.width || 300}px`;
  return iframe;
}

function openSidebar(dialog) {
  const aside = document.getElementById("sidebar");
  aside.querySelector("iframe")?.remove();
  aside.querySelector(".title").textContent = dialog.title;
  const iframe = frame(dialog);
  aside.append(iframe);
  aside.hidden = false;
  const entry = {
    iframe,
    close: () => {
      iframe.remove();
      aside.hidden = true;
      open.delete(entry);
    },
  };
  for (const other of open) if (other.iframe.parentElement === null) open.delete(other);
  open.add(entry);
  aside.querySelector(".close").onclick = entry.close;
}

function openModal(dialog) {
  const overlay = document.createElement("div");
  overlay.className = dialog.kind === "modal" ? "overlay" : "overlay modeless";
  const box = document.createElement("div");
  box.className = "dialog-box";
  box.setAttribute("role", "dialog");
  const header = document.createElement("header");
  const title = document.createElement("span");
  title.className = "title";
  title.textContent = dialog.title;
  const closeButton = document.createElement("button");
  closeButton.type = "button";
  closeButton.className = "close";
  closeButton.setAttribute("aria-label", "Đóng");
  closeButton.textContent = "×";
  header.append(title, closeButton);
  const iframe = frame(dialog);
  if (dialog.height) iframe.style.height = `${dialog.height}px`;
  box.append(header, iframe);
  overlay.append(box);
  document.getElementById("modal-root").append(overlay);
  const entry = {
    iframe,
    close: () => {
      overlay.remove();
      open.delete(entry);
    },
  };
  open.add(entry);
  closeButton.onclick = entry.close;
}

/** Answers the frames' google.script.run calls with `run(name, args)` (a promise of the result). */
export function listenToFrames(run) {
  window.addEventListener("message", async (event) => {
    const data = event.data;
    // The frame's window stays the same object across its navigations: match calls by it.
    const dialog = [...open].find((d) => d.iframe.contentWindow === event.source);
    if (!dialog || !data || typeof data.gas !== "string") return;
    if (data.gas === "close") dialog.close();
    else if (data.gas === "size") {
      if (data.width) dialog.iframe.style.width = `${data.width}px`;
      if (data.height) dialog.iframe.style.height = `${data.height}px`;
    } else if (data.gas === "run") {
      const result = await run(String(data.name), data.args);
      event.source.postMessage({ gas: "result", id: data.id, ...result }, "*");
    }
  });
}
