import {timeZoneName} from '../../src/hours/index.js';
import type {SummaryWords} from '../../src/hours/index.js';

/**
 * Zone names as this browser's CLDR data gives them. Newer data says
 * 한국 표준시 and Coordinated Universal Time; the older data some Firefox
 * ESR builds carry says 대한민국 표준시 and GMT. Summaries, which only
 * quote the name, are compared with the browser's own.
 */
export const KOREA_KO = timeZoneName('Asia/Seoul', 'ko');
export const UTC_EN = timeZoneName('UTC', 'en-US');
export const UTC_KO = timeZoneName('UTC', 'ko');
export const KOREA_KO_NAMES = ['한국 표준시', '대한민국 표준시'];

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
