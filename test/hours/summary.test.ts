/// <reference types="mocha" />

import {expect} from '@open-wc/testing';

import {
  summariseSchedule,
  summariseSchedules,
  weekdayNames,
  weekdayOrder,
} from '../../src/hours/index.js';
import type {Schedule, TimeRange, Weekday} from '../../src/hours/index.js';
import {KOREA_KO, UTC_EN, englishWords, koreanWords} from './words.js';

function week(
  days: Partial<Record<Weekday, TimeRange[]>>,
  timeZone = 'Asia/Seoul'
): Schedule {
  return {timeZone, days};
}

const OFFICE: TimeRange[] = [['09:00', '18:00']];
const OFFICE_WEEK = week({
  mon: OFFICE,
  tue: OFFICE,
  wed: OFFICE,
  thu: OFFICE,
  fri: OFFICE,
  sat: [['09:00', '13:00']],
});

describe('hours: summary', () => {
  describe('weekdayOrder', () => {
    it("follows the locale's first day of the week", () => {
      expect(weekdayOrder('en-GB')).to.deep.equal([
        'mon',
        'tue',
        'wed',
        'thu',
        'fri',
        'sat',
        'sun',
      ]);
      expect(weekdayOrder('en-US')[0]).to.equal('sun');
      expect(weekdayOrder('ko')[0]).to.equal('sun');
    });

    it('starts on Monday for a locale the runtime cannot read', () => {
      expect(weekdayOrder('not a locale')[0]).to.equal('mon');
    });
  });

  describe('weekdayNames', () => {
    it('names the days in the locale', () => {
      expect(weekdayNames('en-US').mon).to.equal('Mon');
      expect(weekdayNames('ko').sat).to.equal('토');
      expect(weekdayNames('ko', 'long').mon).to.equal('월요일');
    });
  });

  describe('summariseSchedules', () => {
    it('groups days in a row with the same hours, in English', () => {
      expect(summariseSchedules([OFFICE_WEEK], 'en-US', englishWords)).to.equal(
        'Mon–Fri 9:00 AM–6:00 PM, Sat 9:00 AM–1:00 PM (Korean Standard Time)'
      );
    });

    it('groups days in a row with the same hours, in Korean', () => {
      expect(summariseSchedules([OFFICE_WEEK], 'ko', koreanWords)).to.equal(
        `월–금 오전 9:00–오후 6:00, 토 오전 9:00–오후 1:00 (${KOREA_KO})`
      );
    });

    it('marks Friday 22:00-02:00 as one range running overnight', () => {
      const schedule = week({fri: [['22:00', '02:00']]});

      expect(summariseSchedule(schedule, 'en-US', englishWords)).to.equal(
        'Fri 10:00 PM–2:00 AM (overnight) (Korean Standard Time)'
      );
      expect(summariseSchedule(schedule, 'ko', koreanWords)).to.equal(
        `금 오후 10:00–다음 날 오전 2:00 (${KOREA_KO})`
      );
    });

    it('shows Monday 18:00-24:00 as ending at midnight, not overnight', () => {
      const schedule = week({mon: [['18:00', '24:00']]});

      expect(summariseSchedule(schedule, 'en-US', englishWords)).to.equal(
        'Mon 6:00 PM–12:00 AM (Korean Standard Time)'
      );
    });

    it('says around the clock, also for seven whole days', () => {
      const wholeDay: TimeRange[] = [['00:00', '24:00']];
      const wholeWeek = week({
        mon: wholeDay,
        tue: wholeDay,
        wed: wholeDay,
        thu: wholeDay,
        fri: wholeDay,
        sat: wholeDay,
        sun: wholeDay,
      });
      const aroundTheClock: Schedule = {
        timeZone: 'Asia/Seoul',
        aroundTheClock: true,
      };

      expect(summariseSchedule(aroundTheClock, 'en-US', englishWords)).to.equal(
        'Around the clock (Korean Standard Time)'
      );
      expect(summariseSchedule(wholeWeek, 'en-US', englishWords)).to.equal(
        'Around the clock (Korean Standard Time)'
      );
    });

    it('says all day for a whole day', () => {
      const schedule = week({sat: [['00:00', '24:00']], sun: OFFICE});

      expect(summariseSchedule(schedule, 'en-GB', englishWords)).to.equal(
        'Sat all day, Sun 09:00–18:00 (Korean Standard Time)'
      );
    });

    it('follows the week order of the locale', () => {
      const schedule = week({sun: OFFICE, mon: OFFICE, tue: OFFICE});

      expect(summariseSchedule(schedule, 'en-US', englishWords)).to.equal(
        'Sun–Tue 9:00 AM–6:00 PM (Korean Standard Time)'
      );
      expect(summariseSchedule(schedule, 'en-GB', englishWords)).to.equal(
        'Mon–Tue and Sun 09:00–18:00 (Korean Standard Time)'
      );
    });

    it('lists apart days with the same hours together', () => {
      const schedule = week({mon: OFFICE, wed: OFFICE, fri: OFFICE});

      expect(summariseSchedule(schedule, 'en-US', englishWords)).to.equal(
        'Mon, Wed, and Fri 9:00 AM–6:00 PM (Korean Standard Time)'
      );
      expect(summariseSchedule(schedule, 'ko', koreanWords)).to.equal(
        `월, 수 및 금 오전 9:00–오후 6:00 (${KOREA_KO})`
      );
    });

    it('lists several ranges of a day in order', () => {
      const schedule = week({
        mon: [
          ['13:00', '18:00'],
          ['09:00', '12:00'],
        ],
      });

      expect(summariseSchedule(schedule, 'en-US', englishWords)).to.equal(
        'Mon 9:00 AM–12:00 PM and 1:00 PM–6:00 PM (Korean Standard Time)'
      );
    });

    it('joins several schedules with their own zone names', () => {
      const schedules: Schedule[] = [
        week({mon: OFFICE}, 'Asia/Calcutta'),
        {timeZone: 'UTC', aroundTheClock: true},
      ];

      expect(summariseSchedules(schedules, 'en-US', englishWords)).to.equal(
        'Mon 9:00 AM–6:00 PM (India Standard Time); ' +
          `Around the clock (${UTC_EN})`
      );
    });

    it('says so when a schedule has no hours, and gives "" for none', () => {
      expect(summariseSchedules([week({})], 'en-US', englishWords)).to.equal(
        'No hours (Korean Standard Time)'
      );
      expect(summariseSchedules([], 'en-US', englishWords)).to.equal('');
    });

    it('shows an unknown zone by its id', () => {
      const schedule = week({mon: OFFICE}, 'Mars/Olympus');

      expect(summariseSchedule(schedule, 'en-US', englishWords)).to.equal(
        'Mon 9:00 AM–6:00 PM (Mars/Olympus)'
      );
    });
  });
});
