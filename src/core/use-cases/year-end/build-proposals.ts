import { checkWorkbook } from "../../checks/check-workbook";
import { RESULT } from "../../contract/workbook";
import { formatDateTime } from "../../dates";
import type { DocumentModel } from "../../documents/model";
import { proposalLetters } from "../../documents/proposals/letter";
import { proposalListDocument } from "../../documents/proposals/list";
import { PROPOSALS } from "../../menu/menu";
import { PROPOSAL_REPORT, proposalReport } from "../../reports/proposal-report";
import { comparePersonNames } from "../../text/vietnamese-order";
import { type ProposalList, proposalList } from "../../year-end";
import { type ActionInput, type Outcome, Refusal } from "../action";

/** What `Lập danh sách đề nghị khen thưởng` made: its message and the documents, as data. */
export interface ProposalsResult {
  readonly message: string;
  /** `Danh sách đề nghị khen thưởng`, then one `Tờ trình` per deciding level. */
  readonly documents: readonly DocumentModel[];
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
 * its year-end evaluation — rebuilt as `BC Đề nghị khen thưởng`, and as the document models of the
 * list and its cover letters. Refused before any `Kết quả bình xét` is entered.
 */
export function buildProposals(input: ActionInput): Outcome<ProposalsResult> {
  const { index, yearEnd } = checkWorkbook(input.snapshot, input.now);
  if (!yearEnd) {
    throw new Refusal(
      "NO_RESULTS",
      `Chưa có dòng đăng ký nào có '${RESULT.outcome}'. Hãy ghi kết quả bình xét ('Đạt' / 'Không đạt') vào các trang Cụm N (hoặc qua biểu mẫu Đăng ký thi đua) rồi chạy lại.`,
    );
  }
  const list = proposalList(yearEnd, index, comparePersonNames);
  const message = summary(list);
  return {
    result: {
      message,
      documents: [
        proposalListDocument(list, index.plan, input.now),
        ...proposalLetters(list, index.plan, input.now),
      ],
    },
    writes: [
      { kind: "report", report: proposalReport(list, index.plan, formatDateTime(input.now)) },
      { kind: "log", action: PROPOSALS.caption, detail: message.replace(/\n/g, " ") },
    ],
  };
}
