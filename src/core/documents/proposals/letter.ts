import { SUBJECT } from "../../contract/workbook";
import type { Plan } from "../../plan/types";
import type { LevelGroup, ProposalList } from "../../year-end";
import type { DocumentModel, TableRow } from "../model";
import { documentFileName, draftHeader, signatureOf } from "./header";

/** The name of the document and of its file. */
const PROPOSAL_LETTER_NAME = "Tờ trình đề nghị khen thưởng";

/** Who decides a level's awards: "Chủ tịch Ủy ban nhân dân thành phố" for `Thành phố`. */
const deciderOf = (level: string): string =>
  level ? `Chủ tịch Ủy ban nhân dân ${level.toLowerCase()}` : "cấp có thẩm quyền";

/** Collectives and individuals proposed for each title of a level, and the totals. */
function countRows(level: LevelGroup): { rows: TableRow[]; collectives: number; individuals: number } {
  let collectives = 0;
  let individuals = 0;
  const rows: TableRow[] = level.titles.map((t, i) => {
    const isCollective = t.title.subject === SUBJECT.collective;
    if (isCollective) collectives += t.count;
    else individuals += t.count;
    const c = isCollective ? String(t.count) : "";
    const p = isCollective ? "" : String(t.count);
    return { kind: "data", cells: [String(i + 1), t.title.name, c, p, String(t.count)] };
  });
  rows.push({
    kind: "total",
    cells: ["", "Tổng cộng", String(collectives), String(individuals), String(level.count)],
  });
  return { rows, collectives, individuals };
}

/**
 * `Tờ trình đề nghị khen thưởng`, one per deciding level: the cover letter that asks the level's
 * decider to award what the list proposes, citing the year's plan (its number and date left for
 * the clerk, as the document's own) and counting the proposals per title.
 */
export function proposalLetters(list: ProposalList, plan: Plan, now: Date): DocumentModel[] {
  const org = plan.organisation || "Hội đồng Thi đua – Khen thưởng";
  return list.levels.map((level) => {
    const decider = deciderOf(level.level);
    const { rows, collectives, individuals } = countRows(level);
    const p = (text: string) => ({
      kind: "paragraph" as const,
      text,
      indent: true,
      align: "justify" as const,
    });
    return {
      kind: "to-trinh-de-nghi-khen-thuong",
      fileName: documentFileName(
        list.year,
        `${PROPOSAL_LETTER_NAME} (${level.level || "chưa ghi cấp"})`,
        now,
      ),
      orientation: "portrait",
      header: draftHeader(plan, list.year, "TTr-HĐTĐKT"),
      title: "TỜ TRÌNH",
      subtitle: [`Về việc đề nghị khen thưởng năm ${list.year}`],
      body: [
        { kind: "paragraph", text: `Kính gửi: ${decider}.`, align: "center" },
        p("Căn cứ Luật Thi đua, Khen thưởng và các văn bản hướng dẫn thi hành;"),
        p(
          `Căn cứ Kế hoạch số …/KH-HĐTĐKT ngày … của ${org} về công tác thi đua, khen thưởng năm ${list.year};`,
        ),
        p(`Căn cứ kết quả bình xét thi đua năm ${list.year} của các cụm thi đua,`),
        p(
          `${org} kính trình ${decider} xem xét, khen thưởng cho ${collectives} tập thể và ${individuals} cá nhân ` +
            `đã có thành tích trong phong trào thi đua năm ${list.year}, cụ thể như sau:`,
        ),
        {
          kind: "table",
          columns: [
            { header: "STT", width: 8, align: "center" },
            { header: "Danh hiệu, hình thức khen thưởng", width: 48 },
            { header: "Tập thể", width: 14, align: "center" },
            { header: "Cá nhân", width: 14, align: "center" },
            { header: "Cộng", width: 14, align: "center" },
          ],
          rows,
        },
        { kind: "paragraph", text: "(Có danh sách kèm theo)", italic: true, align: "center" },
        p(`Kính trình ${decider} xem xét, quyết định./.`),
      ],
      signature: signatureOf(plan),
      recipients: ["- Như trên;", "- Lưu: VT, NV."],
    };
  });
}
