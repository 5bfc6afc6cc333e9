/// <reference types="mocha" />

import {expect} from '@open-wc/testing';

import {
  isAroundTheClock,
  normaliseSchedules,
  scheduleSchema,
  schedulesSchema,
  validateSchedules,
} from '../../src/hours/index.js';
import type {Schedule, TimeRange, Weekday} from '../../src/hours/index.js';

function week(
  days: Partial<Record<Weekday, TimeRange[]>>,
  timeZone = 'Asia/Seoul'
): Schedule {
  return {timeZone, days};
}

const WHOLE_WEEK = week({
  mon: [['00:00', '24:00']],
  tue: [['00:00', '24:00']],
  wed: [['00:00', '24:00']],
  thu: [['00:00', '24:00']],
  fri: [['00:00', '24:00']],
  sat: [['00:00', '24:00']],
  sun: [['00:00', '24:00']],
});

describe('hours: schedules', () => {
  describe('validateSchedules', () => {
    it('accepts office hours', () => {
      const schedules = [
        week({mon: [['09:00', '18:00']], sat: [['09:00', '13:00']]}),
      ];

      expect(validateSchedules(schedules)).to.deep.equal([]);
    });

    it('accepts Friday 22:00-02:00, running into Saturday', () => {
      const schedules = [week({fri: [['22:00', '02:00']]})];

      expect(validateSchedules(schedules)).to.deep.equal([]);
    });

    it('flags Sat 01:00-09:00 overlapping Fri 22:00-02:00, naming both', () => {
      const schedules = [
        week({fri: [['22:00', '02:00']], sat: [['01:00', '09:00']]}),
      ];

      expect(validateSchedules(schedules)).to.deep.equal([
        {
          code: 'range-overlap',
          schedule: 0,
          day: 'fri',
          range: 0,
          other: {schedule: 0, day: 'sat', range: 0},
        },
      ]);
    });

    it('lets an overnight range end where the next day starts', () => {
      const schedules = [
        week({fri: [['22:00', '02:00']], sat: [['02:00', '09:00']]}),
      ];

      expect(validateSchedules(schedules)).to.deep.equal([]);
    });

    it('flags Sunday 23:00-02:00 running into Monday 01:00', () => {
      const schedules = [
        week({mon: [['01:00', '05:00']], sun: [['23:00', '02:00']]}),
      ];

      expect(validateSchedules(schedules)).to.deep.equal([
        {
          code: 'range-overlap',
          schedule: 0,
          day: 'sun',
          range: 0,
          other: {schedule: 0, day: 'mon', range: 0},
        },
      ]);
    });

    it('flags ranges that overlap within a day, at the earlier one', () => {
      const schedules = [
        week({
          tue: [
            ['11:00', '13:00'],
            ['09:00', '12:00'],
          ],
        }),
      ];

      expect(validateSchedules(schedules)).to.deep.equal([
        {
          code: 'range-overlap',
          schedule: 0,
          day: 'tue',
          range: 1,
          other: {schedule: 0, day: 'tue', range: 0},
        },
      ]);
    });

    it('flags a range inside another and the same range twice', () => {
      const inside = [
        week({
          wed: [
            ['08:00', '20:00'],
            ['12:00', '13:00'],
          ],
        }),
      ];
      const twice = [
        week({
          wed: [
            ['08:00', '12:00'],
            ['08:00', '12:00'],
          ],
        }),
      ];

      expect(validateSchedules(inside).map((p) => p.code)).to.deep.equal([
        'range-overlap',
      ]);
      expect(validateSchedules(twice)[0]).to.include({range: 0});
    });

    it('does not compare ranges of different schedules', () => {
      const schedules = [
        week({mon: [['09:00', '18:00']]}, 'Asia/Seoul'),
        week({mon: [['09:00', '18:00']]}, 'Europe/London'),
      ];

      expect(validateSchedules(schedules)).to.deep.equal([]);
    });

    it('accepts Monday 18:00-24:00 followed by Tuesday 00:00', () => {
      const schedules = [
        week({mon: [['18:00', '24:00']], tue: [['00:00', '02:00']]}),
      ];

      expect(validateSchedules(schedules)).to.deep.equal([]);
    });

    it('flags 09:00-09:00 as zero length, never as 24 hours', () => {
      const schedules = [
        week({thu: [['09:00', '09:00']], fri: [['00:00', '00:00']]}),
      ];

      expect(validateSchedules(schedules)).to.deep.equal([
        {code: 'range-zero', schedule: 0, day: 'thu', range: 0},
        {code: 'range-zero', schedule: 0, day: 'fri', range: 0},
      ]);
    });

    it('does not count a zero-length range as overlapping', () => {
      const schedules = [
        week({
          thu: [
            ['09:00', '18:00'],
            ['10:00', '10:00'],
          ],
        }),
      ];

      expect(validateSchedules(schedules).map((p) => p.code)).to.deep.equal([
        'range-zero',
      ]);
    });

    it('flags times that are not HH:MM between 00:00 and 24:00', () => {
      const schedules = [
        week({
          mon: [
            ['9:00', '18:00'],
            ['10:00', '24:30'],
            ['12:60', '13:00'],
            ['oops', '14:00'],
          ],
        }),
      ];

      expect(validateSchedules(schedules)).to.deep.equal(
        [0, 1, 2, 3].map((range) => ({
          code: 'time-format',
          schedule: 0,
          day: 'mon',
          range,
        }))
      );
    });

    it('flags 24:00 as a start', () => {
      const schedules = [week({sat: [['24:00', '02:00']]})];

      expect(validateSchedules(schedules)).to.deep.equal([
        {code: 'time-start-24', schedule: 0, day: 'sat', range: 0},
      ]);
    });

    it('wants at least one schedule', () => {
      expect(validateSchedules([])).to.deep.equal([
        {code: 'hours-missing', schedule: 0},
      ]);
    });

    it('wants a weekly schedule to have a range', () => {
      const schedules = [week({}), week({mon: []}, 'UTC')];

      expect(validateSchedules(schedules)).to.deep.equal([
        {code: 'hours-empty', schedule: 0},
        {code: 'hours-empty', schedule: 1},
      ]);
    });

    it('accepts around the clock', () => {
      const schedules: Schedule[] = [
        {timeZone: 'Asia/Seoul', aroundTheClock: true},
      ];

      expect(validateSchedules(schedules)).to.deep.equal([]);
    });

    it('flags an unknown time zone without throwing', () => {
      const schedules = [week({mon: [['09:00', '18:00']]}, 'Mars/Olympus')];

      expect(() => validateSchedules(schedules)).not.to.throw();
      expect(validateSchedules(schedules)).to.deep.equal([
        {code: 'time-zone-unknown', schedule: 0},
      ]);
    });

    it('accepts UTC and aliases of known zones', () => {
      const schedules = [
        week({mon: [['09:00', '18:00']]}, 'UTC'),
        week({mon: [['09:00', '18:00']]}, 'Asia/Calcutta'),
      ];

      expect(validateSchedules(schedules)).to.deep.equal([]);
    });

    it('flags a zone used twice, also under an alias', () => {
      const schedules = [
        week({mon: [['09:00', '18:00']]}, 'Asia/Kolkata'),
        week({tue: [['09:00', '18:00']]}, 'UTC'),
        week({wed: [['09:00', '18:00']]}, 'Asia/Calcutta'),
      ];

      expect(validateSchedules(schedules)).to.deep.equal([
        {code: 'time-zone-repeated', schedule: 2, other: {schedule: 0}},
      ]);
    });
  });

  describe('normaliseSchedules', () => {
    it('makes 00:00-24:00 on all seven days around the clock', () => {
      const normal = normaliseSchedules([WHOLE_WEEK]);

      expect(normal).to.deep.equal(
        normaliseSchedules([{timeZone: 'Asia/Seoul', aroundTheClock: true}])
      );
      expect(normal).to.deep.equal([
        {timeZone: 'Asia/Seoul', aroundTheClock: true},
      ]);
    });

    it('keeps a week with one day short of whole as weekly', () => {
      const whole = (WHOLE_WEEK as {days: Record<Weekday, TimeRange[]>}).days;
      const shortSunday = week({...whole, sun: [['00:00', '23:00']]});

      const [normal] = normaliseSchedules([shortSunday]);

      expect(isAroundTheClock(normal)).to.equal(false);
    });

    it('keeps Monday 18:00-24:00 ending at 24:00', () => {
      const [normal] = normaliseSchedules([week({mon: [['18:00', '24:00']]})]);

      expect(normal).to.deep.equal(week({mon: [['18:00', '24:00']]}));
    });

    it('stores aliases under their current time zone id', () => {
      const normal = normaliseSchedules([
        week({mon: [['09:00', '18:00']]}, 'Asia/Calcutta'),
        {timeZone: 'Europe/Kiev', aroundTheClock: true},
        week({mon: [['09:00', '18:00']]}, 'Etc/UTC'),
      ]);

      expect(normal.map((schedule) => schedule.timeZone)).to.deep.equal([
        'Asia/Kolkata',
        'Europe/Kyiv',
        'UTC',
      ]);
    });

    it('keeps an unknown time zone as given, for validation to report', () => {
      const [normal] = normaliseSchedules([
        week({mon: [['09:00', '18:00']]}, 'Mars/Olympus'),
      ]);

      expect(normal.timeZone).to.equal('Mars/Olympus');
    });

    it('sorts ranges by start and leaves out days without ranges', () => {
      const [normal] = normaliseSchedules([
        week({
          sun: [
            ['13:00', '18:00'],
            ['22:00', '02:00'],
            ['09:00', '12:00'],
          ],
          mon: [],
          tue: [['09:00', '18:00']],
        }),
      ]);

      expect(normal).to.deep.equal(
        week({
          tue: [['09:00', '18:00']],
          sun: [
            ['09:00', '12:00'],
            ['13:00', '18:00'],
            ['22:00', '02:00'],
          ],
        })
      );
      expect(Object.keys((normal as {days: object}).days)).to.deep.equal([
        'tue',
        'sun',
      ]);
    });

    it('does not change its input', () => {
      const input = [
        week({
          fri: [
            ['13:00', '18:00'],
            ['09:00', '12:00'],
          ],
          sat: [],
        }),
        WHOLE_WEEK,
      ];
      const before = JSON.stringify(input);

      const normal = normaliseSchedules(input);

      expect(JSON.stringify(input)).to.equal(before);
      expect(normal[0]).not.to.equal(input[0]);
    });
  });

  describe('schedulesSchema', () => {
    it('reads the JSON form of weekly and around-the-clock schedules', () => {
      const json = JSON.stringify([
        week({mon: [['09:00', '18:00']], fri: [['22:00', '02:00']]}),
        {timeZone: 'UTC', aroundTheClock: true},
      ]);

      const result = schedulesSchema.safeParse(JSON.parse(json));

      expect(result.success).to.equal(true);
      expect(result.data).to.deep.equal(JSON.parse(json));
    });

    it('leaves the meaning of times and zones to validateSchedules', () => {
      const odd = week({mon: [['24:00', '24:00']]}, 'Mars/Olympus');

      expect(scheduleSchema.safeParse(odd).success).to.equal(true);
    });

    it('refuses shapes that are not a schedule', () => {
      const shapes: unknown[] = [
        {timeZone: 'UTC'},
        {timeZone: 'UTC', aroundTheClock: false},
        {timeZone: 'UTC', aroundTheClock: true, days: {}},
        {timeZone: 'UTC', days: {monday: [['09:00', '18:00']]}},
        {timeZone: 'UTC', days: {mon: [['09:00']]}},
        {timeZone: 9, days: {}},
        {timeZone: 'UTC', days: {}, note: 'typo'},
        {timeZone: 'UTC', days: {mon: [['09:00', '18:00', '20:00']]}},
        {timeZone: 'UTC', days: {mon: [['09:00', 18]]}},
        {timeZone: 'UTC', days: []},
        Object.create({timeZone: 'UTC', days: {}}),
        null,
        'UTC',
      ];

      for (const shape of shapes) {
        const result = scheduleSchema.safeParse(shape);
        expect(result.success, JSON.stringify(shape)).to.equal(false);
      }
    });
  });
});
