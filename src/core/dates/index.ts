export { compareCivil, formatCivil, isOnTime, sameCivil } from "./civil";
export {
  MAX_YEAR,
  MIN_YEAR,
  parseDateCell,
} from "./parse";
export {
  civilDateOf,
  daysBetween,
  formatDateTime,
  isPlanTimeZone,
  PLAN_TIME_ZONE,
  toInstant,
  VN_OFFSET_MS,
} from "./zone";
