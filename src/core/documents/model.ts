/**
 * A document the office signs, as data (DOCUMENTS.md; layout of Nghị định 30/2020/NĐ-CP,
 * Phụ lục I). One model, three renderers: the `BC …` tab, the Google Doc (and its PDF), and
 * the offline `.docx` / PDF — so they never disagree. Every text is final Vietnamese text
 * (capitals, numbering and dates already applied); renderers only lay it out.
 */

/** Horizontal alignment of a paragraph or a table column. */
export type Align = "left" | "center" | "right" | "justify";

/** The two-column header block of an administrative document. */
export interface DocumentHeader {
  /** `Cơ quan cấp trên`, in capitals ("UBND THỊ XÃ SƠN TÂY"); '' when not set. */
  readonly superior: string;
  /** `Cơ quan`, in capitals ("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"): bold, a short rule under it. */
  readonly issuer: string;
  /** Number and symbol, the number left blank for the clerk: "Số:       /DS-HĐTĐKT". */
  readonly number: string;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
  readonly nation: string;
  /** "Độc lập - Tự do - Hạnh phúc": bold, a rule under it as long as the line. */
  readonly motto: string;
  /** Italic place and date: "Sơn Tây, ngày 03 tháng 01 năm 2020", or "…, ngày … tháng … năm 2020" for a draft. */
  readonly placeDate: string;
}

interface Paragraph {
  readonly kind: "paragraph";
  readonly text: string;
  readonly align?: Align;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** "body" 13–14 pt (default), "small" 12 pt (notes under a table). */
  readonly size?: "body" | "small";
  /** First-line indent, as body text of an administrative document has. */
  readonly indent?: boolean;
}

export interface TableColumn {
  readonly header: string;
  /** Relative width: renderers share the page width in proportion. */
  readonly width: number;
  readonly align?: Align;
}

/**
 * A row of a table: a group (section) row spanning every column, in bold ("I. CỤM 1 – …"),
 * a data row (one text per column), or a totals row (bold).
 */
export type TableRow =
  | { readonly kind: "group"; readonly label: string; readonly level: 1 | 2 | 3 }
  | { readonly kind: "data"; readonly cells: readonly string[] }
  | { readonly kind: "total"; readonly cells: readonly string[] };

/** A table: header row bold and centred, repeated on every page. */
export interface Table {
  readonly kind: "table";
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/** A bar chart (counts per category, one or more series): drawn as an image by each renderer. */
export interface Chart {
  readonly kind: "chart";
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

export type Block = Paragraph | Table | Chart;

/** The signature block, right: authority lines in bold capitals, room for the signature, the name in bold. */
export interface Signature {
  /** "TM. HỘI ĐỒNG", "CHỦ TỊCH". */
  readonly authority: readonly string[];
  /** `Người ký`; '' leaves the line for the name empty. */
  readonly signer: string;
}

export interface DocumentModel {
  /** Stable id of the document kind, e.g. "danh-sach-dang-ky". */
  readonly kind: string;
  /** File name without extension, with the year and the date: "2020 - Danh sách đăng ký thi đua - 02.12.2026". */
  readonly fileName: string;
  readonly orientation: "portrait" | "landscape";
  readonly header: DocumentHeader;
  /** The document type in capitals: "DANH SÁCH", "TỜ TRÌNH", "BÁO CÁO". */
  readonly title: string;
  /** The summary lines under the title, bold, centred. */
  readonly subtitle: readonly string[];
  readonly body: readonly Block[];
  readonly signature: Signature | null;
  /** `Nơi nhận:` lines ("- Như trên;", "- Lưu: VT, NV."); empty for none. */
  readonly recipients: readonly string[];
}
