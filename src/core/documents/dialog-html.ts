import { escapeHtml } from "../text/escape-html";

/** A document made by the add-on: where its Google Doc and PDF are, and the tab that shows it. */
export interface CreatedDocument {
  readonly name: string;
  readonly fileName: string;
  readonly docUrl: string;
  readonly pdfUrl: string;
  readonly folderName: string;
  readonly folderUrl: string;
  readonly sheet: string;
}

/** Only web links become hrefs: anything else (a `javascript:` URL) is shown as text, never followed. */
const safeUrl = (url: string): string => (/^https:\/\//i.test(url) ? url : "#");

const link = (url: string, label: string): string =>
  `<a href="${escapeHtml(safeUrl(url))}" target="_blank" rel="noopener">${escapeHtml(label)}</a>`;

/**
 * The dialog shown when a document is ready: its name, links that open the Google Doc (to edit
 * and sign) and the PDF (to send) in a new tab, the folder they are in and the `BC …` tab.
 * Every text is escaped; the page runs no script but the close button's.
 */
export function documentDialogHtml(d: CreatedDocument): string {
  return [
    "<!doctype html><html><head><meta charset='utf-8'><style>",
    "body{font:14px/1.5 Arial,sans-serif;margin:8px 4px;color:#202124}",
    "ul{padding-left:20px}li{margin:6px 0}a{color:#1a73e8}",
    "button{margin-top:8px;padding:6px 16px}",
    "</style></head><body>",
    `<p>Đã lập văn bản <b>${escapeHtml(d.name)}</b>: <i>${escapeHtml(d.fileName)}</i>.</p>`,
    "<ul>",
    `<li>${link(d.docUrl, "Mở bản Google Tài liệu")} để chỉnh sửa, trình ký.</li>`,
    `<li>${link(d.pdfUrl, "Mở bản PDF")} để gửi đi.</li>`,
    `<li>Cả hai tệp ở thư mục ${link(d.folderUrl, d.folderName)}.</li>`,
    `<li>Trang '${escapeHtml(d.sheet)}' của bảng tính có cùng nội dung.</li>`,
    "</ul>",
    "<button onclick='google.script.host.close()'>Đóng</button>",
    "</body></html>",
  ].join("");
}

/** The files of one document, as a dialog lists them. */
export type DocumentFiles = Omit<CreatedDocument, "name" | "sheet">;

/**
 * The dialog shown when several documents are ready (the proposal list and its cover letters):
 * `lead` (plain text, its lines kept), then each document's links to its Google Doc and PDF, the
 * folder they are in and the `BC …` tab. Every text is escaped.
 */
export function documentsDialogHtml(lead: string, files: readonly DocumentFiles[], sheet: string): string {
  const folder = files[0];
  return [
    "<!doctype html><html><head><meta charset='utf-8'><style>",
    "body{font:14px/1.5 Arial,sans-serif;margin:8px 4px;color:#202124}",
    "p{white-space:pre-line;margin-top:0}ul{padding-left:20px}li{margin:6px 0}a{color:#1a73e8}",
    "button{margin-top:8px;padding:6px 16px}",
    "</style></head><body>",
    `<p>${escapeHtml(lead)}</p>`,
    "<ul>",
    ...files.map(
      (f) =>
        `<li><i>${escapeHtml(f.fileName)}</i>: ${link(f.docUrl, "Google Tài liệu")} (để chỉnh sửa, trình ký) · ${link(f.pdfUrl, "PDF")} (để gửi).</li>`,
    ),
    folder ? `<li>Các tệp ở thư mục ${link(folder.folderUrl, folder.folderName)}.</li>` : "",
    `<li>Trang '${escapeHtml(sheet)}' của bảng tính có cùng danh sách.</li>`,
    "</ul>",
    "<button onclick='google.script.host.close()'>Đóng</button>",
    "</body></html>",
  ].join("");
}
