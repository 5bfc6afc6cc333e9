/** Days of the week, as stored in the record. */
export const WEEKDAYS = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A wall-clock range on one weekday, `HH:MM` in 24-hour form. The end may be
 * `24:00`; an end earlier than the start runs into the next day.
 */
export type TimeRange = [start: string, end: string];

export interface WeeklySchedule {
  /** A canonical IANA time zone id, or `UTC`. */
  timeZone: string;
  days: Partial<Record<Weekday, TimeRange[]>>;
}

export interface AroundTheClockSchedule {
  timeZone: string;
  aroundTheClock: true;
}

export type Schedule = WeeklySchedule | AroundTheClockSchedule;

export type HoursProblemCode =
  /** No schedule at all, where one is required. */
  | 'hours-missing'
  /** A schedule that is neither around the clock nor has any range. */
  | 'hours-empty'
  /** A time that is not `HH:MM` between 00:00 and 24:00. */
  | 'time-format'
  /** `24:00` used as a start. */
  | 'time-start-24'
  /** A range that starts when it ends. */
  | 'range-zero'
  /** A range that overlaps another range (see `other`). */
  | 'range-overlap'
  /** A time zone the platform does not know. */
  | 'time-zone-unknown'
  /** Two schedules with the same time zone. */
  | 'time-zone-repeated';

/** Where a problem is: schedule index, and day and range index if any. */
export interface HoursLocation {
  schedule: number;
  day?: Weekday;
  range?: number;
}

export interface HoursProblem extends HoursLocation {
  code: HoursProblemCode;
  /** For overlaps: the range this one runs into. */
  other?: HoursLocation;
}
