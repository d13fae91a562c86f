import {
  CAMPAIGN,
  CLUSTER,
  CLUSTER_SUBJECTS,
  CONFIG,
  CRITERION,
  CRITERION_KIND,
  DOSSIER,
  HISTORY,
  LOG,
  OUTCOME,
  RATINGS,
  REG,
  REQUIREMENT,
  RESULT,
  SCORE,
  SUBJECT,
  TAB,
  TASK,
  TITLE,
  UNIT,
  UNIT_TYPES,
  YES_NO,
} from "../contract/workbook";

/** Where a dropdown takes its choices from. */
export type DropdownSource =
  | { readonly kind: "list"; readonly values: readonly string[] }
  | { readonly kind: "column"; readonly tab: string; readonly header: string };

const DATE_FORMAT = "dd/mm/yyyy";
const DATETIME_FORMAT = "dd/mm/yyyy HH:mm:ss";
// No column is given the plain-text format "@": in such a cell Sheets keeps a
// leading apostrophe as a character, and the add-on writes text with one (asLiteral).

/** How setup dresses a tab's columns: width in pixels, number format, dropdown. */
export interface ColumnLayout {
  readonly width?: number;
  readonly format?: string;
  readonly dropdown?: DropdownSource;
  /** Written by the add-on only: protected with a warning, so a hand edit is not made unawares. */
  readonly generated?: true;
}

/** Description of the warning-only protection of a generated column. */
export const GENERATED_COLUMN_NOTE =
  "Cột do tiện ích Sổ thi đua ghi: không cần nhập tay, nội dung sẽ được ghi lại ở lần kiểm tra sau.";

const clusterIds: DropdownSource = { kind: "column", tab: TAB.clusters, header: CLUSTER.id };
const unitNames: DropdownSource = { kind: "column", tab: TAB.units, header: UNIT.name };
const titleNames: DropdownSource = { kind: "column", tab: TAB.titles, header: TITLE.name };
const subjects: DropdownSource = { kind: "list", values: [SUBJECT.collective, SUBJECT.individual] };
const list = (...values: string[]): DropdownSource => ({ kind: "list", values });

const ratings: DropdownSource = { kind: "list", values: RATINGS.map((r) => r.name) };
const outcomes = list(OUTCOME.passed, OUTCOME.failed);

const wide = 320;
const status: ColumnLayout = { width: 360, generated: true };

/** Column layouts of the fixed tabs, by header. Unlisted columns keep the defaults. */
export const TAB_LAYOUT: Record<string, Readonly<Record<string, ColumnLayout>>> = {
  [TAB.config]: {
    [CONFIG.key]: { width: 240 },
    [CONFIG.value]: { width: 280 },
    [CONFIG.note]: { width: 420 },
  },
  [TAB.clusters]: {
    [CLUSTER.id]: { width: 70 },
    [CLUSTER.name]: { width: 260 },
    [CLUSTER.subjects]: {
      width: 160,
      dropdown: list(CLUSTER_SUBJECTS.both, CLUSTER_SUBJECTS.collectiveOnly),
    },
    [CLUSTER.unitTypes]: { width: 220 },
    [CLUSTER.deadline]: { width: 130, format: DATE_FORMAT },
    [CLUSTER.headUnit]: { width: 220, dropdown: unitNames },
    [CLUSTER.headEmails]: { width: 240 },
    [CLUSTER.councilMember]: { width: 200 },
  },
  [TAB.units]: {
    [UNIT.name]: { width: wide },
    [UNIT.cluster]: { width: 80, dropdown: clusterIds },
    [UNIT.type]: { width: 170, dropdown: list(...UNIT_TYPES) },
    [UNIT.email]: { width: 240 },
    [UNIT.headcount]: { width: 90 },
  },
  [TAB.titles]: {
    [TITLE.name]: { width: wide },
    [TITLE.abbreviation]: { width: 90 },
    [TITLE.subject]: { width: 90, dropdown: subjects },
    [TITLE.requirement]: { width: 100, dropdown: list("", REQUIREMENT.initiative, REQUIREMENT.model) },
    [TITLE.requirementFor]: { width: 160 },
    [TITLE.prerequisite]: { width: 140 },
    [TITLE.maxShare]: { width: 110 },
    [TITLE.decisionLevel]: { width: 110 },
    [TITLE.multiYear]: { width: 180 },
    [TITLE.collectiveCondition]: { width: 170 },
    [TITLE.leaderOnly]: { width: 120, dropdown: list("", YES_NO.yes) },
  },
  [TAB.criteria]: {
    [CRITERION.cluster]: { width: 70 },
    [CRITERION.code]: { width: 100 },
    [CRITERION.content]: { width: 420 },
    [CRITERION.max]: { width: 100 },
    [CRITERION.kind]: {
      width: 120,
      dropdown: list(CRITERION_KIND.base, CRITERION_KIND.bonus, CRITERION_KIND.penalty),
    },
  },
  [TAB.dossier]: {
    [DOSSIER.cluster]: { width: 70, dropdown: clusterIds },
    [DOSSIER.plan]: { width: 180 },
    [DOSSIER.regulation]: { width: 180 },
    [DOSSIER.criteria]: { width: 200 },
    [DOSSIER.covenant]: { width: 180 },
    [DOSSIER.list]: { width: 180 },
    [DOSSIER.submitted]: { width: 110, format: DATE_FORMAT },
    [DOSSIER.status]: status,
  },
  [TAB.campaigns]: {
    [CAMPAIGN.name]: { width: wide },
    [CAMPAIGN.office]: { width: 220 },
    [CAMPAIGN.plan]: { width: 180 },
    [CAMPAIGN.criteria]: { width: 140 },
    [CAMPAIGN.participants]: { width: 200 },
    [CAMPAIGN.date]: { width: 110, format: DATE_FORMAT },
    [CAMPAIGN.status]: status,
  },
  [TAB.timeline]: {
    [TASK.no]: { width: 50 },
    [TASK.quarter]: { width: 70 },
    [TASK.content]: { width: 420 },
    [TASK.lead]: { width: 200 },
    [TASK.executor]: { width: 200 },
    [TASK.coordinator]: { width: 200 },
    [TASK.deadline]: { width: 110, format: DATE_FORMAT },
    [TASK.done]: { width: 120, format: DATE_FORMAT },
    [TASK.state]: { width: 130, generated: true },
  },
  [TAB.history]: {
    [HISTORY.year]: { width: 60 },
    [HISTORY.unit]: { width: 260, dropdown: unitNames },
    [HISTORY.subject]: { width: 90, dropdown: subjects },
    [HISTORY.person]: { width: 200 },
    [HISTORY.title]: { width: 260 },
    [HISTORY.rating]: { width: 220, dropdown: ratings },
    [HISTORY.decisionNo]: { width: 140 },
    [HISTORY.decisionDate]: { width: 120, format: DATE_FORMAT },
  },
  [TAB.log]: {
    [LOG.time]: { width: 150, format: DATETIME_FORMAT },
    [LOG.user]: { width: 220 },
    [LOG.action]: { width: 200 },
    [LOG.detail]: { width: 520 },
  },
};

/** Layout of every `Cụm N` registration tab. */
export const CLUSTER_TAB_LAYOUT: Readonly<Record<string, ColumnLayout>> = {
  [REG.no]: { width: 50 },
  [REG.unit]: { width: 260, dropdown: unitNames },
  [REG.subject]: { width: 90, dropdown: subjects },
  [REG.person]: { width: 200 },
  [REG.position]: { width: 160 },
  [REG.title]: { width: 260, dropdown: titleNames },
  [REG.initiative]: { width: 260 },
  [REG.date]: { width: 110, format: DATE_FORMAT },
  [REG.enteredBy]: { width: 200 },
  [REG.status]: status,
  [RESULT.rating]: { width: 220, dropdown: ratings },
  [RESULT.outcome]: { width: 120, dropdown: outcomes },
  [RESULT.initiativeDecision]: { width: 170 },
  [RESULT.decisionNo]: { width: 140 },
  [RESULT.decisionDate]: { width: 120, format: DATE_FORMAT },
};

/** Layout of every `Điểm Cụm N` score tab. */
export const SCORE_TAB_LAYOUT: Readonly<Record<string, ColumnLayout>> = {
  [SCORE.unit]: { width: 240 },
  [SCORE.criterion]: { width: 90 },
  [SCORE.content]: { width: 360 },
  [SCORE.max]: { width: 90 },
  [SCORE.self]: { width: 100 },
  [SCORE.cross]: { width: 110 },
  [SCORE.note]: { width: 200 },
  [SCORE.status]: status,
};
