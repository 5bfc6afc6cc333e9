/// <reference types="mocha" />

import {expect} from '@open-wc/testing';

import {
  formatTime,
  normaliseSchedules,
  summariseSchedules,
  utcOffset,
  validateSchedules,
} from '../../src/hours/index.js';
import type {Schedule} from '../../src/hours/index.js';
import {englishWords} from './words.js';

const RealDate = Date;

/** Makes `new Date()` and `Date.now()` say a fixed instant. */
function fixClock(iso: string): void {
  const fixed = RealDate.parse(iso);
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [number]));
    }

    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
}

// New York's clocks jump from 02:00 to 03:00 on 8 March 2026 (07:00 UTC)
// and fall back from 02:00 to 01:00 on 1 November 2026 (06:00 UTC).
const SPRING_FORWARD = '2026-03-08T07:30:00Z';
const FALL_BACK = '2026-11-01T06:30:00Z';

const SUNDAY_NIGHT: Schedule[] = [
  {timeZone: 'America/New_York', days: {sun: [['02:00', '03:30']]}},
];

function describeHours() {
  return {
    problems: validateSchedules(SUNDAY_NIGHT),
    normal: normaliseSchedules(SUNDAY_NIGHT),
    summary: summariseSchedules(SUNDAY_NIGHT, 'en-US', englishWords),
    start: formatTime('02:30', 'en-US'),
  };
}

describe('hours: daylight-saving changes', () => {
  afterEach(() => {
    globalThis.Date = RealDate;
  });

  it('keeps New York Sunday 02:00-03:30 on a spring-forward day', () => {
    fixClock(SPRING_FORWARD);

    const hours = describeHours();

    expect(new Date().toISOString()).to.equal('2026-03-08T07:30:00.000Z');
    expect(hours.problems).to.deep.equal([]);
    expect(hours.normal).to.deep.equal(SUNDAY_NIGHT);
    expect(hours.summary).to.equal('Sun 2:00 AM–3:30 AM (Eastern Time)');
    expect(hours.start).to.equal('2:30 AM');
  });

  it('gives the same hours whatever the date', () => {
    fixClock(SPRING_FORWARD);
    const spring = describeHours();
    fixClock(FALL_BACK);
    const autumn = describeHours();
    globalThis.Date = RealDate;
    const today = describeHours();

    expect(autumn).to.deep.equal(spring);
    expect(today).to.deep.equal(spring);
  });

  it('shows only the current offset as depending on the date', () => {
    fixClock(SPRING_FORWARD);
    const spring = utcOffset('America/New_York', new Date());
    fixClock(FALL_BACK);
    const autumn = utcOffset('America/New_York', new Date());

    expect(spring).to.equal('UTC-04:00');
    expect(autumn).to.equal('UTC-05:00');
  });
});
