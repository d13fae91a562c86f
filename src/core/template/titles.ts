import { REQUIREMENT, SUBJECT, TITLE } from "../contract/workbook";
import type { TemplateRow } from "./types";

interface TitleSpec {
  readonly name: string;
  readonly abbreviation: string;
  readonly subject: string;
  readonly requirement?: string;
  readonly requirementFor?: string;
  readonly prerequisite?: string;
  readonly maxShare?: string;
  readonly level: "Thị xã" | "Thành phố";
  readonly multiYear?: string;
  readonly collective?: string;
  readonly leaderOnly?: true;
}

const title = (t: TitleSpec): TemplateRow => ({
  [TITLE.name]: t.name,
  [TITLE.abbreviation]: t.abbreviation,
  [TITLE.subject]: t.subject,
  [TITLE.requirement]: t.requirement ?? "",
  [TITLE.requirementFor]: t.requirementFor ?? "",
  [TITLE.prerequisite]: t.prerequisite ?? "",
  [TITLE.maxShare]: t.maxShare ?? "",
  [TITLE.decisionLevel]: t.level,
  [TITLE.multiYear]: t.multiYear ?? "",
  [TITLE.collectiveCondition]: t.collective ?? "",
  [TITLE.leaderOnly]: t.leaderOnly ? "Có" : "",
});

/**
 * `Danh hiệu` of the 2020 template: exactly the ten rows of WORKBOOK.md
 * (Decree 91/2017/NĐ-CP and plan section II.5.2: a commune/ward registering
 * for the City Emulation Flag names its model; an individual registering for
 * CSTĐCS or the City Certificate of Merit names an initiative).
 *
 * Not added: the appendix also mentions Bằng khen của Thủ tướng Chính phủ,
 * Huân chương Lao động, Kỷ niệm chương and "Công dân Thủ đô ưu tú", but as
 * proposals the council makes during the year (tasks 7, 8, 17, 20), not as
 * titles units register for by 28/02; the seed names no other registrable title.
 */
/** `Cấp quyết định` of the 2020 template: the town's chair, or the City's. */
const TOWN = "Thị xã";
const CITY = "Thành phố";

export const TITLE_ROWS: readonly TemplateRow[] = [
  title({ name: "Lao động tiên tiến", abbreviation: "LĐTT", subject: SUBJECT.individual, level: TOWN }),
  title({
    name: "Chiến sĩ thi đua cơ sở",
    abbreviation: "CSTĐCS",
    subject: SUBJECT.individual,
    requirement: REQUIREMENT.initiative,
    prerequisite: "LĐTT",
    maxShare: "15% LĐTT",
    level: TOWN,
  }),
  title({
    name: "Chiến sĩ thi đua Thành phố",
    abbreviation: "CSTĐTP",
    subject: SUBJECT.individual,
    requirement: REQUIREMENT.initiative,
    prerequisite: "CSTĐCS",
    level: CITY,
    multiYear: "3 năm liên tục: CSTĐCS",
  }),
  title({
    name: "Giấy khen của Chủ tịch UBND thị xã",
    abbreviation: "GK",
    subject: SUBJECT.individual,
    level: TOWN,
  }),
  title({
    name: "Bằng khen của Chủ tịch UBND Thành phố",
    abbreviation: "BKTP",
    subject: SUBJECT.individual,
    requirement: REQUIREMENT.initiative,
    level: CITY,
    multiYear: "2 năm liên tục: HTXSNV",
  }),
  title({
    name: "Tập thể lao động tiên tiến",
    abbreviation: "TTLĐTT",
    subject: SUBJECT.collective,
    level: TOWN,
  }),
  title({
    name: "Tập thể lao động xuất sắc",
    abbreviation: "TTLĐXS",
    subject: SUBJECT.collective,
    prerequisite: "TTLĐTT",
    level: CITY,
    collective: "70% LĐTT; 1 CSTĐCS",
  }),
  title({
    name: "Cờ thi đua của UBND Thành phố",
    abbreviation: "CTĐTP",
    subject: SUBJECT.collective,
    requirement: REQUIREMENT.model,
    requirementFor: "Xã, Phường",
    level: CITY,
    leaderOnly: true,
  }),
  title({
    name: "Giấy khen của Chủ tịch UBND thị xã (tập thể)",
    abbreviation: "GKTT",
    subject: SUBJECT.collective,
    level: TOWN,
  }),
  title({
    name: "Bằng khen của Chủ tịch UBND Thành phố (tập thể)",
    abbreviation: "BKTPTT",
    subject: SUBJECT.collective,
    level: CITY,
  }),
];
