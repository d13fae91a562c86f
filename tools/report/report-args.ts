import { DOCUMENT_KINDS } from "../../src/core/documents/catalogue";
import { asOfOption, readCommandLine, UsageError } from "../cli/command-line";

/** Options of `npm run report -- <file.xlsx> --out <dir> [--as-of dd/mm/yyyy] [--only id,…] [--cap level]`. */
export interface ReportArgs {
  readonly file: string;
  readonly out: string;
  readonly asOf?: string;
  /** Document ids of the `Báo cáo` menu, in catalogue order; every one when --only is absent. */
  readonly only: readonly string[];
  /** `--only de-nghi-khen-thuong`: the year-end proposal list and its cover letters. */
  readonly proposals: boolean;
  readonly level?: string;
  readonly help: boolean;
}

const IDS = DOCUMENT_KINDS.map((k) => k.id);
/** The year-end documents (menu Cuối năm): only when asked for, since they need this year's results. */
const PROPOSALS_ID = "de-nghi-khen-thuong";
const KNOWN = [...IDS, PROPOSALS_ID];

const OPTIONS = {
  out: { type: "string" },
  "as-of": { type: "string" },
  only: { type: "string", multiple: true },
  cap: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const REPORT_USAGE = [
  "Cách dùng: npm run report -- <tệp.xlsx> --out <thư-mục> [--as-of dd/mm/yyyy] [--only <văn bản>[,<văn bản>…]] [--cap <cấp quyết định>]",
  "",
  "Ghi mỗi văn bản thành tệp .docx (Word) và .pdf trong <thư-mục>; tệp .xlsx chỉ được đọc, không bao giờ bị sửa.",
  "  --as-of   ngày tham chiếu thay cho 'Ngày tham chiếu' của trang Cấu hình",
  "  --only    chỉ lập các văn bản này (mặc định: tất cả):",
  ...DOCUMENT_KINDS.map((k) => `              ${k.id.padEnd(24)}${k.name}`),
  `              ${PROPOSALS_ID.padEnd(24)}Danh sách đề nghị khen thưởng và Tờ trình mỗi cấp (cuối năm: chỉ khi được chỉ định)`,
  '  --cap     danh sách đăng ký chỉ gồm danh hiệu của cấp quyết định này (ví dụ "Thành phố")',
  "Mã thoát: 0 = không có lỗi; 1 = đã lập văn bản nhưng bảng tính còn lỗi (các dòng lỗi không được tính);",
  "          2 = không dùng được tệp hoặc dòng lệnh, hoặc thiếu Chromium để in PDF.",
].join("\n");

/** Parses the command line; a line that cannot run is a UsageError with its Vietnamese message. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const { values, positionals } = readCommandLine(argv, OPTIONS, REPORT_USAGE);
  if (values.help) return { file: "", out: "", only: IDS, proposals: false, help: true };
  if (positionals.length !== 1) throw new UsageError(`Cần đúng một tệp .xlsx.\n${REPORT_USAGE}`);
  if (!values.out) throw new UsageError(`Thiếu --out <thư-mục> để ghi văn bản.\n${REPORT_USAGE}`);
  const asOf = values["as-of"] === undefined ? undefined : asOfOption(values["as-of"]);
  const asked = (values.only ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v);
  const unknown = asked.filter((id) => !KNOWN.includes(id));
  if (unknown.length > 0)
    throw new UsageError(
      `Không có văn bản ${unknown.map((u) => `'${u}'`).join(", ")}. Các văn bản: ${KNOWN.join(", ")}.`,
    );
  return {
    file: positionals[0] as string,
    out: values.out,
    asOf,
    only: asked.length > 0 ? IDS.filter((id) => asked.includes(id)) : IDS,
    proposals: asked.includes(PROPOSALS_ID),
    level: values.cap,
    help: false,
  };
}
