import type { DocumentHeader, DocumentModel, TableRow } from "../../src/core/documents/model";

export const HEADER: DocumentHeader = {
  superior: "UBND THỊ XÃ SƠN TÂY",
  issuer: "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG",
  number: "Số:       /DS-HĐTĐKT",
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  placeDate: "Sơn Tây, ngày 03 tháng 01 năm 2020",
};

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu"];
const GIVEN = ["An", "Ánh", "Bình", "Cường", "Dũng", "Đức", "Hương", "Lan", "Nghĩa", "Thảo", "Tùng", "Yến"];
const POSITIONS = ["Chuyên viên", "Phó Chủ tịch UBND", "Công chức Văn phòng - Thống kê", "Kế toán"];
const INDIVIDUAL_TITLES = ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"];
const COLLECTIVE_TITLES = [
  "Tập thể lao động tiên tiến",
  "Tập thể lao động xuất sắc",
  "Cờ thi đua của UBND Thành phố",
];

const CLUSTERS = [
  {
    label: "I. CỤM THI ĐUA SỐ 1 – KHỐI PHƯỜNG",
    level: "phường",
    units: ["Lê Lợi", "Ngô Quyền", "Phú Thịnh", "Quang Trung"],
  },
  {
    label: "II. CỤM THI ĐUA SỐ 2 – KHỐI XÃ",
    level: "xã",
    units: ["Cổ Đông", "Đường Lâm", "Kim Sơn", "Sơn Đông"],
  },
] as const;

/** The n-th person: a full name with its diacritics (distinct for the sizes used here). */
const person = (n: number) =>
  `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n * 7) % MIDDLE.length]} ${GIVEN[(n * 5) % GIVEN.length]}`;

function clusterRows(cluster: (typeof CLUSTERS)[number], start: number): TableRow[] {
  const rows: TableRow[] = [{ kind: "group", label: cluster.label, level: 1 }];
  rows.push({ kind: "group", label: "1. Tập thể", level: 2 });
  let stt = 0;
  cluster.units.forEach((unit, u) => {
    ["UBND", "Công an"].forEach((body, k) => {
      const name = `${body} ${cluster.level} ${unit}`;
      rows.push({
        kind: "data",
        cells: [String(++stt), name, "Thị xã Sơn Tây", COLLECTIVE_TITLES[(u + k) % 3] as string, ""],
      });
    });
  });
  rows.push({ kind: "group", label: "2. Cá nhân", level: 2 });
  for (let i = 0; i < 24; i++) {
    const unit = cluster.units[i % cluster.units.length] as string;
    const title = INDIVIDUAL_TITLES[i % 5 === 0 ? 1 : 0] as string;
    const initiative = title === "Chiến sĩ thi đua cơ sở" ? `Sáng kiến “Số hóa hồ sơ một cửa” (${unit})` : "";
    rows.push({
      kind: "data",
      cells: [
        String(++stt),
        person(start + i),
        `${POSITIONS[i % POSITIONS.length]}, ${unit}`,
        title,
        initiative,
      ],
    });
  }
  return rows;
}

/** "DANH SÁCH đăng ký thi đua năm 2020": two clusters, collectives then individuals, 64 rows. */
export const REGISTRATION_LIST: DocumentModel = {
  kind: "danh-sach-dang-ky",
  fileName: "2020 - Danh sách đăng ký thi đua - 03.01.2020",
  orientation: "portrait",
  header: HEADER,
  title: "DANH SÁCH",
  subtitle: ["Đăng ký thi đua năm 2020 của các cụm thi đua"],
  body: [
    {
      kind: "paragraph",
      text: "Căn cứ Kế hoạch số 06/KH-HĐTĐKT ngày 10/01/2020 của Hội đồng Thi đua – Khen thưởng thị xã về tổ chức phong trào thi đua năm 2020, các cụm thi đua đã đăng ký như sau:",
      indent: true,
    },
    {
      kind: "table",
      columns: [
        { header: "STT", width: 8, align: "center" },
        { header: "Tên tập thể / Họ và tên", width: 22 },
        { header: "Chức vụ, đơn vị", width: 26 },
        { header: "Danh hiệu đăng ký", width: 20, align: "center" },
        { header: "Sáng kiến, mô hình", width: 24 },
      ],
      rows: [...clusterRows(CLUSTERS[0], 0), ...clusterRows(CLUSTERS[1], 30)],
    },
    { kind: "paragraph", text: "Danh sách gồm 16 tập thể và 48 cá nhân.", italic: true, size: "small" },
  ],
  signature: { authority: ["TM. HỘI ĐỒNG", "CHỦ TỊCH"], signer: "Nguyễn Quang Hưởng" },
  recipients: [
    "- Hội đồng TĐKT Thành phố (để b/c);",
    "- Thường trực Thị ủy, HĐND thị xã (để b/c);",
    "- Các cụm thi đua;",
    "- Lưu: VT, NV.",
  ],
};

const REPORT_CLUSTERS = [
  "Cụm 1 – Khối phường",
  "Cụm 2 – Khối xã",
  "Cụm 3 – Khối Đảng, đoàn thể",
  "Cụm 4 – Khối kinh tế",
  "Cụm 5 – Khối văn hóa – xã hội",
  "Cụm 6 – Khối nội chính",
];
const counts = REPORT_CLUSTERS.map((_, i) => [2 + (i % 3), 1 + (i % 2), 10 + 3 * i, 2 + (i % 4)] as const);
const sum = (k: number) => counts.reduce((a, c) => a + (c[k] as number), 0);

/** "BÁO CÁO tổng hợp": counts per cluster and title, a totals row and a chart; landscape. */
export const SUMMARY_REPORT: DocumentModel = {
  kind: "tong-hop-cum-danh-hieu",
  fileName: "2020 - Tổng hợp theo cụm và danh hiệu - 03.03.2020",
  orientation: "landscape",
  header: { ...HEADER, number: "Số:       /BC-HĐTĐKT", placeDate: "Sơn Tây, ngày 03 tháng 03 năm 2020" },
  title: "BÁO CÁO",
  subtitle: ["Tổng hợp đăng ký thi đua năm 2020 theo cụm thi đua và danh hiệu"],
  body: [
    {
      kind: "paragraph",
      text: "Hết thời hạn đăng ký (28/02/2020), Thường trực Hội đồng tổng hợp kết quả như sau:",
      indent: true,
    },
    {
      kind: "table",
      columns: [
        { header: "STT", width: 6, align: "center" },
        { header: "Cụm thi đua", width: 30 },
        { header: "Tập thể lao động tiên tiến", width: 14, align: "center" },
        { header: "Tập thể lao động xuất sắc", width: 14, align: "center" },
        { header: "Lao động tiên tiến", width: 14, align: "center" },
        { header: "Chiến sĩ thi đua cơ sở", width: 14, align: "center" },
      ],
      rows: [
        ...counts.map((c, i) => ({
          kind: "data" as const,
          cells: [String(i + 1), REPORT_CLUSTERS[i] as string, ...c.map(String)],
        })),
        { kind: "total", cells: ["", "Tổng cộng", ...[0, 1, 2, 3].map((k) => String(sum(k)))] },
      ],
    },
    {
      kind: "chart",
      title: "Biểu đồ số đăng ký theo cụm thi đua",
      categories: REPORT_CLUSTERS,
      series: [
        { name: "Tập thể", values: counts.map((c) => c[0] + c[1]) },
        { name: "Cá nhân", values: counts.map((c) => c[2] + c[3]) },
      ],
    },
  ],
  signature: { authority: ["TM. HỘI ĐỒNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer: "Trần Thị Ánh" },
  recipients: ["- Hội đồng TĐKT Thành phố (để b/c);", "- Lưu: VT, NV."],
};
