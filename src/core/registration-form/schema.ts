import * as z from "zod/mini";
import { OUTCOME, RATINGS } from "../contract/workbook";

/**
 * The sidebar's payloads. The browser checks the form with these before
 * sending; the server parses what arrives with the same schemas before
 * anything else (a hand-made call gets the same answer as the form).
 */

/** Longest text accepted in one field: far below a cell's 50 000 characters. */
const MAX_TEXT = 1000;
/** Most individuals in one submission. */
const MAX_INDIVIDUALS = 300;

const field = (label: string) =>
  z.string().check(z.maxLength(MAX_TEXT, `'${label}' dài quá ${MAX_TEXT} ký tự.`));
const id = (label: string) => z.string().check(z.minLength(1, `Chưa chọn ${label}.`), z.maxLength(200));

const individualSchema = z.object({
  name: field("Họ và tên"),
  position: field("Chức vụ"),
  title: field("Danh hiệu"),
  initiative: field("Tên mô hình, sáng kiến"),
});

const collectiveSchema = z.object({
  title: field("Danh hiệu tập thể"),
  initiative: field("Tên mô hình, sáng kiến"),
});

export const submissionSchema = z
  .object({
    cluster: id("cụm"),
    unit: id("đơn vị"),
    collective: z.nullable(collectiveSchema),
    individuals: z
      .array(individualSchema)
      .check(z.maxLength(MAX_INDIVIDUALS, `Mỗi lần gửi tối đa ${MAX_INDIVIDUALS} cá nhân.`)),
  })
  .check(
    z.refine(
      (s) => s.collective !== null || s.individuals.length > 0,
      "Chưa có đăng ký nào: hãy chọn danh hiệu tập thể hoặc thêm ít nhất một cá nhân.",
    ),
  );

/** A row of the cluster tab, as the context listed it. */
const rowRefSchema = z.object({
  cluster: id("cụm"),
  row: z.int().check(z.gte(2, "Số dòng không hợp lệ.")),
  fingerprint: z.string().check(z.maxLength(64)),
});

export const updateSchema = z.object({
  ...rowRefSchema.shape,
  person: field("Họ và tên"),
  position: field("Chức vụ"),
  title: field("Danh hiệu"),
  initiative: field("Tên mô hình, sáng kiến"),
});

export const withdrawSchema = rowRefSchema;

/** The `Kết quả bình xét` choices: '' = not decided yet. */
export const OUTCOME_CHOICES: readonly string[] = ["", OUTCOME.passed, OUTCOME.failed];
/** The `Xếp loại` choices: '' = not given. */
export const RATING_CHOICES: readonly string[] = ["", ...RATINGS.map((r) => r.name)];

const oneOf = (choices: readonly string[], message: string) =>
  z.string().check(z.refine((v) => choices.includes(v), message));

/** A row's year-end result, as the sidebar records it. */
export const resultSchema = z.object({
  ...rowRefSchema.shape,
  outcome: oneOf(
    OUTCOME_CHOICES,
    `'Kết quả bình xét' chỉ là '${OUTCOME.passed}', '${OUTCOME.failed}' hoặc để trống.`,
  ),
  rating: oneOf(RATING_CHOICES, "'Xếp loại' phải là một mức trong danh sách, hoặc để trống."),
  initiativeDecision: field("Số QĐ công nhận sáng kiến"),
});

/** A unit of a cluster, whose rows the sidebar asks for. */
export const unitRefSchema = z.object({ cluster: id("cụm"), unit: id("đơn vị") });

export type IndividualInput = z.infer<typeof individualSchema>;
export type Submission = z.infer<typeof submissionSchema>;
export type RowUpdate = z.infer<typeof updateSchema>;
export type RowRef = z.infer<typeof rowRefSchema>;
export type ResultInput = z.infer<typeof resultSchema>;

/** The first issue's message of a failed parse, for a one-line Vietnamese answer. */
export function firstIssue(error: { issues: readonly { message: string }[] }): string {
  return error.issues[0]?.message ?? "Dữ liệu gửi lên không hợp lệ.";
}
