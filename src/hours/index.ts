/**
 * The hours model: support hours as weekly wall-clock rules in IANA time
 * zones, with no DOM and no date arithmetic, so it runs and is tested
 * anywhere `Intl` is.
 */

export {WEEKDAYS} from './types.js';
export type {
  AroundTheClockSchedule,
  HoursLocation,
  HoursProblem,
  HoursProblemCode,
  Schedule,
  TimeRange,
  Weekday,
  WeeklySchedule,
} from './types.js';
export {
  MINUTES_PER_DAY,
  formatClock,
  formatTime,
  parseClock,
  parseTimeInput,
} from './time.js';
export type {ClockRole} from './time.js';
export {
  canonicalTimeZone,
  defaultTimeZone,
  listTimeZones,
  searchTimeZones,
  timeZoneName,
  utcOffset,
} from './time-zones.js';
export type {TimeZoneNameStyle} from './time-zones.js';
export {
  isAroundTheClock,
  isSchedule,
  isScheduleList,
  normaliseSchedules,
  validateSchedules,
} from './schedule.js';
export {scheduleSchema, schedulesSchema} from './schedule-schema.js';
export {
  summariseSchedule,
  summariseSchedules,
  weekdayNames,
  weekdayOrder,
} from './summary.js';
export type {SummaryWords, WeekdayWidth} from './summary.js';
