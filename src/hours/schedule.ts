/**
 * Schedules of the hours model: their JSON shape, the rules they follow and
 * their normal form. A schedule is a weekly wall-clock rule in a time zone;
 * every check here works on minutes of the week, never on dates, so a
 * daylight-saving change cannot move or break one.
 */

import {canonicalTimeZone} from './time-zones.js';
import {MINUTES_PER_DAY, parseClock} from './time.js';
import {WEEKDAYS} from './types.js';
import type {
  AroundTheClockSchedule,
  HoursLocation,
  HoursProblem,
  HoursProblemCode,
  Schedule,
  TimeRange,
  Weekday,
  WeeklySchedule,
} from './types.js';

const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/**
 * Whether a value has the JSON shape of one schedule: a `timeZone` string
 * with either `days` (weekday keys, each a list of `[start, end]` strings)
 * or `aroundTheClock: true`, and no other keys, so that a typo is caught.
 * It checks structure only; whether the times, ranges and zone make sense
 * is `validateSchedules`'s job, so that each problem can be shown next to
 * the range it is about.
 */
export function isSchedule(value: unknown): value is Schedule {
  if (!isObject(value) || Object.keys(value).length !== 2) return false;
  if (!Object.hasOwn(value, 'timeZone') || typeof value.timeZone !== 'string') {
    return false;
  }

  if (Object.hasOwn(value, 'aroundTheClock')) {
    return value.aroundTheClock === true;
  }
  return Object.hasOwn(value, 'days') && isWeek(value.days);
}

/** Whether a value has the JSON shape of the support hours. */
export function isScheduleList(value: unknown): value is Schedule[] {
  return Array.isArray(value) && value.every(isSchedule);
}

function isWeek(value: unknown): boolean {
  return (
    isObject(value) &&
    Object.entries(value).every(
      ([day, ranges]) =>
        (WEEKDAYS as readonly string[]).includes(day) &&
        Array.isArray(ranges) &&
        ranges.every(isTimeRange)
    )
  );
}

function isTimeRange(value: unknown): value is TimeRange {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string'
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a schedule is served at every hour of the week. */
export function isAroundTheClock(
  schedule: Schedule
): schedule is AroundTheClockSchedule {
  return (schedule as Partial<AroundTheClockSchedule>).aroundTheClock === true;
}

/**
 * Every problem in a set of schedules, in order of schedule, then day
 * (Monday first), then range. Locations use the indexes of the input, so a
 * view should check the same array that it shows.
 *
 * - `hours-missing` (at schedule 0) when there is no schedule at all.
 * - `time-zone-unknown`, and `time-zone-repeated` for a later schedule in a
 *   zone already used (aliases count as their zone), with `other` naming the
 *   first.
 * - `hours-empty` for a weekly schedule without a single range.
 * - Per range, the first of `time-format`, `time-start-24` and `range-zero`
 *   (`09:00`-`09:00` is empty, never a whole day).
 * - `range-overlap` once per overlapping pair, at the range that starts
 *   first and runs into the other one, which `other` names. A range whose
 *   end is earlier than its start runs into the next day, and Sunday's into
 *   Monday's; ranges that only touch (`22:00`-`02:00`, then `02:00`-`09:00`)
 *   do not overlap.
 */
export function validateSchedules(
  schedules: readonly Schedule[]
): HoursProblem[] {
  if (schedules.length === 0) return [{code: 'hours-missing', schedule: 0}];

  const problems: HoursProblem[] = [];
  const zones = new Map<string, number>();
  schedules.forEach((schedule, index) => {
    problems.push(...timeZoneProblems(schedule, index, zones));
    problems.push(...hoursProblems(schedule, index));
  });
  return problems;
}

function timeZoneProblems(
  schedule: Schedule,
  index: number,
  zones: Map<string, number>
): HoursProblem[] {
  const zone = canonicalTimeZone(schedule.timeZone);
  if (zone === undefined) {
    return [{code: 'time-zone-unknown', schedule: index}];
  }

  const first = zones.get(zone);
  if (first !== undefined) {
    const other = {schedule: first};
    return [{code: 'time-zone-repeated', schedule: index, other}];
  }

  zones.set(zone, index);
  return [];
}

/** A range placed on the week: minutes after Monday 00:00. */
interface WeekSpan {
  location: Required<HoursLocation>;
  start: number;
  end: number;
}

function hoursProblems(schedule: Schedule, index: number): HoursProblem[] {
  if (isAroundTheClock(schedule)) return [];

  const days = (schedule as Partial<WeeklySchedule>).days ?? {};
  const problems: HoursProblem[] = [];
  const spans: WeekSpan[] = [];
  let count = 0;
  WEEKDAYS.forEach((day, dayIndex) => {
    (days[day] ?? []).forEach((range, rangeIndex) => {
      count += 1;
      const location = {schedule: index, day, range: rangeIndex};
      const minutes = readRange(range);
      if (typeof minutes === 'string') {
        problems.push({code: minutes, ...location});
        return;
      }

      spans.push(placeOnWeek(location, dayIndex, minutes));
    });
  });
  if (count === 0) return [{code: 'hours-empty', schedule: index}];

  return [...problems, ...overlaps(spans)];
}

/** A range's minutes after midnight, or what is wrong with it. */
function readRange(
  range: TimeRange
): {start: number; end: number} | HoursProblemCode {
  if (!Array.isArray(range) || range.length !== 2) return 'time-format';

  const [startText, endText] = range;
  if (startText === '24:00') return 'time-start-24';

  const start = parseClock(startText, 'start');
  const end = parseClock(endText, 'end');
  if (start === undefined || end === undefined) return 'time-format';
  if (start === end) return 'range-zero';

  return {start, end};
}

function placeOnWeek(
  location: Required<HoursLocation>,
  dayIndex: number,
  {start, end}: {start: number; end: number}
): WeekSpan {
  const dayStart = dayIndex * MINUTES_PER_DAY;
  // An end before the start is on the next day.
  const endDay = end > start ? dayStart : dayStart + MINUTES_PER_DAY;
  return {location, start: dayStart + start, end: endDay + end};
}

function overlaps(spans: readonly WeekSpan[]): HoursProblem[] {
  const problems: HoursProblem[] = [];
  spans.forEach((first, index) => {
    for (const second of spans.slice(index + 1)) {
      const problem = overlap(first, second);
      if (problem) problems.push(problem);
    }
  });
  return problems;
}

function overlap(a: WeekSpan, b: WeekSpan): HoursProblem | undefined {
  // The week wraps: Sunday night runs into Monday morning. No range is
  // longer than a day, so one turn either way is enough.
  for (const shift of [0, MINUTES_PER_WEEK, -MINUTES_PER_WEEK]) {
    const start = b.start + shift;
    const end = b.end + shift;
    if (a.start >= end || start >= a.end) continue;

    const [runner, other] = a.start <= start ? [a, b] : [b, a];
    return {code: 'range-overlap', ...runner.location, other: other.location};
  }

  return undefined;
}

/**
 * The normal form of a set of schedules, as a record stores it: canonical
 * time zones (an unknown one stays as given, for validation to report),
 * ranges sorted by start within each day, days without ranges left out,
 * days in Monday-first order, and a schedule open `00:00`-`24:00` on all
 * seven days written as around the clock. The input is not changed; times
 * are kept as written, `24:00` included.
 */
export function normaliseSchedules(schedules: readonly Schedule[]): Schedule[] {
  return schedules.map(normaliseSchedule);
}

function normaliseSchedule(schedule: Schedule): Schedule {
  const timeZone = canonicalTimeZone(schedule.timeZone) ?? schedule.timeZone;
  if (isAroundTheClock(schedule)) return {timeZone, aroundTheClock: true};

  const given = (schedule as Partial<WeeklySchedule>).days ?? {};
  const days: Partial<Record<Weekday, TimeRange[]>> = {};
  for (const day of WEEKDAYS) {
    const ranges = given[day];
    if (!ranges?.length) continue;

    days[day] = ranges
      .map((range): TimeRange => [range[0], range[1]])
      .sort(byStart);
  }
  if (isEveryHour(days)) return {timeZone, aroundTheClock: true};

  return {timeZone, days};
}

function byStart(a: TimeRange, b: TimeRange): number {
  // Unreadable times go last, in the order given.
  const start = (parseClock(a[0]) ?? Infinity) - (parseClock(b[0]) ?? Infinity);
  if (start !== 0 && !Number.isNaN(start)) return start;

  const end =
    (parseClock(a[1], 'end') ?? Infinity) -
    (parseClock(b[1], 'end') ?? Infinity);
  return Number.isNaN(end) ? 0 : end;
}

function isEveryHour(days: Partial<Record<Weekday, TimeRange[]>>): boolean {
  return WEEKDAYS.every((day) => {
    const ranges = days[day];
    if (ranges?.length !== 1) return false;

    const [start, end] = ranges[0];
    return start === '00:00' && end === '24:00';
  });
}
