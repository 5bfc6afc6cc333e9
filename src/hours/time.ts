/**
 * Wall-clock times of the hours model: the stored `HH:MM` form, and how
 * people see and type it. A time is a number of minutes after midnight; no
 * date is ever attached to it, so no daylight-saving change can move it.
 */

import {dateTimeFormat, formatPart} from './intl.js';

export const MINUTES_PER_DAY = 24 * 60;

/** Whether a time opens a range or closes it: only an end may be `24:00`. */
export type ClockRole = 'start' | 'end';

const CLOCK = /^(\d{2}):(\d{2})$/;

/**
 * Reads a stored time, `HH:MM` in 24-hour form, as minutes after midnight
 * (0 to 1439, or 1440 for `24:00` as an end). Anything else is `undefined`.
 */
export function parseClock(
  text: string,
  role: ClockRole = 'start'
): number | undefined {
  const match = typeof text === 'string' ? CLOCK.exec(text) : null;
  if (!match) return undefined;

  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours === 24 && minutes === 0) {
    return role === 'end' ? MINUTES_PER_DAY : undefined;
  }
  if (hours > 23 || minutes > 59) return undefined;

  return hours * 60 + minutes;
}

/** Writes minutes after midnight (0 to 1440) in the stored `HH:MM` form. */
export function formatClock(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MINUTES_PER_DAY) {
    throw new RangeError(`Not a time of day in minutes: ${minutes}`);
  }

  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${pad(hours)}:${pad(rest)}`;
}

/**
 * Shows a stored time in the locale's own style: `오전 12:30` in Korean,
 * `12:30 AM` in American English, `00:30` in British English. `24:00` (the
 * end of a day) shows as the midnight that ends it, `오전 12:00` or
 * `12:00 AM`, as clocks and timetables say it; never as `24:00`. Text that is
 * not a stored time comes back unchanged, so a view can still show it next
 * to its error.
 *
 * Limitation: the words come from the runtime's CLDR data; some Node builds
 * say `AM 12:30` for Korean where browsers say `오전 12:30`.
 */
export function formatTime(time: string, locale: string): string {
  const minutes = parseClock(time, 'end');
  if (minutes === undefined) return time;

  const ofDay = minutes % MINUTES_PER_DAY;
  // A fixed day in UTC only carries the hour and minute to Intl; UTC has no
  // daylight-saving time, so the clock reading is exactly the stored one.
  const instant = Date.UTC(2000, 0, 1, Math.floor(ofDay / 60), ofDay % 60);
  return timeFormat(locale).format(instant);
}

/**
 * Reads a time as a person types it and gives the stored `HH:MM` form, or
 * `undefined` when it is not a time. Accepts 24-hour (`16:00`, `1600`,
 * `16`), 12-hour with a day period before or after (`4:00 PM`, `4pm`,
 * `4 p.m.`, `오후 4:00`, `오후 4시`, `오후 4시 30분`, `4시 반`) and the
 * locale's own day-period words (`午後 4:00` in Japanese), in any width of
 * digits (`１６：００`). `오전 12:00` is midnight, `오후 12:00` is noon, and
 * `24:00` is read as the end of a day.
 */
export function parseTimeInput(
  text: string,
  locale: string
): string | undefined {
  let rest = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (rest === '') return undefined;

  let period: DayPeriod | undefined;
  for (const [word, meaning] of dayPeriodWords(locale)) {
    if (rest.startsWith(word)) {
      period = meaning;
      rest = rest.slice(word.length);
      break;
    }
    if (rest.endsWith(word)) {
      period = meaning;
      rest = rest.slice(0, -word.length);
      break;
    }
  }

  const reading = readClock(rest.replace(/ /g, ''));
  if (!reading) return undefined;

  const {hours, minutes} = reading;
  if (minutes > 59) return undefined;
  if (period) return twelveHour(hours, minutes, period);
  if (hours === 24 && minutes === 0) return '24:00';
  if (hours > 23) return undefined;

  return formatClock(hours * 60 + minutes);
}

type DayPeriod = 'am' | 'pm';

const BASE_DAY_PERIODS: [string, DayPeriod][] = [
  ['a.m.', 'am'],
  ['am', 'am'],
  ['a', 'am'],
  ['오전', 'am'],
  ['p.m.', 'pm'],
  ['pm', 'pm'],
  ['p', 'pm'],
  ['오후', 'pm'],
];

const dayPeriodCache = new Map<string, [string, DayPeriod][]>();

/** Day-period words, longest first so `a.m.` wins over `a`. */
function dayPeriodWords(locale: string): [string, DayPeriod][] {
  const cached = dayPeriodCache.get(locale);
  if (cached) return cached;

  const format = dateTimeFormat(locale, {
    hour: 'numeric',
    hourCycle: 'h12',
    timeZone: 'UTC',
  });
  const own: [string, DayPeriod][] = [
    [formatPart(format, Date.UTC(2000, 0, 1, 0), 'dayPeriod'), 'am'],
    [formatPart(format, Date.UTC(2000, 0, 1, 12), 'dayPeriod'), 'pm'],
  ];
  const words = [...BASE_DAY_PERIODS];
  for (const [word, meaning] of own) {
    const folded = word.normalize('NFKC').toLowerCase().trim();
    if (folded && !words.some(([known]) => known === folded)) {
      words.push([folded, meaning]);
    }
  }
  words.sort((a, b) => b[0].length - a[0].length);
  dayPeriodCache.set(locale, words);
  return words;
}

const HOUR_MINUTE = /^(\d{1,2})(?:[:.](\d{2}))?$/;
const DIGITS_ONLY = /^(\d{1,2})(\d{2})$/;
const KOREAN = /^(\d{1,2})시(?:(\d{1,2})분|(반))?$/;

function readClock(text: string): {hours: number; minutes: number} | null {
  const plain = HOUR_MINUTE.exec(text) ?? DIGITS_ONLY.exec(text);
  if (plain) {
    return {hours: Number(plain[1]), minutes: Number(plain[2] ?? 0)};
  }

  const korean = KOREAN.exec(text);
  if (korean) {
    const minutes = korean[3] ? 30 : Number(korean[2] ?? 0);
    return {hours: Number(korean[1]), minutes};
  }

  return null;
}

function twelveHour(
  hours: number,
  minutes: number,
  period: DayPeriod
): string | undefined {
  // `오전 0시` is how some Korean timetables write midnight.
  if (hours === 0 && period === 'am') return formatClock(minutes);
  if (hours < 1 || hours > 12) return undefined;

  const base = hours === 12 ? 0 : hours;
  const offset = period === 'pm' ? 12 : 0;
  return formatClock((base + offset) * 60 + minutes);
}

function timeFormat(locale: string): Intl.DateTimeFormat {
  // The locale's short time style: `12:30 AM`, `오전 12:30`, `00:30`.
  const format = dateTimeFormat(locale, {timeStyle: 'short', timeZone: 'UTC'});
  // A locale whose clock runs 1 to 24 would show 00:30 as 24:30.
  if (format.resolvedOptions().hourCycle !== 'h24') return format;

  return dateTimeFormat(locale, {
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
