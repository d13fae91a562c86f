import { checkWorkbook } from "../../checks/check-workbook";
import { RESULT } from "../../contract/workbook";
import { formatDateTime, toInstant } from "../../dates";
import type { DocumentModel } from "../../documents/model";
import { proposalLetters } from "../../documents/proposals/letter";
import { proposalListDocument } from "../../documents/proposals/list";
import { PROPOSALS } from "../../menu/menu";
import { PROPOSAL_REPORT, proposalReport } from "../../reports/proposal-report";
import { comparePersonNames } from "../../text/vietnamese-order";
import { type ProposalList, proposalList } from "../../year-end";
import { type ActionInput, type Outcome, Refusal } from "../action";
import type { WriteOp } from "../write-plan";

/** What `Lập danh sách đề nghị khen thưởng` made: its message and the documents, as data. */
export interface ProposalsResult {
  readonly message: string;
  /** `Danh sách đề nghị khen thưởng`, then one `Tờ trình` per deciding level. */
  readonly documents: readonly DocumentModel[];
  /** The tab rebuilt with the list. */
  readonly sheet: string;
}

function summary(list: ProposalList): string {
  const lines = [
    `Đã lập lại trang '${PROPOSAL_REPORT}': ${list.total} tập thể, cá nhân được đề nghị khen thưởng năm ${list.year}.`,
  ];
  for (const level of list.levels) {
    const titles = level.titles.map((t) => `${t.title.abbreviation || t.title.name} ${t.count}`).join(", ");
    lines.push(`• ${level.level || "Chưa ghi cấp quyết định"}: ${level.count} (${titles}).`);
  }
  if (list.notProposed.length > 0)
    lines.push(`${list.notProposed.length} dòng 'Đạt' không được đề nghị: lý do ghi ở cuối trang báo cáo.`);
  if (list.pending.length > 0)
    lines.push(`${list.pending.length} dòng chưa có '${RESULT.outcome}': chưa được đề nghị.`);
  return lines.join("\n");
}

/**
 * `Lập danh sách đề nghị khen thưởng` (admin): the whole check once, then the proposal list from
 * its year-end evaluation — rebuilt as `BC Đề nghị khen thưởng`, and made as documents: the list
 * and one cover letter per deciding level, each a Google Doc and its PDF in `Thư mục Drive` (else
 * the spreadsheet's folder). Refused before any `Kết quả bình xét` is entered.
 */
export function buildProposals(input: ActionInput): Outcome<ProposalsResult> {
  const { index, yearEnd } = checkWorkbook(input.snapshot, input.now, input.timeZone);
  if (!yearEnd) {
    throw new Refusal(
      "NO_RESULTS",
      `Chưa có dòng đăng ký nào có '${RESULT.outcome}'. Hãy ghi kết quả bình xét ('Đạt' / 'Không đạt') vào các trang Cụm N (hoặc qua biểu mẫu Đăng ký thi đua) rồi chạy lại.`,
    );
  }
  const list = proposalList(yearEnd, index, comparePersonNames);
  // Named with the day the results are for, as the Báo cáo documents: `Ngày tham chiếu`, else today.
  const day = toInstant(index.plan.today);
  const documents = [proposalListDocument(list, index.plan, day), ...proposalLetters(list, index.plan, day)];
  const folderId = index.plan.documents.driveFolder;
  const where = folderId ? "thư mục Drive đã đặt ở trang Cấu hình" : "thư mục chứa bảng tính";
  const message = summary(list);
  const files = documents.map((d) => `'${d.fileName}'`).join(", ");
  return {
    result: { message, documents, sheet: PROPOSAL_REPORT },
    writes: [
      { kind: "report", report: proposalReport(list, index.plan, formatDateTime(input.now)) },
      ...documents.map((model): WriteOp => ({ kind: "document", model, folderId })),
      {
        kind: "log",
        action: PROPOSALS.caption,
        detail: `${message.replace(/\n/g, " ")} Văn bản (Google Tài liệu và PDF) trong ${where}: ${files}.`,
      },
    ],
  };
}
