import { readEmails } from "../access/emails";
import { type Cell, cellText } from "../cell";
import type { Finding } from "../findings/finding";
import { type At, error } from "../findings/make";
import { cleanText } from "../text/normalize";

const quoted = (parts: readonly string[]): string => parts.map((p) => `'${p}'`).join(", ");
const EXAMPLE = "ví dụ 'Phòng Nội vụ <noivu@example.vn>' hoặc 'a@example.vn; b@example.vn'";

/**
 * An e-mail cell of a setup tab (`Email quản trị`, `Email cụm trưởng`, a unit's `Email`): its
 * addresses, and a BT03 finding when it holds text but no address, or a part that is no
 * address (named). `what` says where it is, e.g. "Cụm 3, cột 'Email cụm trưởng'"; `consequence`
 * what follows when no address is read.
 */
export function emailCell(
  cell: Cell,
  at: At,
  what: string,
  consequence: string,
): { emails: string[]; findings: Finding[] } {
  const { emails, notEmails } = readEmails(cell);
  if (notEmails.length === 0) return { emails: [...emails], findings: [] };
  const message =
    emails.length === 0
      ? `${what}: '${cleanText(cellText(cell))}' không chứa địa chỉ e-mail nào, ${consequence} ` +
        `Hãy ghi địa chỉ e-mail, ${EXAMPLE}.`
      : `${what}: ${quoted(notEmails)} không phải địa chỉ e-mail nên bị bỏ qua ` +
        `(đã nhận: ${emails.join(", ")}). Hãy sửa hoặc xóa phần đó, ${EXAMPLE}.`;
  return { emails: [...emails], findings: [error("BT03", at, message)] };
}
