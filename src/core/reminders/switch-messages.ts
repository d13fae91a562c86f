import { CLUSTER, SETTING, TAB } from "../contract/workbook";
import { formatCivil } from "../dates/civil";
import { daysLeftText, daysList } from "./compose-mail";
import type { NextReminder } from "./next-reminder";
import type { Letter } from "./notices";
import { REMINDER_HOUR } from "./settings";

/** What `Bật nhắc việc` found and did, for its alert. */
export interface TurnedOn {
  readonly user: string;
  readonly days: readonly number[];
  readonly alreadyOn: boolean;
  readonly next: NextReminder | null;
  /** Some address is set in `Email quản trị` or `Email cụm trưởng`. */
  readonly anyAddress: boolean;
  readonly referenceDateSet: boolean;
  readonly offCaption: string;
}

const roles = (l: Letter): string =>
  [
    l.clusters.length > 0 ? `cụm trưởng ${l.clusters.map((c) => `Cụm ${c.cluster.id}`).join(", ")}` : "",
    l.admin ? "quản trị" : "",
  ]
    .filter((s) => s !== "")
    .join(", ");

function nextText(next: NextReminder | null): string {
  if (!next) {
    return `Hiện không còn hạn nào phía trước (trang ${TAB.config}, ${TAB.clusters}, ${TAB.timeline}): chưa có thư nào sẽ được gửi.`;
  }
  const when = `Lần nhắc tới: ngày ${formatCivil(next.day)} (hạn ${formatCivil(next.lead.deadline)}, ${daysLeftText(next.lead.daysLeft)}).`;
  if (next.letters.length === 0) {
    return `${when} Theo dữ liệu hiện nay, ngày đó chưa có việc gì cần nhắc: nếu vẫn vậy, không thư nào được gửi.`;
  }
  const who = next.letters.map((l) => `${l.to} (${roles(l)})`).join("; ");
  return `${when} Theo dữ liệu hiện nay, thư sẽ gửi tới ${next.letters.length} người: ${who}.`;
}

/** The alert of `Bật nhắc việc`: what happens next, when, and to whom. */
export function turnedOnMessage(t: TurnedOn): string {
  return [
    t.alreadyOn
      ? "Nhắc việc qua e-mail đã bật từ trước: vẫn chỉ có một lịch chạy mỗi ngày."
      : "Đã bật nhắc việc qua e-mail.",
    `Mỗi ngày khoảng ${REMINDER_HOUR}–${REMINDER_HOUR + 1} giờ sáng (giờ Việt Nam), tiện ích đọc bảng tính và gửi thư vào các ngày ` +
      `còn ${daysList(t.days)} ngày trước một hạn ('${SETTING.reminderDays}'):`,
    `• cụm trưởng ('${CLUSTER.headEmails}'): các đơn vị của cụm chưa đăng ký và hồ sơ cụm còn thiếu (trước hạn đăng ký của cụm), ` +
      `các đơn vị chưa đủ điểm (trước hạn chấm điểm trong trang ${TAB.timeline});`,
    `• quản trị ('${SETTING.adminEmails}'): các nhiệm vụ quá hạn và sắp đến hạn của trang ${TAB.timeline}.`,
    `Mỗi người nhiều nhất một thư mỗi ngày; mỗi lần gửi được ghi vào trang ${TAB.log}.`,
    nextText(t.next),
    ...(t.anyAddress
      ? []
      : [
          `Chưa có địa chỉ nào trong '${SETTING.adminEmails}' hay '${CLUSTER.headEmails}': chưa ai nhận được thư.`,
        ]),
    `Thư gửi từ tài khoản ${t.user || "của bạn"}, trong hạn mức gửi e-mail hằng ngày của tài khoản.` +
      (t.referenceDateSet ? ` Nhắc việc dùng ngày thực tế, không dùng '${SETTING.referenceDate}'.` : ""),
    `Chọn '${t.offCaption}' để dừng.`,
  ].join("\n");
}

/** The alert of `Tắt nhắc việc`. */
export function turnedOffMessage(
  removed: number,
  wasOn: boolean,
  otherOwner: string,
  onCaption: string,
): string {
  if (!wasOn && removed === 0)
    return `Nhắc việc qua e-mail đang tắt: không có gì thay đổi. Chọn '${onCaption}' để bật.`;
  return [
    "Đã tắt nhắc việc qua e-mail: từ nay tiện ích không gửi thư nhắc việc nào nữa.",
    ...(otherOwner
      ? [`Lịch chạy hằng ngày do ${otherOwner} tạo sẽ tự gỡ ở lần chạy tới mà không gửi thư.`]
      : []),
    `Chọn '${onCaption}' để bật lại.`,
  ].join("\n");
}
