import {msg, str} from '@lit/localize';
import type {SummaryWords} from '../hours/index.js';
import {WEEKDAYS} from '../hours/types.js';
import type {HoursProblem, Weekday} from '../hours/types.js';
import {activeLocale} from '../localization/locale.js';
import {
  hoursProblemMessage,
  shorten,
  weekdayName,
} from '../localization/messages.js';

// Every function here runs at render or validation time: msg() answers in
// the locale that is active at the moment of the call.

/** The weekday's full name in the active locale. */
export function weekdayLabel(day: Weekday): string {
  return weekdayName(WEEKDAYS.indexOf(day), 'long');
}

/** Names a range for controls and messages: “Monday first range”. */
export function rangeName(day: Weekday, index: number): string {
  const name = weekdayLabel(day);
  switch (index) {
    case 0:
      return msg(str`${name} first range`);
    case 1:
      return msg(str`${name} second range`);
    case 2:
      return msg(str`${name} third range`);
    default:
      return msg(str`${name} range ${index + 1}`);
  }
}

/** The name of a range's time input: “Monday first range start time”. */
export function timeInputName(
  day: Weekday,
  index: number,
  end: 'start' | 'end'
): string {
  const where = rangeName(day, index);
  return end === 'start'
    ? msg(str`${where} start time`)
    : msg(str`${where} end time`);
}

/** Days as the active locale lists them: “Tuesday, Wednesday and Friday”. */
export function dayList(days: readonly Weekday[]): string {
  const names = days.map(weekdayLabel);
  try {
    return new Intl.ListFormat(activeLocale(), {type: 'conjunction'}).format(
      names
    );
  } catch {
    return names.join(', ');
  }
}

/**
 * What is wrong, in a sentence. `other` is the name of the range that an
 * overlapping range runs into, `text` what was typed as the time zone.
 */
export function problemMessage(
  problem: HoursProblem,
  where: string,
  other = '',
  text = ''
): string {
  if (problem.code === 'range-overlap' && other) {
    return msg(str`${where} overlaps ${other}.`, {id: 'hours-overlap-with'});
  }
  if (problem.code === 'time-zone-unknown' && text.trim()) {
    const typed = shorten(text.trim());
    return msg(str`“${typed}” is not a time zone. Choose one from the list.`, {
      id: 'hours-zone-unknown-text',
    });
  }

  return hoursProblemMessage(problem, where);
}

/** Said, under the zone input and aloud, when no zone matches the text. */
export function noZoneMatches(typed: string): string {
  return msg(str`No time zone matches “${shorten(typed)}”.`);
}

/** Spoken when the person adds or removes a range or a schedule. */
export const announcements = {
  rangeAdded: (where: string) => msg(str`${where} added.`, {id: 'range-added'}),
  rangeRemoved: (where: string) =>
    msg(str`${where} removed.`, {id: 'range-removed'}),
  scheduleAdded: (index: number) =>
    msg(str`Schedule ${index + 1} added. Choose its time zone.`),
  scheduleRemoved: (index: number) => msg(str`Schedule ${index + 1} removed.`),
  hoursCopied: (day: Weekday, days: readonly Weekday[]) =>
    msg(str`${weekdayLabel(day)} hours copied to ${dayList(days)}.`),
  aroundTheClockOff: () =>
    msg('Around the clock is off. The hours of each day are back.'),
};

/** The words of the hours summary that `Intl` cannot give. */
export function summaryWords(): SummaryWords {
  return {
    aroundTheClock: msg('Around the clock'),
    allDay: msg('all day'),
    noHours: msg('No hours chosen yet'),
    overnight: (start, end, nextDay) =>
      nextDay
        ? msg(str`${start}–${nextDay} ${end} (overnight)`, {
            id: 'hours-overnight-into',
          })
        : msg(str`${start}–${end} (overnight)`, {id: 'hours-overnight'}),
    schedule: (hours, timeZone) =>
      msg(str`${hours} (${timeZone})`, {id: 'hours-schedule'}),
    schedules: (summaries) => summaries.join(msg('; ', {id: 'hours-join'})),
  };
}
