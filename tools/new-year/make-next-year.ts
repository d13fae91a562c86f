import { emailList } from "../../src/core/access/emails";
import { CONFIG, SETTING, TAB } from "../../src/core/contract/workbook";
import type { FakeSpreadsheet, Sandbox } from "../gas-sandbox";
import { loadWorkbook } from "../xlsx";

/** The first `Email quản trị` of the file: offline, whoever holds the file acts as its office. */
function adminOf(sb: Sandbox): string {
  const sheet = sb.services.spreadsheet.getSheetByName(TAB.config);
  const values = sheet ? sb.services.calls.untracked(() => sheet.getDataRange().getValues()) : [];
  const head = (values[0] ?? []).map((h) => String(h).trim());
  const key = head.indexOf(CONFIG.key);
  const value = head.indexOf(CONFIG.value);
  const row = values.find((r, i) => i > 0 && String(r[key]).trim() === SETTING.adminEmails);
  return row ? (emailList(row[value] as string | number)[0] ?? "") : "";
}

/**
 * Runs `Tạo sổ năm sau` of the built bundle on an `.xlsx` opened in the sandbox, as the file's
 * first admin: the sandbox copies the spreadsheet as Google does, and the copy is returned to be
 * saved. A refusal (year unusable, year not closed) is thrown as the add-on's `Refusal`.
 */
export async function makeNextYear(
  file: string,
  bundle: string,
): Promise<{ book: FakeSpreadsheet; message: string }> {
  const sb = await loadWorkbook(file, { bundle });
  const admin = adminOf(sb);
  if (admin) Object.assign(sb.services.env, { user: admin, reportedEmail: admin });
  const made = sb.call("createNextYearBook_") as { id: string; message: string };
  const book = sb.services.app.openById(made.id) as unknown as FakeSpreadsheet;
  return { book, message: made.message };
}
