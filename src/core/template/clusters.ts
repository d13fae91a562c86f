import { CLUSTER, CLUSTER_SUBJECTS } from "../contract/workbook";
import type { TemplateRow } from "./types";

const cluster = (id: string, name: string, subjects: string, unitTypes = ""): TemplateRow => ({
  [CLUSTER.id]: id,
  [CLUSTER.name]: name,
  [CLUSTER.subjects]: subjects,
  [CLUSTER.unitTypes]: unitTypes,
  [CLUSTER.deadline]: "",
  [CLUSTER.headUnit]: "",
  [CLUSTER.headEmails]: "",
  [CLUSTER.councilMember]: "",
});

/**
 * `Cụm thi đua` of the 2020 Sơn Tây template (plan section II.5.1).
 *
 * What the seed says, and what it does not:
 * - Clusters 1–6 register collectives and individuals. The seed does not name
 *   them nor say which units sit in which; the names below are plausible
 *   placeholders (ward, commune, department, public-service and Party/mass
 *   organisation blocks) that the council is expected to rename. They match
 *   the illustrative demo assignment in `demo-units.ts`.
 * - Cluster 7 (military) registers only the 15 commune/ward Ban CHQS, and
 *   cluster 8 (police) only the 15 commune police boards (communes) or
 *   Ban Bảo vệ dân phố (wards): collectives only, restricted by unit type.
 * - Cluster 9 registers only "tập thể Hội hoặc Tổ chức xã hội" and cluster 10
 *   only "tập thể là các doanh nghiệp": the seed states both, so their unit
 *   types are restricted too.
 * - `Đơn vị cụm trưởng` is blank: the seed names no cluster head. (II.5.2 says
 *   the military and police branches compile clusters 7 and 8 for the town,
 *   which suggests Ban Chỉ huy Quân sự thị xã and Công an thị xã, but it does
 *   not call them cluster heads.)
 *
 * Education clusters: the seed says the education clusters ("các cụm thi đua
 * ngành Giáo dục và Đào tạo", cf. appendix task 15) register at the start of
 * the school year, not by 28/02. A council adds them as extra rows, e.g.
 * `Số cụm` = `GD1`, `Đối tượng đăng ký` = `Tập thể và cá nhân`,
 * `Loại đơn vị được đăng ký` = `Trường học`, and `Hạn đăng ký riêng` = the
 * registration date at the start of the school year (the seed gives none).
 * The 2020 template holds clusters 1–10 only.
 */
export const CLUSTER_ROWS: readonly TemplateRow[] = [
  cluster("1", "Cụm thi đua số 1 – Khối phường", CLUSTER_SUBJECTS.both),
  cluster("2", "Cụm thi đua số 2 – Khối xã", CLUSTER_SUBJECTS.both),
  cluster("3", "Cụm thi đua số 3 – Khối cơ quan tổng hợp, nội chính", CLUSTER_SUBJECTS.both),
  cluster("4", "Cụm thi đua số 4 – Khối cơ quan kinh tế, văn hóa – xã hội", CLUSTER_SUBJECTS.both),
  cluster("5", "Cụm thi đua số 5 – Khối đơn vị sự nghiệp", CLUSTER_SUBJECTS.both),
  cluster("6", "Cụm thi đua số 6 – Khối Đảng, đoàn thể", CLUSTER_SUBJECTS.both),
  cluster(
    "7",
    "Cụm thi đua số 7 – Ngành Quân sự (Ban CHQS xã, phường)",
    CLUSTER_SUBJECTS.collectiveOnly,
    "Ban CHQS",
  ),
  cluster(
    "8",
    "Cụm thi đua số 8 – Ngành Công an (Công an xã, Ban Bảo vệ dân phố phường)",
    CLUSTER_SUBJECTS.collectiveOnly,
    "Công an, Ban Bảo vệ dân phố",
  ),
  cluster(
    "9",
    "Cụm thi đua số 9 – Các hội, tổ chức xã hội",
    CLUSTER_SUBJECTS.collectiveOnly,
    "Hội, tổ chức xã hội",
  ),
  cluster("10", "Cụm thi đua số 10 – Các doanh nghiệp", CLUSTER_SUBJECTS.collectiveOnly, "Doanh nghiệp"),
];
