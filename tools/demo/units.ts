import { UNIT, type UNIT_TYPES } from "../../src/core/contract/workbook";
import type { TemplateRow } from "../../src/core/template/types";

type UnitType = (typeof UNIT_TYPES)[number];

const unit = (name: string, cluster: string, type: UnitType): TemplateRow => ({
  [UNIT.name]: name,
  [UNIT.cluster]: cluster,
  [UNIT.type]: type,
  [UNIT.email]: "",
  [UNIT.headcount]: "",
});

/** The 9 wards and 6 communes of Sơn Tây in 2020 (BRIEF.md, "Facts for demo data"). */
const DEMO_WARDS: readonly string[] = [
  "Lê Lợi",
  "Ngô Quyền",
  "Phú Thịnh",
  "Quang Trung",
  "Sơn Lộc",
  "Trung Hưng",
  "Trung Sơn Trầm",
  "Viên Sơn",
  "Xuân Khanh",
];
const DEMO_COMMUNES: readonly string[] = [
  "Cổ Đông",
  "Đường Lâm",
  "Kim Sơn",
  "Sơn Đông",
  "Thanh Mỹ",
  "Xuân Sơn",
];

/**
 * `Đơn vị` rows for the demo workbook.
 *
 * ILLUSTRATIVE: the seed does not say which unit sits in which of clusters
 * 1–6, nor which associations and enterprises make up clusters 9 and 10.
 * The 15 wards and communes, the departments named in the seed, Công an thị
 * xã, Ban Chỉ huy Quân sự thị xã and Trung tâm Văn hóa – Thông tin và Thể thao
 * are real 2020 units; the other departments, public-service units and
 * associations are ones a town of this kind has, and the enterprises are
 * invented. Clusters 7 and 8 follow the seed: the 15 Ban CHQS of the communes
 * and wards, and the commune police (communes) or Ban Bảo vệ dân phố (wards).
 * Schools are left out: they belong to the education clusters, which register
 * at the start of the school year and are not in the 2020 template.
 */
export const DEMO_UNIT_ROWS: readonly TemplateRow[] = [
  // Cluster 1: wards; cluster 2: communes.
  ...DEMO_WARDS.map((w) => unit(`UBND phường ${w}`, "1", "Phường")),
  ...DEMO_COMMUNES.map((c) => unit(`UBND xã ${c}`, "2", "Xã")),
  // Cluster 3: general-affairs and internal-affairs bodies. Công an thị xã and
  // Ban Chỉ huy Quân sự thị xã are town-level agencies here, typed `Cơ quan`
  // (the `Công an` / `Ban CHQS` types are for the commune-level boards).
  unit("Văn phòng HĐND và UBND thị xã", "3", "Cơ quan"),
  unit("Phòng Nội vụ", "3", "Cơ quan"),
  unit("Phòng Tư pháp", "3", "Cơ quan"),
  unit("Thanh tra thị xã", "3", "Cơ quan"),
  unit("Phòng Tài chính – Kế hoạch", "3", "Cơ quan"),
  unit("Công an thị xã", "3", "Cơ quan"),
  unit("Ban Chỉ huy Quân sự thị xã", "3", "Cơ quan"),
  // Cluster 4: economic and socio-cultural departments.
  unit("Phòng Kinh tế", "4", "Cơ quan"),
  unit("Phòng Quản lý đô thị", "4", "Cơ quan"),
  unit("Phòng Tài nguyên và Môi trường", "4", "Cơ quan"),
  unit("Phòng Lao động – Thương binh và Xã hội", "4", "Cơ quan"),
  unit("Phòng Văn hóa và Thông tin", "4", "Cơ quan"),
  unit("Phòng Y tế", "4", "Cơ quan"),
  unit("Phòng Giáo dục và Đào tạo", "4", "Cơ quan"),
  // Cluster 5: public-service units.
  unit("Trung tâm Văn hóa – Thông tin và Thể thao", "5", "Đơn vị sự nghiệp"),
  unit("Ban Quản lý dự án đầu tư xây dựng thị xã", "5", "Đơn vị sự nghiệp"),
  unit("Trung tâm Phát triển quỹ đất thị xã", "5", "Đơn vị sự nghiệp"),
  unit("Đội Quản lý trật tự xây dựng đô thị thị xã", "5", "Đơn vị sự nghiệp"),
  unit("Ban Quản lý di tích làng cổ Đường Lâm", "5", "Đơn vị sự nghiệp"),
  // Cluster 6: Party office and the socio-political organisations (on the
  // town's payroll, hence `Cơ quan`, unlike the associations of cluster 9).
  unit("Văn phòng Thị ủy", "6", "Cơ quan"),
  unit("Ủy ban MTTQ Việt Nam thị xã", "6", "Cơ quan"),
  unit("Thị đoàn Sơn Tây", "6", "Cơ quan"),
  unit("Hội Liên hiệp Phụ nữ thị xã", "6", "Cơ quan"),
  unit("Hội Nông dân thị xã", "6", "Cơ quan"),
  unit("Hội Cựu chiến binh thị xã", "6", "Cơ quan"),
  unit("Liên đoàn Lao động thị xã", "6", "Cơ quan"),
  // Cluster 7: the 15 commune/ward military command boards.
  ...DEMO_WARDS.map((w) => unit(`Ban CHQS phường ${w}`, "7", "Ban CHQS")),
  ...DEMO_COMMUNES.map((c) => unit(`Ban CHQS xã ${c}`, "7", "Ban CHQS")),
  // Cluster 8: ward civil-defence boards and commune police.
  ...DEMO_WARDS.map((w) => unit(`Ban Bảo vệ dân phố phường ${w}`, "8", "Ban Bảo vệ dân phố")),
  ...DEMO_COMMUNES.map((c) => unit(`Công an xã ${c}`, "8", "Công an")),
  // Cluster 9: associations (Hội DN thị xã is named in the appendix, task 11).
  unit("Hội Doanh nghiệp thị xã", "9", "Hội, tổ chức xã hội"),
  unit("Hội Chữ thập đỏ thị xã", "9", "Hội, tổ chức xã hội"),
  unit("Hội Người cao tuổi thị xã", "9", "Hội, tổ chức xã hội"),
  unit("Hội Khuyến học thị xã", "9", "Hội, tổ chức xã hội"),
  unit("Hội Nạn nhân chất độc da cam/dioxin thị xã", "9", "Hội, tổ chức xã hội"),
  // Cluster 10: enterprises (invented names).
  unit("Công ty TNHH Cơ khí Phú Thịnh", "10", "Doanh nghiệp"),
  unit("Công ty Cổ phần Nông sản Đường Lâm", "10", "Doanh nghiệp"),
  unit("Công ty TNHH Vận tải Viên Sơn", "10", "Doanh nghiệp"),
  unit("Công ty Cổ phần Thương mại Sơn Lộc", "10", "Doanh nghiệp"),
];
