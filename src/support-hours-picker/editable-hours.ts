/**
 * The picker's own state, DOM-free: the schedules as the person edits
 * them, with what the record does not keep (ranges of a day that is off,
 * the days behind around the clock, what the person has finished), and
 * the way to and from the record's schedules.
 */

import {
  canonicalTimeZone,
  defaultTimeZone,
  isScheduleList,
  normaliseSchedules,
  parseClock,
} from '../hours/index.js';
import {WEEKDAYS} from '../hours/types.js';
import type {
  HoursLocation,
  Schedule,
  TimeRange,
  Weekday,
} from '../hours/types.js';
import {warnOnce} from '../warnings.js';

/** A range as the person typed it; each time is `HH:MM` once understood. */
export interface EditableRange {
  /** Stable across edits, for DOM ids and keyed rendering. */
  id: number;
  start: string;
  end: string;
  /** The person changed one of its times. */
  edited: boolean;
  /** The person is done with it once: its problems may show. */
  touched: boolean;
}

/** A weekday; its ranges stay while the day is switched off. */
export interface EditableDay {
  on: boolean;
  ranges: EditableRange[];
}

/** A schedule being edited; the days stay while around the clock is on. */
export interface EditableSchedule {
  id: number;
  /** Canonical when known, else the text as given, for its error. */
  timeZone: string;
  zoneTouched: boolean;
  aroundTheClock: boolean;
  days: Record<Weekday, EditableDay>;
}

let nextId = 1;

export function newRange(start: string, end: string): EditableRange {
  return {id: nextId++, start, end, edited: false, touched: false};
}

/** A schedule without hours, in the browser's zone unless told. */
export function emptySchedule(timeZone = defaultTimeZone()): EditableSchedule {
  const days = {} as Record<Weekday, EditableDay>;
  for (const day of WEEKDAYS) days[day] = {on: false, ranges: []};
  return {
    id: nextId++,
    timeZone,
    zoneTouched: false,
    aroundTheClock: false,
    days,
  };
}

/** Schedules to edit; none gives one empty schedule to start from. */
export function fromSchedules(
  schedules: readonly Schedule[]
): EditableSchedule[] {
  if (schedules.length === 0) return [emptySchedule()];

  return schedules.map((schedule) => {
    const editable = emptySchedule(
      canonicalTimeZone(schedule.timeZone) ?? schedule.timeZone
    );
    if ('aroundTheClock' in schedule) {
      editable.aroundTheClock = true;
      return editable;
    }

    for (const day of WEEKDAYS) {
      const ranges = schedule.days[day] ?? [];
      editable.days[day] = {
        on: ranges.length > 0,
        ranges: ranges.map(([start, end]) => newRange(start, end)),
      };
    }
    return editable;
  });
}

/** A schedule as shown, in the record's shape; days that are off left out. */
export function toSchedule(schedule: EditableSchedule): Schedule {
  if (schedule.aroundTheClock) {
    return {timeZone: schedule.timeZone, aroundTheClock: true};
  }

  const days: Partial<Record<Weekday, TimeRange[]>> = {};
  for (const day of WEEKDAYS) {
    const {on, ranges} = schedule.days[day];
    if (on && ranges.length > 0) {
      days[day] = ranges.map((range): TimeRange => [range.start, range.end]);
    }
  }
  return {timeZone: schedule.timeZone, days};
}

/** The same schedule, with one range marked as finished by the person. */
export function touchRange(
  schedule: EditableSchedule,
  day: Weekday,
  rangeIndex: number
): EditableSchedule {
  const ranges = schedule.days[day].ranges.map((range, at) =>
    at === rangeIndex ? {...range, touched: true} : range
  );
  return {...schedule, days: {...schedule.days, [day]: {on: true, ranges}}};
}

/** Whether the person finished a range that a problem is about. */
export function isTouched(
  schedule: EditableSchedule,
  location: HoursLocation | undefined
): boolean {
  if (location?.day === undefined) return false;

  const range = schedule.days[location.day].ranges[location.range ?? 0];
  return range?.touched === true;
}

/** No hours at all: no schedule is around the clock or has a range. */
export function isBlank(schedules: readonly Schedule[]): boolean {
  return schedules.every(
    (schedule) =>
      !('aroundTheClock' in schedule) && Object.keys(schedule.days).length === 0
  );
}

/** The record's form of what is shown: normal, and [] for no hours. */
export function recordOf(schedules: readonly Schedule[]): Schedule[] {
  return isBlank(schedules) ? [] : normaliseSchedules(schedules);
}

/** Whether two sets of schedules are the same record. */
export function sameRecord(
  a: readonly Schedule[],
  b: readonly Schedule[]
): boolean {
  return JSON.stringify(recordOf(a)) === JSON.stringify(recordOf(b));
}

export function sameLocation(a: HoursLocation, b: HoursLocation): boolean {
  return a.schedule === b.schedule && a.day === b.day && a.range === b.range;
}

/** A range with two readable times that differ, fit for the summary. */
export function isReadableRange([start, end]: TimeRange): boolean {
  const from = parseClock(start);
  const to = parseClock(end, 'end');
  return from !== undefined && to !== undefined && from !== to;
}

/**
 * Schedules from a host, checked for their shape. Anything else leaves the
 * picker empty and warns the host's developers once per `code`.
 */
export function checkedSchedules(given: unknown, code: string): Schedule[] {
  if (isScheduleList(given)) return given;

  warnOnce(
    code,
    'the schedules given are not an array of ' +
      '{timeZone, days} or {timeZone, aroundTheClock: true}; ' +
      'the picker starts empty instead.'
  );
  return [];
}

/** The `value` attribute (or a saved form state) as schedules. */
export function parseDefault(text: string): Schedule[] {
  if (!text.trim()) return [];

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    warnOnce(
      'support-hours-picker/value-attribute-json',
      'the value attribute is not JSON; the picker starts empty instead.'
    );
    return [];
  }
  return checkedSchedules(parsed, 'support-hours-picker/value-attribute-shape');
}
