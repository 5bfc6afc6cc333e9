/**
 * The lists under the picker's comboboxes (WAI-ARIA APG, editable
 * combobox with list autocomplete): which options they hold, which one is
 * highlighted, and which few of them are in the DOM. DOM-free but for the
 * root font size that gives a row its height.
 */

import {
  formatTime,
  listTimeZones,
  parseTimeInput,
  searchTimeZones,
  timeZoneName,
} from '../hours/index.js';
import {fold} from '../hours/intl.js';
import type {Weekday} from '../hours/types.js';

/** Which input a list belongs to. */
export type ListTarget =
  | {kind: 'zone'; schedule: number}
  | {
      kind: 'time';
      schedule: number;
      day: Weekday;
      range: number;
      end: 'start' | 'end';
    };

/** The one list that is open, for the input that has focus. */
export interface OpenList {
  key: string;
  target: ListTarget;
  /** Zone ids or `HH:MM` times, best first. */
  values: string[];
  /** The highlighted option, or -1. */
  active: number;
  /** Highlighted with the arrow keys rather than by typing. */
  chosenByKey: boolean;
  /** The first option in the DOM; the others are only spacing. */
  first: number;
  /** Where the list should scroll to, in pixels. */
  scrollTop: number;
}

/** What opened a list: typing, an arrow key, or the list button. */
export type Opening = 'typed' | 'down' | 'up' | 'opened';

/**
 * Options in the DOM at a time. The zone list holds every zone of the
 * runtime (over 400); only a window of them around what is in view is
 * built, so that opening or filtering it stays fast.
 */
export const LIST_WINDOW = 30;
const OVERSCAN = 8;
export const PAGE_STEP = 10;

const START_TIMES = halfHours(0, 47);
const END_TIMES = halfHours(1, 48);

/** `HH:MM` every 30 minutes, from slot `first` to slot `last` (48 = 24:00). */
function halfHours(first: number, last: number): string[] {
  const times: string[] = [];
  for (let slot = first; slot <= last; slot += 1) {
    const hours = String(Math.floor(slot / 2)).padStart(2, '0');
    times.push(`${hours}:${slot % 2 ? '30' : '00'}`);
  }
  return times;
}

export function listKey(target: ListTarget): string {
  return target.kind === 'zone'
    ? `zone-${target.schedule}`
    : `time-${target.schedule}-${target.day}-${target.range}-${target.end}`;
}

/**
 * The options for what was typed (`undefined`: all of them). Zones are
 * searched by id, city and name in the locale, English and Korean; times
 * are the half hours that start like the text, in either form, or that the
 * text reads as.
 */
export function listValues(
  target: ListTarget,
  query: string | undefined,
  locale: string
): string[] {
  if (target.kind === 'zone') {
    return query === undefined
      ? listTimeZones()
      : searchTimeZones(query, locale);
  }

  const times = target.end === 'start' ? START_TIMES : END_TIMES;
  if (query === undefined) return times;

  const typed = fold(query).replace(/\s+/g, ' ').trim();
  const parsed = parseTimeInput(query, locale);
  return times.filter(
    (time) =>
      time === parsed ||
      time.startsWith(typed) ||
      fold(formatTime(time, locale)).startsWith(typed)
  );
}

/**
 * A list as it opens. Typing highlights the best zone (a time list only
 * offers); an arrow key highlights the current value, else the first or
 * last option; the button highlights the current value only.
 */
export function openedList(
  target: ListTarget,
  values: string[],
  current: string,
  how: Opening,
  rowHeight: number
): OpenList {
  let active = -1;
  if (how === 'typed') {
    active = target.kind === 'zone' ? 0 : -1;
  } else {
    const at = values.indexOf(current);
    if (at >= 0) active = at;
    else if (how === 'down') active = 0;
    else if (how === 'up') active = values.length - 1;
  }
  // The highlighted option shows with two rows above it.
  const scrollTop = Math.max(0, active - 2) * rowHeight;
  return {
    key: listKey(target),
    target,
    values,
    active,
    chosenByKey: how === 'down' || how === 'up',
    first: firstInDom(scrollTop, rowHeight, values.length),
    scrollTop,
  };
}

/**
 * The list with `index` highlighted by a key, scrolled just enough to show
 * it in a view of `view` pixels scrolled to `top`.
 */
export function movedList(
  list: OpenList,
  index: number,
  down: boolean,
  rowHeight: number,
  {top, view}: {top: number; view: number}
): OpenList {
  const count = list.values.length;
  let active = Math.min(count - 1, Math.max(0, index));
  if (list.active < 0) active = down ? 0 : count - 1;

  let scrollTop = top;
  if (active * rowHeight < top) scrollTop = active * rowHeight;
  else if ((active + 1) * rowHeight > top + view) {
    scrollTop = (active + 1) * rowHeight - view;
  }
  return {
    ...list,
    active,
    chosenByKey: true,
    first: firstInDom(scrollTop, rowHeight, count),
    scrollTop,
  };
}

/** The list after the person scrolled it, or the same list if no change. */
export function scrolledList(
  list: OpenList,
  top: number,
  rowHeight: number
): OpenList {
  const first = firstInDom(top, rowHeight, list.values.length);
  // Small scrolls stay within the window already built.
  if (Math.abs(first - list.first) < OVERSCAN / 2) return list;

  return {...list, first, scrollTop: top};
}

/**
 * The options in the DOM: from `first` up to, not including, `last`.
 *
 * Limitation: when the person scrolls the list far from the highlighted
 * option with the mouse, that option leaves the DOM and
 * `aria-activedescendant` points at nothing until an arrow key moves the
 * highlight again.
 */
export function windowOf(list: OpenList): {first: number; last: number} {
  const first = clampFirst(list.first, list.values.length);
  return {first, last: Math.min(list.values.length, first + LIST_WINDOW)};
}

/**
 * Whether Enter or Tab takes the highlighted option. A zone list
 * highlights its best match as the person types, and that is what they
 * take. A time list only offers: what was typed wins unless the person
 * moved to an option.
 */
export function acceptsActive(list: OpenList): boolean {
  return list.active >= 0 && (list.target.kind === 'zone' || list.chosenByKey);
}

/** The height of an option, as the styles set it: 2.75rem or 2rem. */
export function rowHeightOf(kind: ListTarget['kind']): number {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return (Number.isFinite(rem) ? rem : 16) * (kind === 'zone' ? 2.75 : 2);
}

function firstInDom(top: number, rowHeight: number, count: number): number {
  return clampFirst(Math.floor(top / rowHeight) - OVERSCAN, count);
}

function clampFirst(first: number, count: number): number {
  return Math.max(0, Math.min(first, count - LIST_WINDOW));
}

const warmedLocales = new Set<string>();

/**
 * Works out the zone names that search needs (about 2,500 `Intl` calls, a
 * quarter of a second on a slow machine) in idle time, once per locale and
 * page, so that the first key typed into a zone input answers at once.
 * Whatever is not done yet when the person types is done then.
 */
export function warmZoneNames(locale: string): void {
  if (warmedLocales.has(locale)) return;

  warmedLocales.add(locale);
  const languages = [...new Set([locale, 'en', 'ko'])];
  const zones = listTimeZones();
  let next = 0;
  const step = (deadline?: IdleDeadline) => {
    const end = performance.now() + (deadline?.timeRemaining() ?? 8);
    do {
      for (const language of languages) {
        timeZoneName(zones[next], language, 'long');
        timeZoneName(zones[next], language, 'short');
      }
      next += 1;
    } while (next < zones.length && performance.now() < end);
    if (next < zones.length) whenIdle(step);
  };
  whenIdle(step);
}

function whenIdle(task: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task);
  else setTimeout(task, 0);
}
