export { compareCivil, daysInMonth, formatCivil, isOnTime, isValidCivil, sameCivil } from "./civil";
export {
  MAX_YEAR,
  MIN_YEAR,
  type ParsedDate,
  parseDateCell,
  type ReferenceDate,
  referenceDate,
} from "./parse";
export { addDays, civilDateOf, daysBetween, toInstant, utcMidnight, VN_OFFSET_MS } from "./zone";
