import {
  CAMPAIGN,
  CLUSTER,
  CLUSTER_SUBJECTS,
  CRITERION,
  DOSSIER,
  OUTCOME,
  REG,
  REQUIREMENT,
  RESULT,
  SETTING,
  SUBJECT,
  TAB,
  TASK,
  TITLE,
  UNIT,
  YES_NO,
} from "../contract/workbook";
import { SEVERITY, type Severity } from "./finding";

export interface FindingCodeInfo {
  readonly code: string;
  readonly severity: Severity;
  /** A short Vietnamese explanation for users. */
  readonly summary: string;
}

const error = SEVERITY.error;
const warning = SEVERITY.warning;
const info = SEVERITY.info;
/** A name quoted for users. */
export const q = (s: string): string => `“${s}”`;

/** Every finding code of RULES.md, in its order, with a user-facing summary. */
export const FINDING_CODES = [
  // Workbook structure
  { code: "BT01", severity: error, summary: "Thiếu một tab bắt buộc của bảng tính." },
  {
    code: "BT02",
    severity: error,
    summary:
      "Một tab thiếu cột bắt buộc ở dòng 1 (thông báo nêu tên tab và tên cột), có tiêu đề cột nằm ở dòng khác dòng 1, " +
      "hoặc có một tiêu đề cột viết hai lần (thông báo nêu cả hai cột).",
  },
  {
    code: "BT03",
    severity: error,
    summary:
      `Giá trị thiết lập không dùng được, ví dụ ${q(SETTING.deadline)} không phải ngày, ` +
      `cụm chưa có ${q(CLUSTER.subjects)}, một ô e-mail (${q(SETTING.adminEmails)}, ${q(CLUSTER.headEmails)}) ` +
      "có chữ không phải địa chỉ e-mail (thông báo nêu phần đó), hoặc múi giờ của bảng tính không phải Asia/Ho_Chi_Minh.",
  },
  {
    code: "BT04",
    severity: error,
    summary: `Tên đơn vị bị trùng trong tab ${q(TAB.units)}, hoặc ${q(UNIT.cluster)} của đơn vị không phải một cụm đã khai báo.`,
  },
  // Registration rows
  {
    code: "DK01",
    severity: error,
    summary:
      `Thiếu ô bắt buộc: ${q(REG.unit)}, ${q(REG.subject)}, ${q(REG.title)}; ` +
      `${q(REG.person)} khi đối tượng là ${SUBJECT.individual}.`,
  },
  {
    code: "DK02",
    severity: error,
    summary: `Đơn vị không có trong tab ${q(TAB.units)} (có gợi ý tên gần đúng).`,
  },
  { code: "DK03", severity: error, summary: "Đơn vị thuộc cụm khác, không thuộc cụm của tab này." },
  {
    code: "DK04",
    severity: error,
    summary: `${q(REG.subject)} không phải ${q(SUBJECT.collective)} hoặc ${q(SUBJECT.individual)}.`,
  },
  {
    code: "DK05",
    severity: error,
    summary: `Đăng ký cá nhân ở cụm có ${q(CLUSTER.subjects)} là ${q(CLUSTER_SUBJECTS.collectiveOnly)}.`,
  },
  {
    code: "DK06",
    severity: error,
    summary: `Loại đơn vị không được đăng ký ở cụm này (xem ${q(CLUSTER.unitTypes)}).`,
  },
  {
    code: "DK07",
    severity: error,
    summary: `Danh hiệu, hình thức khen thưởng không có trong tab ${q(TAB.titles)} (có gợi ý tên gần đúng).`,
  },
  {
    code: "DK08",
    severity: error,
    summary: "Danh hiệu dành cho đối tượng khác: danh hiệu tập thể ở dòng cá nhân hoặc ngược lại.",
  },
  {
    code: "DK09",
    severity: error,
    summary: `Danh hiệu yêu cầu ${REQUIREMENT.initiative.toLowerCase()} nhưng ô ${q(REG.initiative)} để trống.`,
  },
  {
    code: "DK10",
    severity: error,
    summary:
      `Danh hiệu yêu cầu ${REQUIREMENT.model.toLowerCase()} (với loại đơn vị ở ${q(TITLE.requirementFor)}) ` +
      `nhưng ô ${q(REG.initiative)} để trống.`,
  },
  { code: "DK11", severity: error, summary: `${q(REG.date)} không phải ngày hợp lệ.` },
  {
    code: "DK12",
    severity: error,
    summary:
      `Đăng ký sau hạn của cụm (${q(CLUSTER.deadline)}, nếu trống thì ${q(SETTING.deadline)}): ` +
      "không được xét khen thưởng.",
  },
  {
    code: "DK13",
    severity: error,
    summary: "Cùng một đối tượng (cùng đơn vị, đối tượng, họ và tên) đăng ký cùng một danh hiệu hai lần.",
  },
  {
    code: "DK14",
    severity: warning,
    summary: `Chưa đăng ký danh hiệu ở ${q(TITLE.prerequisite)} cho cùng đối tượng (ví dụ CSTĐCS mà không có LĐTT).`,
  },
  {
    code: "DK15",
    severity: warning,
    summary: `Số đăng ký một danh hiệu của đơn vị vượt ${q(TITLE.maxShare)} (ví dụ CSTĐCS quá 15% số LĐTT).`,
  },
  {
    code: "DK16",
    severity: warning,
    summary: "Chữ có vẻ dùng bảng mã cũ (TCVN3/ABC, VNI) hoặc bị lỗi phông, không phải Unicode: cần gõ lại.",
  },
  {
    code: "DK17",
    severity: info,
    summary: "Chữ chưa chuẩn hóa (dạng NFD, thừa khoảng trắng); khi kiểm tra đã dùng giá trị đã chuẩn hóa.",
  },
  // Units
  {
    code: "DV01",
    severity: error,
    summary: "Đơn vị chưa có đăng ký nào: theo kế hoạch sẽ không được xét khen thưởng năm nay.",
  },
  { code: "DV02", severity: error, summary: "Đơn vị có đăng ký nhưng không có đăng ký nào đúng hạn." },
  {
    code: "DV03",
    severity: warning,
    summary: `Đơn vị ở cụm ${q(CLUSTER_SUBJECTS.both)} đã đăng ký cá nhân nhưng chưa đăng ký danh hiệu tập thể.`,
  },
  // Cluster dossier
  { code: "HS01", severity: error, summary: `Cụm chưa có dòng nào trong tab ${q(TAB.dossier)}.` },
  {
    code: "HS02",
    severity: error,
    summary: "Thiếu một trong năm văn bản của hồ sơ cụm (thông báo nêu tên văn bản).",
  },
  {
    code: "HS03",
    severity: error,
    summary: `${q(DOSSIER.submitted)} sau hạn của cụm, hoặc không phải ngày.`,
  },
  // Thematic campaigns
  { code: "CD01", severity: error, summary: `Chưa có kế hoạch (${q(CAMPAIGN.plan)} để trống).` },
  { code: "CD02", severity: error, summary: `Kế hoạch chưa có tiêu chí (${q(CAMPAIGN.criteria)} để trống).` },
  { code: "CD03", severity: error, summary: `Chưa có ${q(CAMPAIGN.participants)}.` },
  { code: "CD04", severity: error, summary: `Đăng ký sau hạn, hoặc chưa có ${q(CAMPAIGN.date)}.` },
  // Scores
  {
    code: "DI01",
    severity: error,
    summary: `Điểm không phải số, bị âm hoặc vượt ${q(CRITERION.max)} của tiêu chí.`,
  },
  { code: "DI02", severity: error, summary: "Một đơn vị của cụm có tiêu chí chưa được chấm điểm." },
  { code: "DI03", severity: error, summary: `${q(CRITERION.code)} không phải tiêu chí của cụm này.` },
  { code: "DI04", severity: warning, summary: "Mới có điểm tự chấm, chưa có điểm chấm chéo." },
  {
    code: "DI05",
    severity: warning,
    summary: "Tổng điểm tự chấm và tổng điểm chấm chéo của đơn vị chênh nhau quá 10% tổng điểm tối đa.",
  },
  {
    code: "DI06",
    severity: error,
    summary: `Tổng điểm của đơn vị thấp hơn ${q(SETTING.scoreFloor)}: bị đánh dấu không đạt.`,
  },
  {
    code: "DI07",
    severity: warning,
    summary: "Các đơn vị bằng điểm nhau ở vị trí dẫn đầu: cụm cần biểu quyết để chọn.",
  },
  {
    code: "DI08",
    severity: warning,
    summary: "Tổng điểm tối đa các tiêu chí cơ bản của cụm khác với các cụm còn lại (ví dụ 100).",
  },
  // Timeline
  {
    code: "TD01",
    severity: error,
    summary: `Nhiệm vụ đã quá ${q(TASK.deadline)} mà chưa có ${q(TASK.done)}.`,
  },
  { code: "TD02", severity: warning, summary: "Nhiệm vụ sẽ đến hạn trong 7 ngày tới." },
  { code: "TD03", severity: error, summary: `${q(TASK.deadline)} không phải ngày.` },
  // Year-end proposals
  {
    code: "KT01",
    severity: error,
    summary:
      `${q(OUTCOME.passed)} ở dòng không được tính: dòng có lỗi khác DK12, hoặc (khi ${q(SETTING.onTimeOnly)} là ${q(YES_NO.yes)}) ` +
      "đăng ký muộn, hay đơn vị bị DV01/DV02.",
  },
  {
    code: "KT02",
    severity: error,
    summary: `${q(OUTCOME.passed)} với danh hiệu yêu cầu sáng kiến nhưng ${q(RESULT.initiativeDecision)} để trống.`,
  },
  {
    code: "KT03",
    severity: error,
    summary: `Chưa đạt danh hiệu ở ${q(TITLE.prerequisite)} trong năm (ví dụ CSTĐCS đạt mà LĐTT chưa đạt).`,
  },
  {
    code: "KT04",
    severity: error,
    summary: `Chưa đủ ${q(TITLE.multiYear)} theo ${q(TAB.history)} và năm nay (nêu các năm còn thiếu).`,
  },
  {
    code: "KT05",
    severity: error,
    summary: `Tập thể chưa đủ ${q(TITLE.collectiveCondition)} (nêu số liệu, ví dụ 5/10 LĐTT = 50% < 70%).`,
  },
  {
    code: "KT06",
    severity: error,
    summary: `Số ${q(OUTCOME.passed)} vượt ${q(TITLE.maxShare)} (làm tròn theo ${q(SETTING.shareRounding)}).`,
  },
  {
    code: "KT07",
    severity: error,
    summary: "Danh hiệu chỉ dành cho đơn vị dẫn đầu cụm, nhưng đơn vị không được đề nghị dẫn đầu.",
  },
  { code: "KT08", severity: info, summary: `Dòng đăng ký chưa có ${q(RESULT.outcome)} (đang chờ bình xét).` },
  {
    code: "KT09",
    severity: warning,
    summary: `${q(RESULT.outcome)} hoặc ${q(RESULT.rating)} có giá trị ngoài danh sách.`,
  },
] as const satisfies readonly FindingCodeInfo[];

/** A code of RULES.md: the catalogue is the one list of them. */
export type FindingCode = (typeof FINDING_CODES)[number]["code"];

const SEVERITY_OF: ReadonlyMap<string, Severity> = new Map(FINDING_CODES.map((f) => [f.code, f.severity]));

/** The severity the catalogue gives a code. */
export const severityOf = (code: FindingCode): Severity => SEVERITY_OF.get(code) as Severity;

/** The severity of a code read back from text (a status cell), undefined for a string that is no code. */
export const severityOfText = (code: string): Severity | undefined => SEVERITY_OF.get(code);
