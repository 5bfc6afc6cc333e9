import {expect} from '@open-wc/testing';
import {summariseSchedules} from '../../src/hours/index.js';
import type {Schedule} from '../../src/hours/types.js';
import {setLocale} from '../../src/localization/locale.js';
import {summaryWords} from '../../src/support-hours-picker/words.js';
import {KOREA_KO, UTC_KO} from '../hours/words.js';
import {isFirefox} from '../support/browser.js';

function summary(schedules: Schedule[], locale: 'en' | 'ko'): string {
  return summariseSchedules(schedules, locale, summaryWords());
}

const NIGHTS: Schedule[] = [
  {
    timeZone: 'America/New_York',
    days: {
      mon: [['22:00', '06:00']],
      tue: [['22:00', '06:00']],
      wed: [['22:00', '06:00']],
      sun: [['23:00', '01:00']],
    },
  },
];

describe('support-hours-picker: the summary in plain words', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('names the day an overnight range runs into, when it is one day', async () => {
    await setLocale('en');

    const text = summary(NIGHTS, 'en');

    expect(text).to.equal(
      'Sun 11:00 PM–Mon 1:00 AM (overnight), ' +
        'Mon–Wed 10:00 PM–6:00 AM (overnight) (Eastern Time)'
    );
  });

  it('says “다음 날” for a span of days in Korean', async () => {
    await setLocale('ko');

    const text = summary(NIGHTS, 'ko');

    // The zone's name is the engine's own (CLDR): Chromium 156 says
    // 북미 동부 시간, Firefox 153 says 미 동부 시간.
    const zone = isFirefox ? '미 동부 시간' : '북미 동부 시간';
    expect(text).to.equal(
      '일 오후 11:00–월 오전 1:00, ' +
        `월–수 오후 10:00–다음 날 오전 6:00 (${zone})`
    );
  });

  it('groups days, says around the clock, and joins zones', async () => {
    await setLocale('ko');

    const text = summary(
      [
        {
          timeZone: 'Asia/Seoul',
          days: {
            mon: [['09:00', '18:00']],
            tue: [['09:00', '18:00']],
            wed: [['09:00', '18:00']],
            thu: [['09:00', '18:00']],
            fri: [['09:00', '18:00']],
            sat: [['09:00', '13:00']],
          },
        },
        {timeZone: 'UTC', aroundTheClock: true},
      ],
      'ko'
    );

    expect(text).to.equal(
      `월–금 오전 9:00–오후 6:00, 토 오전 9:00–오후 1:00 (${KOREA_KO}) / ` +
        `24시간 연중무휴 (${UTC_KO})`
    );
  });
});
