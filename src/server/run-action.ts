import { ui } from "../adapter/services";

/** An expected failure: its message is Vietnamese and shown as is. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * Runs a menu action: expected failures are shown as their Vietnamese message;
 * anything else as a short Vietnamese notice with the technical detail below.
 */
export function runMenuAction(title: string, action: () => string): void {
  try {
    ui().alert(title, action(), ui().ButtonSet.OK);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const message =
      e instanceof UserError
        ? e.message
        : `Đã xảy ra lỗi ngoài dự kiến, dữ liệu của bạn không bị thay đổi thêm.\nChi tiết kỹ thuật: ${detail}`;
    ui().alert(title, message, ui().ButtonSet.OK);
  }
}
