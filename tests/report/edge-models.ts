import type { DocumentModel } from "../../src/core/documents/model";
import { HEADER } from "./sample-models";

/** Text a renderer must escape, and a name typed in decomposed form (NFD) that must come out NFC. */
export const MARKUP = `Ghi chú: <b>&"'</b> — không phải thẻ <script>alert(1)</script>`;
export const NFD_NAME = "Nguyễn Thị Ánh".normalize("NFD");

/** A chart whose labels are too long to wrap under their bars: they must be slanted, not cut. */
export const LONG_LABELS = [
  "Tập thể lao động xuất sắc đề nghị Ủy ban nhân dân Thành phố tặng Cờ thi đua của Ủy ban nhân dân Thành phố",
  "Chiến sĩ thi đua cấp Thành phố",
  "Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố cho tập thể có thành tích xuất sắc tiêu biểu",
  "Giấy khen",
];

/** No superior body, no signature, markup and NFD text, a level-3 group, a chart with long labels. */
export const EDGE_MODEL: DocumentModel = {
  kind: "edge",
  fileName: 'Báo cáo: "thử"/2020 <nháp>?',
  orientation: "portrait",
  header: { ...HEADER, superior: "", placeDate: "…, ngày … tháng … năm 2020" },
  title: "BÁO CÁO",
  subtitle: [],
  body: [
    { kind: "paragraph", text: MARKUP, bold: true },
    {
      kind: "table",
      columns: [
        { header: "STT", width: 1, align: "center" },
        { header: "Họ và tên", width: 3 },
      ],
      rows: [
        { kind: "group", label: "a) Cấp cơ sở", level: 3 },
        { kind: "data", cells: ["1", NFD_NAME] },
      ],
    },
    {
      kind: "chart",
      title: "Biểu đồ danh hiệu",
      categories: LONG_LABELS,
      series: [{ name: "Số lượng", values: [3, 12, 1, 40] }],
    },
  ],
  signature: null,
  recipients: ["- Lưu: VT."],
};
