/**
 * Support hours in plain words, in the active locale: `Mon–Fri 9:00 AM–6:00
 * PM, Sat 9:00 AM–1:00 PM (Korean Standard Time)`. Intl gives the weekday,
 * time, list and zone words; the few words it cannot give come from the
 * caller, because the library's own strings live in the localisation layer.
 */

import {dateTimeFormat} from './intl.js';
import {isAroundTheClock, normaliseSchedules} from './schedule.js';
import {formatTime, parseClock} from './time.js';
import {timeZoneName} from './time-zones.js';
import {WEEKDAYS} from './types.js';
import type {Schedule, TimeRange, Weekday, WeeklySchedule} from './types.js';

/** The words of a summary that `Intl` cannot give, in the active locale. */
export interface SummaryWords {
  /** A schedule served at every hour: `Around the clock`. */
  aroundTheClock: string;
  /** A day served from 00:00 to 24:00: `all day`. */
  allDay: string;
  /** A schedule without a single range: `No hours`. */
  noHours: string;
  /**
   * A range that ends on the next day, from its start and end as shown:
   * `10:00 PM–2:00 AM (overnight)`, `오후 10:00–다음 날 오전 2:00`. When the
   * range belongs to a single day, `nextDay` is the short name of the day it
   * runs into, so the words can say so: `10:00 PM–Sat 2:00 AM (overnight)`.
   */
  overnight(start: string, end: string, nextDay?: string): string;
  /**
   * Joins a schedule's hours with its time zone's name:
   * `Mon–Fri 9:00 AM–6:00 PM (Korean Standard Time)`.
   */
  schedule(hours: string, timeZone: string): string;
  /** Joins the summaries of two or more schedules. */
  schedules(summaries: readonly string[]): string;
}

/** Short day names, `Mon` / `월`, or full ones, `Monday` / `월요일`. */
export type WeekdayWidth = 'long' | 'short' | 'narrow';

/**
 * The days of the week in the locale's order: Sunday first where the locale
 * starts its week on Sunday (`en-US`, `ko`), Monday first elsewhere
 * (`en-GB`). Taken from `Intl.Locale`'s week information; Monday first where
 * the runtime has none, as ISO 8601 has it.
 */
export function weekdayOrder(locale: string): Weekday[] {
  const first = firstDayOfWeek(locale) - 1;
  return [...WEEKDAYS.slice(first), ...WEEKDAYS.slice(0, first)];
}

interface WeekInfo {
  firstDay?: number;
}

type LocaleWithWeek = Intl.Locale & {
  getWeekInfo?: () => WeekInfo;
  weekInfo?: WeekInfo;
};

// Regions whose week starts on Sunday or Saturday (CLDR week data), for
// engines without week info (Firefox before 145); elsewhere it is Monday.
const SUNDAY_FIRST = new Set(
  (
    'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP ' +
    'KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH ' +
    'TT TW UM US VE VI WS YE ZA ZW'
  ).split(' ')
);
const SATURDAY_FIRST = new Set(
  'AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' ')
);

/** 1 for Monday to 7 for Sunday. */
function firstDayOfWeek(locale: string): number {
  let info: WeekInfo | undefined;
  let region: string | undefined;
  try {
    const tagged = new Intl.Locale(locale) as LocaleWithWeek;
    // Older engines (Node 20) have the accessor, newer ones the method.
    info = tagged.getWeekInfo?.() ?? tagged.weekInfo;
    if (info === undefined) region = tagged.maximize().region;
  } catch {
    return 1;
  }

  if (region !== undefined && SUNDAY_FIRST.has(region)) return 7;
  if (region !== undefined && SATURDAY_FIRST.has(region)) return 6;
  const day = info?.firstDay;
  if (typeof day !== 'number' || !Number.isInteger(day)) return 1;
  if (day < 0 || day > 7) return 1;

  // An early draft numbered Sunday 0.
  return day === 0 ? 7 : day;
}

/** Each weekday's name in the locale, from Intl. */
export function weekdayNames(
  locale: string,
  width: WeekdayWidth = 'short'
): Record<Weekday, string> {
  const format = dateTimeFormat(locale, {weekday: width, timeZone: 'UTC'});
  const names = {} as Record<Weekday, string>;
  WEEKDAYS.forEach((day, index) => {
    // 1 January 2024 was a Monday; the date only carries the weekday.
    names[day] = format.format(Date.UTC(2024, 0, 1 + index));
  });
  return names;
}

/**
 * A set of schedules in plain words, one after the other in the order
 * given, each joined with its zone's localised name by `words.schedule`
 * and several joined by `words.schedules`; '' for no schedule at all.
 */
export function summariseSchedules(
  schedules: readonly Schedule[],
  locale: string,
  words: SummaryWords
): string {
  const summaries = schedules.map((schedule) =>
    summariseSchedule(schedule, locale, words)
  );
  if (summaries.length < 2) return summaries[0] ?? '';

  return words.schedules(summaries);
}

/**
 * One schedule in plain words. Days are taken in the locale's week order;
 * days in a row with the same hours make one span (`Mon–Fri`), and spans
 * with the same hours are listed together (`Mon–Wed and Fri`). A day's
 * ranges are listed with Intl's list words; the groups of days are
 * separated by commas, as in both English and Korean. A range that ends on
 * the next day is marked by `words.overnight` (with the name of that day
 * when the range belongs to one day only), a whole day is
 * `words.allDay`, and seven whole days are `words.aroundTheClock`.
 */
export function summariseSchedule(
  schedule: Schedule,
  locale: string,
  words: SummaryWords
): string {
  const [normal] = normaliseSchedules([schedule]);
  const zone = timeZoneName(normal.timeZone, locale);
  if (isAroundTheClock(normal)) {
    return words.schedule(words.aroundTheClock, zone);
  }

  return words.schedule(weeklyHours(normal, locale, words), zone);
}

interface DaySpan {
  first: Weekday;
  last: Weekday;
}

function weeklyHours(
  schedule: WeeklySchedule,
  locale: string,
  words: SummaryWords
): string {
  const names = weekdayNames(locale);
  const list = listFormat(locale);

  // Days in a row with the same hours, keyed by those hours.
  const groups = new Map<string, {ranges: TimeRange[]; spans: DaySpan[]}>();
  let previous = '';
  for (const day of weekdayOrder(locale)) {
    const ranges = schedule.days[day] ?? [];
    const key = JSON.stringify(ranges);
    if (ranges.length === 0) {
      previous = '';
      continue;
    }

    const group = groups.get(key) ?? {ranges, spans: []};
    groups.set(key, group);
    const last = group.spans.at(-1);
    if (last && key === previous) last.last = day;
    else group.spans.push({first: day, last: day});
    previous = key;
  }
  if (groups.size === 0) return words.noHours;

  return [...groups.values()]
    .map(({ranges, spans}) => {
      const days = list.format(
        spans.map(({first, last}) =>
          first === last ? names[first] : `${names[first]}–${names[last]}`
        )
      );
      // Only a single day can name the day its overnight ranges run into.
      const [span] = spans;
      const single = spans.length === 1 && span.first === span.last;
      const nextDay = single ? names[dayAfter(span.first)] : undefined;
      const hours = list.format(
        ranges.map((range) => rangeText(range, locale, words, nextDay))
      );
      return `${days} ${hours}`;
    })
    .join(', ');
}

function dayAfter(day: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % WEEKDAYS.length];
}

function rangeText(
  [start, end]: TimeRange,
  locale: string,
  words: SummaryWords,
  nextDay: string | undefined
): string {
  if (start === '00:00' && end === '24:00') return words.allDay;

  const from = parseClock(start);
  const to = parseClock(end, 'end');
  const shownStart = formatTime(start, locale);
  const shownEnd = formatTime(end, locale);
  if (from !== undefined && to !== undefined && to < from) {
    return words.overnight(shownStart, shownEnd, nextDay);
  }

  return `${shownStart}–${shownEnd}`;
}

const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(locale: string): Intl.ListFormat {
  const cached = listFormats.get(locale);
  if (cached) return cached;

  let format: Intl.ListFormat;
  try {
    format = new Intl.ListFormat(locale, {type: 'conjunction'});
  } catch {
    format = new Intl.ListFormat(undefined, {type: 'conjunction'});
  }
  listFormats.set(locale, format);
  return format;
}
