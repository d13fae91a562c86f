import type { Failure } from "../../core/registration-form/types";
import { unexpectedMessage } from "../../core/use-cases/action";

/** An expected failure, in Vietnamese, for the sidebar to show as is. */
export const failure = (code: string, message: string): Failure => ({ ok: false, code, message });

/** How long a sidebar write waits for another user's write to finish, and what it says when that was not enough. */
export const LOCK_WAIT_MS = 20_000;
export const LOCK_TIMEOUT = failure(
  "LOCK_TIMEOUT",
  "Bảng tính đang được người khác cập nhật nên chưa ghi được gì. Vui lòng thử lại sau ít giây.",
);

/** A bug or an environment fault: nothing is promised beyond what the lock already protects. */
export const unexpected = (e: unknown): Failure =>
  failure(
    "UNEXPECTED",
    `${unexpectedMessage(e)}\nHãy tải lại biểu mẫu và kiểm tra trang cụm trước khi gửi lại.`,
  );
