import type { Role } from "../access/roles";
import type { Snapshot } from "../table";
import type { WriteOp } from "./write-plan";

/** What every action starts from: the workbook as read, who runs it, and when. */
export interface ActionInput {
  readonly snapshot: Snapshot;
  /** The e-mail of the user at the keyboard; '' when Google does not reveal it. */
  readonly user: string;
  readonly now: Date;
  /**
   * What the user may do, by the access policy (`roleOf`): the server authorizes the action
   * before the use case runs, and the use case narrows what it does by it (a cluster head's
   * check covers their clusters only).
   */
  readonly role: Role;
  /** The spreadsheet's time zone (`Asia/Ho_Chi_Minh` when set up). */
  readonly timeZone: string;
}

/** What every action ends with: its result as data, and the writes that carry it out, in order. */
export interface Outcome<R> {
  readonly result: R;
  readonly writes: readonly WriteOp[];
}

/**
 * An expected refusal of a menu action (no permission, a missing tab): its message is
 * Vietnamese and shown as is, and nothing is written.
 */
export class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "Refusal";
  }
}

/** The text shown for a bug or an environment fault, above its technical detail. */
const UNEXPECTED_ERROR = "Đã xảy ra lỗi ngoài dự kiến, dữ liệu của bạn không bị thay đổi thêm.";

/** The message of an unexpected error, for a person: the reassurance, then the detail. */
export function unexpectedMessage(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return `${UNEXPECTED_ERROR}\nChi tiết kỹ thuật: ${detail.slice(0, 500)}`;
}
