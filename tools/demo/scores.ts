import { CLUSTER, CONFIG, SCORE, SETTING, scoreTabName, TAB } from "../../src/core/contract/workbook";
import { entrant, ONLY_LATE, UNREGISTERED } from "./registrations";
import type { SheetWriter } from "./sheet-writer";
import { DEMO_UNIT_ROWS } from "./units";

/** The demo's Phòng Nội vụ officer: `Email quản trị`, and the user the demo is built as. */
export const DEMO_ADMIN = "phongnoivu@sontay.example.vn";
/** A cluster head's demo e-mail: the same address that typed the cluster's registrations. */
export const headEmail = entrant;

const CLUSTERS = [...new Set(DEMO_UNIT_ROWS.map((u) => String(u["Số cụm"])))];
const unitsOf = (cluster: string): string[] =>
  DEMO_UNIT_ROWS.filter((u) => String(u["Số cụm"]) === cluster).map((u) => String(u["Tên đơn vị"]));

/** The head unit of a cluster: its first unit that registered on time. */
export function headUnit(cluster: string): string {
  const units = unitsOf(cluster);
  return units.find((u) => !UNREGISTERED.includes(u) && u !== ONLY_LATE) ?? units[0] ?? "";
}

/** `Email quản trị` and, per cluster, `Email cụm trưởng` and `Đơn vị cụm trưởng`. */
export function fillAccess(w: SheetWriter): void {
  w.set(TAB.config, w.findRow(TAB.config, CONFIG.key, SETTING.adminEmails), CONFIG.value, DEMO_ADMIN);
  for (const id of CLUSTERS) {
    const row = w.findRow(TAB.clusters, CLUSTER.id, id);
    w.set(TAB.clusters, row, CLUSTER.headEmails, headEmail(id));
    w.set(TAB.clusters, row, CLUSTER.headUnit, headUnit(id));
  }
}

/** How a unit was scored in the demo. */
interface Plan {
  /** Share of each base criterion's maximum the cross-score gives (self-scores run a little higher). */
  share: number;
  bonus?: number;
  penalty?: number;
  /** Only the unit's own scores are in: no cross-score yet (DI04). */
  selfOnly?: boolean;
  /** Criteria left without any score (DI02). */
  blank?: readonly string[];
  /** A cross-score typed above the criterion's maximum (DI01). */
  over?: { code: string; value: number };
}

/**
 * Scores partly entered, by cluster: clusters 1–6 as below, 7 and 8 scored evenly
 * (`GENERATED`), 9 and 10 not started (every row DI02, every unit under the floor). Planted: a tie that decides the leader of cluster 1 (DI07), a
 * unit under the floor (DI06), a unit with self-scores only (DI04), a score above its maximum
 * (DI01), a unit with two criteria left blank (DI02), and the top-scoring unit of cluster 3
 * registered late (DV02) so that the next one is proposed.
 */
const SCORE_PLAN: Readonly<Record<string, Readonly<Record<string, Plan>>>> = {
  "1": {
    "UBND phường Lê Lợi": { share: 0.92, bonus: 2 },
    "UBND phường Ngô Quyền": { share: 0.84 },
    "UBND phường Phú Thịnh": { share: 0.8, penalty: 1 },
    "UBND phường Quang Trung": { share: 0.92, bonus: 2 }, // DI07: tied with Lê Lợi for the lead
    "UBND phường Sơn Lộc": { share: 0.86 },
    "UBND phường Trung Hưng": { share: 0.78 },
    "UBND phường Trung Sơn Trầm": { share: 0.82, bonus: 1 },
    "UBND phường Viên Sơn": { share: 0.88 },
    "UBND phường Xuân Khanh": { share: 0.64, penalty: 3 }, // DI06: under the floor of 70
  },
  "2": {
    "UBND xã Cổ Đông": { share: 0.83 },
    "UBND xã Đường Lâm": { share: 0.93, bonus: 3 },
    "UBND xã Kim Sơn": { share: 0.86, selfOnly: true }, // DI04
    "UBND xã Sơn Đông": { share: 0.79 },
    "UBND xã Thanh Mỹ": { share: 0.81, over: { code: "A1", value: 25 } }, // DI01
    "UBND xã Xuân Sơn": { share: 0.77, penalty: 2 },
  },
  "3": {
    "Văn phòng HĐND và UBND thị xã": { share: 0.9 },
    "Phòng Nội vụ": { share: 0.91, bonus: 1 },
    [ONLY_LATE]: { share: 0.95 }, // DV02: top score, may not lead
    "Thanh tra thị xã": { share: 0.85 },
    "Phòng Tài chính – Kế hoạch": { share: 0.87 },
    "Công an thị xã": { share: 0.89 },
    "Ban Chỉ huy Quân sự thị xã": { share: 0.86 },
  },
  "4": {
    "Phòng Kinh tế": { share: 0.88 },
    "Phòng Quản lý đô thị": { share: 0.82 },
    "Phòng Tài nguyên và Môi trường": { share: 0.8 },
    "Phòng Lao động – Thương binh và Xã hội": { share: 0.85, bonus: 1 },
    "Phòng Văn hóa và Thông tin": { share: 0.9 },
    "Phòng Y tế": { share: 0.87 },
    "Phòng Giáo dục và Đào tạo": { share: 0.86, blank: ["B3", "C2"] }, // DI02
  },
  "5": {
    "Trung tâm Văn hóa – Thông tin và Thể thao": { share: 0.87 },
    "Ban Quản lý dự án đầu tư xây dựng thị xã": { share: 0.84 },
    "Trung tâm Phát triển quỹ đất thị xã": { share: 0.81 },
    "Đội Quản lý trật tự xây dựng đô thị thị xã": { share: 0.79, penalty: 1 },
    "Ban Quản lý di tích làng cổ Đường Lâm": { share: 0.9, bonus: 2 },
  },
  "6": {
    "Văn phòng Thị ủy": { share: 0.91 },
    "Ủy ban MTTQ Việt Nam thị xã": { share: 0.88 },
    "Thị đoàn Sơn Tây": { share: 0.86, bonus: 1 },
    "Hội Liên hiệp Phụ nữ thị xã": { share: 0.87 },
    "Hội Nông dân thị xã": { share: 0.83 },
    "Hội Cựu chiến binh thị xã": { share: 0.8 },
    "Liên đoàn Lao động thị xã": { share: 0.85 },
  },
};

/** Clusters scored without surprises: shares from 0.80 to 0.92, spread over the units. */
const GENERATED = ["7", "8"];

/** Clusters whose scoring has not started: their score tab stays as prepared. */
export const UNSCORED = CLUSTERS.filter((c) => !(c in SCORE_PLAN) && !GENERATED.includes(c));

/** How the demo scores a unit of a cluster, or undefined when it has no scores yet. */
function planOf(cluster: string, unit: string): Plan | undefined {
  if (!GENERATED.includes(cluster)) return SCORE_PLAN[cluster]?.[unit];
  const i = unitsOf(cluster).indexOf(unit);
  return i < 0
    ? undefined
    : { share: 0.8 + ((i * 5 + Number(cluster)) % 13) / 100, ...(i % 4 === 1 ? { bonus: 1 } : {}) };
}

const half = (v: number): number => Math.round(v * 2) / 2;

/** A unit's self- and cross-score for one criterion ("" = not entered). */
function scoreOf(plan: Plan, code: string, max: number): [unknown, unknown] {
  if (plan.blank?.includes(code)) return ["", ""];
  if (code.startsWith("TR")) return [plan.penalty ?? 0, plan.selfOnly ? "" : (plan.penalty ?? 0)];
  if (code.startsWith("T")) return [plan.bonus ?? 0, plan.selfOnly ? "" : (plan.bonus ?? 0)];
  const cross = Math.min(max, half(max * plan.share));
  // Units score themselves a little more generously than their peers do (within DI05's 10%).
  const self = Math.min(max, cross + (max >= 10 ? 0.5 : 0));
  if (plan.selfOnly) return [self, ""];
  return [self, plan.over?.code === code ? plan.over.value : cross];
}

/** Types the scores of `SCORE_PLAN` into the prepared `Điểm Cụm N` tabs. */
export function fillScores(w: SheetWriter): void {
  for (const cluster of CLUSTERS.filter((c) => !UNSCORED.includes(c))) {
    const tab = scoreTabName(cluster);
    const [head = [], ...rows] = w.values(tab);
    const col = (h: string) => head.map(String).indexOf(h);
    const [unit, code, max] = [col(SCORE.unit), col(SCORE.criterion), col(SCORE.max)];
    const self: unknown[][] = [];
    const cross: unknown[][] = [];
    for (const r of rows) {
      const plan = planOf(cluster, String(r[unit]));
      const [s, c] = plan ? scoreOf(plan, String(r[code]), Number(r[max])) : ["", ""];
      self.push([s]);
      cross.push([c]);
    }
    w.setColumn(tab, SCORE.self, self);
    w.setColumn(tab, SCORE.cross, cross);
  }
}
