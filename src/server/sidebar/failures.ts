import type { Failure } from "../../core/registration-form/types";

/** An expected failure, in Vietnamese, for the sidebar to show as is. */
export const failure = (code: string, message: string, extra: Partial<Failure> = {}): Failure => ({
  ok: false,
  code,
  message,
  ...extra,
});

export const LOCK_TIMEOUT = failure(
  "LOCK_TIMEOUT",
  "Bảng tính đang được người khác cập nhật nên chưa ghi được gì. Vui lòng thử lại sau ít giây.",
);

/** A bug or an environment fault: nothing is promised beyond what the lock already protects. */
export function unexpected(e: unknown): Failure {
  const detail = e instanceof Error ? e.message : String(e);
  return failure(
    "UNEXPECTED",
    `Đã xảy ra lỗi ngoài dự kiến. Hãy tải lại biểu mẫu và kiểm tra trang cụm trước khi gửi lại.\nChi tiết kỹ thuật: ${detail}`,
  );
}
