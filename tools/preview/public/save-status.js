// Whether every change reached the .xlsx file, polled from the server.
import { getJson } from "./api.js";

const TEXT = {
  saved: "Đã lưu mọi thay đổi",
  pending: "Đang lưu…",
  saving: "Đang lưu…",
  memory: "Không lưu vào tệp",
};

export function watchSaveStatus(element) {
  const update = async () => {
    try {
      const status = await getJson("/api/status");
      element.textContent =
        status.save === "error" ? `Lỗi khi lưu: ${status.saveError}` : (TEXT[status.save] ?? "");
      element.classList.toggle("error", status.save === "error");
    } catch {
      element.textContent = "Mất kết nối với máy chủ xem trước";
      element.classList.add("error");
    }
  };
  void update();
  setInterval(update, 1000);
}
