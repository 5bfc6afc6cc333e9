import type {SummaryWords} from '../../src/hours/index.js';

/** English words for summaries; the real ones come from the localised UI. */
export const englishWords: SummaryWords = {
  aroundTheClock: 'Around the clock',
  allDay: 'all day',
  noHours: 'No hours',
  overnight: (start, end) => `${start}–${end} (overnight)`,
  schedule: (hours, timeZone) => `${hours} (${timeZone})`,
  schedules: (summaries) => summaries.join('; '),
};

/** Korean words for summaries, as the Korean UI says them. */
export const koreanWords: SummaryWords = {
  aroundTheClock: '24시간 연중무휴',
  allDay: '종일',
  noHours: '지원 시간 없음',
  overnight: (start, end) => `${start}–다음 날 ${end}`,
  schedule: (hours, timeZone) => `${hours} (${timeZone})`,
  schedules: (summaries) => summaries.join(' / '),
};
