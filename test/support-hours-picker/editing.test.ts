import {expect} from '@open-wc/testing';
import type {SupportHoursPicker} from '../../src/index.js';
import {weekdayOrder} from '../../src/hours/index.js';
import type {Schedule, Weekday} from '../../src/hours/types.js';
import {activeLocale, setLocale} from '../../src/localization/locale.js';
import {click, deepActiveElement, press, type} from '../support/person.js';
import {
  addRange,
  allErrors,
  chooseZone,
  dayBox,
  dayToggle,
  description,
  errorsIn,
  liveRegion,
  pickerIn,
  rangeRow,
  retype,
  root,
  scheduleBox,
  setDay,
  timeInput,
  zoneInput,
} from './helpers.js';

const WEEK: Schedule[] = [
  {
    timeZone: 'Asia/Seoul',
    days: {
      mon: [['09:00', '18:00']],
      tue: [['09:00', '18:00']],
      wed: [['09:00', '18:00']],
    },
  },
];

function shownDays(picker: SupportHoursPicker): string[] {
  return Array.from(
    scheduleBox(picker).querySelectorAll<HTMLInputElement>('input[name="day"]')
  ).map((input) => input.value);
}

async function pickerWith(
  value: Schedule[],
  locale: 'en' | 'ko' = 'en'
): Promise<SupportHoursPicker> {
  const picker = await pickerIn(locale);
  picker.value = value;
  await picker.updateComplete;
  return picker;
}

describe('support-hours-picker: editing', () => {
  describe('names', () => {
    it('names each time input by its day, range and role in Korean', async () => {
      const picker = await pickerWith(WEEK, 'ko');

      await addRange(picker, 'mon', '19:00', '21:00');

      expect(
        timeInput(picker, 'mon', 0, 'start').getAttribute('aria-label')
      ).to.equal('월요일 첫 번째 시작 시간');
      expect(
        timeInput(picker, 'mon', 0, 'end').getAttribute('aria-label')
      ).to.equal('월요일 첫 번째 종료 시간');
      expect(
        timeInput(picker, 'mon', 1, 'start').getAttribute('aria-label')
      ).to.equal('월요일 두 번째 시작 시간');
    });

    it('names them in English', async () => {
      const picker = await pickerWith(WEEK, 'en');

      const start = timeInput(picker, 'tue', 0, 'start');

      expect(start.getAttribute('aria-label')).to.equal(
        'Tuesday first range start time'
      );
    });
  });

  describe('week order', () => {
    for (const locale of ['en', 'ko'] as const) {
      it(`lists the days in the ${locale} week order`, async () => {
        const picker = await pickerIn(locale);

        const days = shownDays(picker);

        expect(days).to.deep.equal(weekdayOrder(activeLocale()));
        expect(days[0]).to.equal('sun');
      });
    }
  });

  describe('ranges', () => {
    it('adds a range, announces it and moves the focus to it', async () => {
      const picker = await pickerWith(WEEK);

      await click(dayBox(picker, 'mon').querySelector('.add-range')!);
      await picker.updateComplete;

      expect(dayBox(picker, 'mon').querySelectorAll('.range')).to.have.length(
        2
      );
      expect(liveRegion(picker)).to.equal('Monday second range added.');
      expect(deepActiveElement()).to.equal(
        timeInput(picker, 'mon', 1, 'start')
      );
    });

    it('removes a range, announces it and keeps the focus on the day', async () => {
      const picker = await pickerWith(WEEK);
      await addRange(picker, 'mon', '19:00', '21:00');

      await click(rangeRow(picker, 'mon', 1).querySelector('.remove-range')!);
      await picker.updateComplete;

      expect(liveRegion(picker)).to.equal('Monday second range removed.');
      expect(deepActiveElement()).to.equal(
        timeInput(picker, 'mon', 0, 'start')
      );
      expect(picker.value).to.deep.equal(WEEK);
    });

    it('turns the day off when its last range is removed', async () => {
      const picker = await pickerWith(WEEK);

      await click(rangeRow(picker, 'wed').querySelector('.remove-range')!);
      await picker.updateComplete;

      expect(dayToggle(picker, 'wed').checked).to.equal(false);
      expect(deepActiveElement()).to.equal(dayToggle(picker, 'wed'));
      expect(
        Object.keys((picker.value[0] as {days: object}).days)
      ).to.have.members(['mon', 'tue']);
    });

    it('shows a problem only once the person leaves the range', async () => {
      const picker = await pickerWith(WEEK);
      await click(dayBox(picker, 'mon').querySelector('.add-range')!);
      await picker.updateComplete;

      await type('10:00');
      await press('Tab');
      await picker.updateComplete;
      const whileInRange = errorsIn(rangeRow(picker, 'mon', 1));
      await press('Shift+Tab');
      await press('Shift+Tab');
      await picker.updateComplete;

      expect(whileInRange).to.equal('');
      expect(errorsIn(rangeRow(picker, 'mon', 1))).to.equal(
        'Monday second range: enter a time such as 9:00 AM or 18:00.'
      );
    });

    it('ties a range’s error to its inputs', async () => {
      const picker = await pickerWith(WEEK);

      await retype(picker, timeInput(picker, 'tue', 0, 'end'), '09:00');

      for (const end of ['start', 'end'] as const) {
        const input = timeInput(picker, 'tue', 0, end);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(description(input)).to.equal(
          'Tuesday first range starts and ends at the same time.'
        );
      }
      expect(
        timeInput(picker, 'mon', 0, 'start').hasAttribute('aria-invalid')
      ).to.equal(false);
    });
  });

  describe('times', () => {
    it('offers times in Korean style and stores the one chosen', async () => {
      const picker = await pickerWith(WEEK, 'ko');
      await click(timeInput(picker, 'mon', 0, 'start'));

      await press('ArrowDown');
      await picker.updateComplete;
      const highlighted = root(picker).getElementById(
        timeInput(picker, 'mon', 0, 'start').getAttribute(
          'aria-activedescendant'
        )!
      )!;
      expect(highlighted.textContent!.trim()).to.equal('오전 9:00');
      await press('ArrowDown');
      await press('Enter');
      await picker.updateComplete;

      expect(timeInput(picker, 'mon', 0, 'start').value).to.equal('오전 9:30');
      const [schedule] = picker.value as unknown as [
        {days: Record<Weekday, string[][]>},
      ];
      expect(schedule.days.mon[0]).to.deep.equal(['09:30', '18:00']);
    });

    it('keeps a time being typed across a switch of language', async () => {
      const picker = await pickerWith(WEEK, 'ko');
      await click(timeInput(picker, 'mon', 0, 'end'));
      await press('Control+a');
      await type('오후 7:30');

      await setLocale('en');
      await picker.updateComplete;
      const shown = timeInput(picker, 'mon', 0, 'end').value;
      await press('Tab');
      await picker.updateComplete;

      expect(shown).to.equal('오후 7:30');
      expect(timeInput(picker, 'mon', 0, 'end').value).to.equal('7:30 PM');
      expect(timeInput(picker, 'mon', 0, 'start').value).to.equal('9:00 AM');
    });
  });

  describe('around the clock', () => {
    it('brings back the ranges when it is turned off', async () => {
      const picker = await pickerWith(WEEK);
      const around =
        scheduleBox(picker).querySelector<HTMLInputElement>('.around input')!;
      await click(around);
      await picker.updateComplete;
      const whileOn = picker.value;
      const daysWhileOn = shownDays(picker);

      await click(around);
      await picker.updateComplete;

      expect(whileOn).to.deep.equal([
        {timeZone: 'Asia/Seoul', aroundTheClock: true},
      ]);
      expect(daysWhileOn).to.deep.equal([]);
      expect(picker.value).to.deep.equal(WEEK);
      expect(timeInput(picker, 'wed', 0, 'end').value).to.equal('6:00 PM');
      expect(liveRegion(picker)).to.contain('Around the clock is off');
    });
  });

  describe('copy to other days', () => {
    it('copies a day’s ranges to the days chosen, with the keyboard', async () => {
      const picker = await pickerWith(WEEK);
      await addRange(picker, 'mon', '19:00', '21:00');
      const copy = dayBox(picker, 'mon').querySelector<HTMLElement>(
        '.copy-day'
      )!;
      copy.focus();
      await press('Enter');
      await picker.updateComplete;
      const targets = Array.from(
        root(picker).querySelectorAll<HTMLInputElement>('.copy-target')
      );
      expect(targets.map((target) => target.value)).to.deep.equal([
        'sun',
        'tue',
        'wed',
        'thu',
        'fri',
        'sat',
      ]);
      expect(deepActiveElement()).to.equal(targets[0]);

      await press('Tab');
      await press('Space');
      await press('Tab');
      await press('Tab');
      await press('Space');
      await press('Tab');
      await press('Tab');
      await press('Tab');
      await press('Enter');
      await picker.updateComplete;

      const both = [
        ['09:00', '18:00'],
        ['19:00', '21:00'],
      ];
      expect(picker.value).to.deep.equal([
        {
          timeZone: 'Asia/Seoul',
          days: {mon: both, tue: both, wed: [['09:00', '18:00']], thu: both},
        },
      ]);
      expect(liveRegion(picker)).to.equal(
        'Monday hours copied to Tuesday and Thursday.'
      );
      expect(deepActiveElement()).to.equal(
        dayBox(picker, 'mon').querySelector('.copy-day')
      );
    });

    it('closes without copying on Escape', async () => {
      const picker = await pickerWith(WEEK);
      await click(dayBox(picker, 'mon').querySelector('.copy-day')!);
      await picker.updateComplete;
      await press('Space');

      await press('Escape');
      await picker.updateComplete;

      expect(root(picker).querySelector('.copy-panel')).to.equal(null);
      expect(picker.value).to.deep.equal(WEEK);
      expect(deepActiveElement()).to.equal(
        dayBox(picker, 'mon').querySelector('.copy-day')
      );
    });
  });

  describe('several time zones', () => {
    it('adds a schedule for a second zone and removes it again', async () => {
      const picker = await pickerWith(WEEK);

      await click(root(picker).querySelector('.add-schedule')!);
      await picker.updateComplete;
      expect(deepActiveElement()).to.equal(zoneInput(picker, 1));
      expect(liveRegion(picker)).to.equal(
        'Schedule 2 added. Choose its time zone.'
      );
      await chooseZone(picker, 'new york', 1);
      await setDay(picker, 'sat', '22:00', '06:00', 1);

      expect(picker.value).to.deep.equal([
        ...WEEK,
        {timeZone: 'America/New_York', days: {sat: [['22:00', '06:00']]}},
      ]);
      await click(scheduleBox(picker, 1).querySelector('.remove-schedule')!);
      await picker.updateComplete;
      expect(picker.value).to.deep.equal(WEEK);
      expect(liveRegion(picker)).to.equal('Schedule 2 removed.');
    });

    it('flags a zone used twice next to the second zone', async () => {
      const picker = await pickerWith(WEEK);
      await click(root(picker).querySelector('.add-schedule')!);
      await picker.updateComplete;
      await setDay(picker, 'sun', '10:00', '12:00', 1);

      await chooseZone(picker, 'Asia/Seoul', 1);

      expect(errorsIn(scheduleBox(picker, 1))).to.equal(
        'This time zone already has a schedule.'
      );
      expect(description(zoneInput(picker, 1))).to.contain(
        'This time zone already has a schedule.'
      );
      expect(errorsIn(scheduleBox(picker, 0))).to.equal('');
    });
  });

  it('can be filled with the keyboard alone', async () => {
    const picker = await pickerIn('en');
    zoneInput(picker).focus();

    await press('Control+a');
    await type('seoul');
    await press('Tab');
    await press('Tab');
    await press('Tab');
    await press('Space');
    await picker.updateComplete;
    expect(deepActiveElement()).to.equal(dayToggle(picker, 'mon'));
    await press('Tab');
    await press('Control+a');
    await type('8');
    await press('Tab');
    await press('Control+a');
    await type('4 pm');
    await press('Tab');
    await picker.updateComplete;

    expect(picker.value).to.deep.equal([
      {timeZone: 'Asia/Seoul', days: {mon: [['08:00', '16:00']]}},
    ]);
    expect(allErrors(picker)).to.equal('');
  });
});
