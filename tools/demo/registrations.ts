import { REG, SUBJECT, UNIT } from "../../src/core/contract/workbook";
import { onTimeDate } from "./demo-day";
import { personName, position } from "./people";
import type { Rec } from "./sheet-writer";
import { DEMO_UNIT_ROWS } from "./units";

export const T = {
  ldtt: "Lao động tiên tiến",
  cstdcs: "Chiến sĩ thi đua cơ sở",
  ttldtt: "Tập thể lao động tiên tiến",
  ttldxs: "Tập thể lao động xuất sắc",
  ctdtp: "Cờ thi đua của UBND Thành phố",
  gktt: "Giấy khen của Chủ tịch UBND thị xã (tập thể)",
} as const;

/** Units with no registration at all (DV01). */
export const UNREGISTERED = [
  "Thanh tra thị xã",
  "Hội Khuyến học thị xã",
  "Ban CHQS xã Thanh Mỹ",
  "Công ty TNHH Vận tải Viên Sơn",
];
/** A unit of cluster 3 whose registrations all came after the cluster's own deadline (DV02). */
export const ONLY_LATE = "Phòng Tư pháp";
const LATE_DATE = "18/02/2020";
/** Units of clusters 1–6 that register 7 LĐTT and one CSTĐCS (1/7 stays under the 15% quota). */
export const WITH_FIGHTER = new Set([
  "UBND phường Lê Lợi",
  "UBND xã Đường Lâm",
  "Phòng Nội vụ",
  "Phòng Kinh tế",
]);
/** A unit that registers individuals but forgot its collective title (DV03). */
const NO_COLLECTIVE = "Hội Cựu chiến binh thị xã";
/** A commune that registers for the City flag without naming its model (DK10). */
const FLAG_WITHOUT_MODEL = "UBND xã Xuân Sơn";
const BOTH = new Set(["1", "2", "3", "4", "5", "6"]);

export const entrant = (cluster: string): string => `cumtruong${cluster}@sontay.example.vn`;

interface DemoUnit {
  name: string;
  cluster: string;
  type: string;
}
const UNITS: DemoUnit[] = DEMO_UNIT_ROWS.map((u) => ({
  name: String(u[UNIT.name]),
  cluster: String(u[UNIT.cluster]),
  type: String(u[UNIT.type]),
}));

/** Number of the first demo person of a unit (each unit has 8). */
export const firstPersonOf = (unit: string): number => UNITS.findIndex((u) => u.name === unit) * 8;

let serial = 0;
const dateFor = (unit: string, cluster: string): string =>
  unit === ONLY_LATE ? LATE_DATE : onTimeDate(serial++, cluster);

export function collective(unit: string, cluster: string, title: string, model = ""): Rec {
  return {
    [REG.unit]: unit,
    [REG.subject]: SUBJECT.collective,
    [REG.title]: title,
    [REG.initiative]: model,
    [REG.date]: dateFor(unit, cluster),
    [REG.enteredBy]: entrant(cluster),
  };
}

export function individual(unit: string, cluster: string, n: number, title: string, initiative = ""): Rec {
  return {
    [REG.unit]: unit,
    [REG.subject]: SUBJECT.individual,
    [REG.person]: personName(n),
    [REG.position]: position(n),
    [REG.title]: title,
    [REG.initiative]: initiative,
    [REG.date]: dateFor(unit, cluster),
    [REG.enteredBy]: entrant(cluster),
  };
}

function collectives(u: DemoUnit): Rec[] {
  if (u.name === NO_COLLECTIVE) return [];
  const rows = [collective(u.name, u.cluster, T.ttldtt)];
  if (u.type === "Xã" || u.type === "Phường") {
    const model = u.name === FLAG_WITHOUT_MODEL ? "" : `Mô hình “Khu dân cư kiểu mẫu” của ${u.name}`;
    rows.push(collective(u.name, u.cluster, T.ctdtp, model));
  }
  return rows;
}

function individuals(u: DemoUnit, first: number): Rec[] {
  if (!BOTH.has(u.cluster)) return [];
  const count = WITH_FIGHTER.has(u.name) ? 7 : 2 + (first % 3);
  const rows = Array.from({ length: count }, (_, i) => individual(u.name, u.cluster, first + i, T.ldtt));
  if (WITH_FIGHTER.has(u.name)) {
    const idea = "Sáng kiến số hóa quy trình tiếp nhận, trả kết quả hồ sơ một cửa";
    rows.push(individual(u.name, u.cluster, first, T.cstdcs, idea));
  }
  return rows;
}

/**
 * The valid registrations of the demo, by cluster id, collectives first then individuals
 * (as the plan asks), for every demo unit but the unregistered ones.
 */
export function validRegistrations(): Map<string, Rec[]> {
  serial = 0;
  const byCluster = new Map<string, Rec[]>();
  const units = UNITS.filter((u) => !UNREGISTERED.includes(u.name));
  for (const cluster of new Set(units.map((u) => u.cluster))) {
    const members = units.filter((u) => u.cluster === cluster);
    const rows = members.flatMap(collectives);
    members.forEach((u) => {
      rows.push(...individuals(u, firstPersonOf(u.name)));
    });
    byCluster.set(cluster, rows);
  }
  return byCluster;
}
