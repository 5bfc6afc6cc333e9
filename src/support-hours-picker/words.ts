import {msg, str} from '@lit/localize';
import type {SummaryWords} from '../hours/index.js';
import {WEEKDAYS} from '../hours/types.js';
import type {Weekday} from '../hours/types.js';
import {weekdayName} from '../localization/messages.js';

/** The weekday's full name in the active locale. */
export function weekdayLabel(day: Weekday): string {
  return weekdayName(WEEKDAYS.indexOf(day), 'long');
}

/** Names a range for controls and messages: “Monday, first range”. */
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

/** The words of the hours summary that `Intl` cannot give. */
export function summaryWords(): SummaryWords {
  return {
    aroundTheClock: msg('Around the clock'),
    allDay: msg('all day'),
    noHours: msg('No hours chosen yet'),
    overnight: (start, end) =>
      msg(str`${start}–${end} (overnight)`, {id: 'hours-overnight'}),
    schedule: (hours, timeZone) =>
      msg(str`${hours} (${timeZone})`, {id: 'hours-schedule'}),
    schedules: (summaries) => summaries.join(msg('; ', {id: 'hours-join'})),
  };
}
