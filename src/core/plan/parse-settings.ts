import type * as z from "zod/mini";
import { CONFIG, ROUNDING, SETTING, TAB, YES_NO } from "../contract/workbook";
import type { CivilDate } from "../dates/civil-date";
import { civilDateOf } from "../dates/zone";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import { findSetting } from "../settings";
import type { Snapshot } from "../table";
import { optionalDate, optionalNumber, optionalOneOf, requiredDate, text } from "./cell-schemas";
import { emailCell } from "./email-cell";
import { dayList, driveFolder, lines } from "./setting-schemas";
import type { Plan, Rounding } from "./types";

/** The settings of `Cấu hình`: the plan without its tables. */
export type Settings = Omit<Plan, "clusters" | "units" | "titles">;

const fix = "Sửa ô 'Giá trị' của mục này trong trang Cấu hình.";
const schemas = {
  [SETTING.year]: optionalNumber(`'${SETTING.year}' phải là một năm, ví dụ 2020. ${fix}`),
  [SETTING.organisation]: text,
  [SETTING.deadline]: requiredDate(
    `'${SETTING.deadline}' phải là một ngày dạng dd/mm/yyyy, ví dụ 28/02/2020. ${fix}`,
  ),
  [SETTING.scoreFloor]: optionalNumber(
    `'${SETTING.scoreFloor}' phải là một số (để trống nếu không áp dụng). ${fix}`,
  ),
  [SETTING.leadersPerCluster]: optionalNumber(
    `'${SETTING.leadersPerCluster}' phải là một số nguyên dương. ${fix}`,
  ),
  [SETTING.referenceDate]: optionalDate(
    `'${SETTING.referenceDate}' phải là một ngày dạng dd/mm/yyyy, hoặc để trống để dùng ngày hôm nay. ${fix}`,
  ),
  [SETTING.onTimeOnly]: optionalOneOf(
    [YES_NO.yes, YES_NO.no],
    `'${SETTING.onTimeOnly}' phải là '${YES_NO.yes}' hoặc '${YES_NO.no}' (để trống = '${YES_NO.yes}'). ${fix}`,
  ),
  [SETTING.shareRounding]: optionalOneOf<Rounding>(
    [ROUNDING.down, ROUNDING.nearest],
    `'${SETTING.shareRounding}' phải là '${ROUNDING.down}' hoặc '${ROUNDING.nearest}' (để trống = '${ROUNDING.down}'). ${fix}`,
  ),
  [SETTING.superiorBody]: text,
  [SETTING.place]: text,
  [SETTING.signerTitle]: lines,
  [SETTING.signer]: text,
  [SETTING.driveFolder]: driveFolder(
    `'${SETTING.driveFolder}' phải là đường dẫn tới một thư mục Google Drive (https://drive.google.com/drive/folders/…) hoặc mã thư mục, hoặc để trống. ${fix}`,
  ),
  [SETTING.reminderDays]: dayList(
    `'${SETTING.reminderDays}' phải là các số ngày nguyên không âm cách nhau bởi dấu phẩy, ví dụ '7, 3, 1', hoặc để trống. ${fix}`,
  ),
};

/** `Cấu hình`, parsed: an unusable value is a BT03 finding and a safe default. */
export function parseSettings(snapshot: Snapshot, now: Date): { settings: Settings; findings: Finding[] } {
  const findings: Finding[] = [];
  const read = <T>(key: keyof typeof schemas, fallback: T): T => {
    const { value, row } = findSetting(snapshot, key);
    const parsed = (schemas[key] as z.ZodMiniType).safeParse(value);
    if (parsed.success) return (parsed.data as T) ?? fallback;
    const missing = row === null ? ` (chưa có dòng '${key}' trong trang Cấu hình)` : "";
    const message = `${parsed.error.issues[0]?.message ?? fix}${missing}`;
    findings.push(error("BT03", { sheet: TAB.config, row, column: CONFIG.value }, message));
    return fallback;
  };
  const year = read<number | null>(SETTING.year, null);
  const leaders = read<number | null>(SETTING.leadersPerCluster, 1);
  let leadersPerCluster = 1;
  if (leaders !== null && (!Number.isInteger(leaders) || leaders < 1)) {
    findings.push(
      error(
        "BT03",
        { sheet: TAB.config, row: null, column: CONFIG.value },
        `'${SETTING.leadersPerCluster}' phải là một số nguyên dương (đang là ${leaders}). ${fix}`,
      ),
    );
  } else if (leaders !== null) leadersPerCluster = leaders;
  const refDate = read<CivilDate | null>(SETTING.referenceDate, null);
  const adminCell = findSetting(snapshot, SETTING.adminEmails);
  const admins = emailCell(
    adminCell.value,
    { sheet: TAB.config, row: adminCell.row, column: CONFIG.value },
    `Mục '${SETTING.adminEmails}' (trang ${TAB.config})`,
    "nên chưa ai được nhận là quản trị: chỉ chủ sở hữu bảng tính chạy được các chức năng của Phòng Nội vụ.",
  );
  findings.push(...admins.findings);
  return {
    settings: {
      year: year !== null && Number.isInteger(year) ? year : null,
      organisation: read<string>(SETTING.organisation, ""),
      deadline: read<CivilDate | null>(SETTING.deadline, null),
      scoreFloor: read<number | null>(SETTING.scoreFloor, null),
      leadersPerCluster,
      admins: admins.emails,
      today: refDate ?? civilDateOf(now),
      // A blank or missing row keeps the 2020 plan's rule: only on-time registrations count.
      onTimeOnly: read<string | null>(SETTING.onTimeOnly, YES_NO.yes) !== YES_NO.no,
      shareRounding: read<Rounding>(SETTING.shareRounding, ROUNDING.down),
      documents: {
        superiorBody: read<string>(SETTING.superiorBody, ""),
        place: read<string>(SETTING.place, ""),
        signerTitle: read<string[]>(SETTING.signerTitle, []),
        signer: read<string>(SETTING.signer, ""),
        driveFolder: read<string | null>(SETTING.driveFolder, null),
      },
      reminderDays: read<number[]>(SETTING.reminderDays, []),
    },
    findings,
  };
}
