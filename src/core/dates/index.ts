export { compareCivil, daysInMonth, formatCivil, isOnTime, isValidCivil, sameCivil } from "./civil";
export {
  MAX_YEAR,
  MIN_YEAR,
  type ParsedDate,
  parseDateCell,
} from "./parse";
export {
  addDays,
  civilDateOf,
  daysBetween,
  formatDateTime,
  isPlanTimeZone,
  PLAN_TIME_ZONE,
  toInstant,
  utcMidnight,
  VN_OFFSET_MS,
} from "./zone";
