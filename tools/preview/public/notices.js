// Alerts (modal, one at a time), toasts (corner, timed) and the error banner.

const BUTTON_SETS = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "Hủy"],
  YES_NO: ["Có", "Không"],
  YES_NO_CANCEL: ["Có", "Không", "Hủy"],
};

const queue = [];

/** Shows alerts one after another. The script already got its answer: see the note. */
export function showAlerts(alerts) {
  queue.push(...alerts);
  if (!document.querySelector(".alert-modal")) nextAlert();
}

function nextAlert() {
  const alert = queue.shift();
  if (!alert) return;
  const overlay = document.createElement("div");
  overlay.className = "overlay alert-modal";
  const box = document.createElement("div");
  box.className = "alert-box";
  box.setAttribute("role", "alertdialog");
  box.setAttribute("aria-modal", "true");
  const title = document.createElement("h2");
  title.textContent = alert.title ?? "";
  const text = document.createElement("p");
  text.className = "alert-text";
  text.textContent = alert.prompt;
  box.append(title, text);
  const labels = BUTTON_SETS[alert.buttons] ?? (alert.kind === "prompt" ? ["OK", "Hủy"] : ["OK"]);
  if (labels.length > 1 || alert.kind === "prompt") {
    const note = document.createElement("p");
    note.className = "muted";
    note.textContent = "Bản xem trước đã trả lời thay bạn bằng «OK» (và ô nhập để trống) khi tập lệnh chạy.";
    box.append(note);
  }
  const buttons = document.createElement("div");
  buttons.className = "buttons";
  for (const label of labels) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.addEventListener("click", () => {
      overlay.remove();
      nextAlert();
    });
    buttons.append(button);
  }
  box.append(buttons);
  overlay.append(box);
  document.getElementById("modal-root").append(overlay);
  buttons.firstChild.focus();
}

export function showToasts(toasts) {
  for (const toast of toasts) {
    const box = document.createElement("div");
    box.className = "toast";
    box.setAttribute("role", "status");
    if (toast.title) {
      const title = document.createElement("strong");
      title.textContent = toast.title;
      box.append(title);
    }
    const msg = document.createElement("span");
    msg.textContent = toast.msg;
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Đóng";
    close.addEventListener("click", () => box.remove());
    box.append(msg, close);
    document.getElementById("toasts").append(box);
    const seconds = toast.timeoutSeconds ?? 5;
    if (seconds >= 0) setTimeout(() => box.remove(), Math.max(seconds, 3) * 1000);
  }
}

export function showBanner(text) {
  const banner = document.getElementById("banner");
  banner.querySelector(".text").textContent = text;
  banner.hidden = false;
}

export function hideBanner() {
  document.getElementById("banner").hidden = true;
}
