import {expect, html} from '@open-wc/testing';
import type {SupportHoursPicker} from '../../src/index.js';
import type {Schedule} from '../../src/hours/types.js';
import {KOREA_KO, UTC_EN} from '../hours/words.js';
import {click, press} from '../support/person.js';
import {
  addRange,
  allErrors,
  chooseZone,
  dayBox,
  errorsIn,
  pickerIn,
  rangeRow,
  retype,
  root,
  scheduleBox,
  setDay,
  summaryText,
  timeInput,
  zoneInput,
} from './helpers.js';

function formValue(picker: SupportHoursPicker): unknown {
  const form = picker.closest('form')!;
  return JSON.parse(String(new FormData(form).get('hours')));
}

async function pickerInForm(locale: 'en' | 'ko' = 'en') {
  const form = await pickerIn<HTMLFormElement>(
    locale,
    html`<form>
      <support-hours-picker name="hours" label="Hours"></support-hours-picker>
    </form>`
  );
  const picker = form.querySelector('support-hours-picker')!;
  await picker.updateComplete;
  return picker;
}

describe('support-hours-picker: what it must show', () => {
  describe('1. overnight ranges', () => {
    it('accepts Friday 22:00–02:00 and says it runs into Saturday', async () => {
      const picker = await pickerIn('en');
      await chooseZone(picker, 'Asia/Seoul');

      await setDay(picker, 'fri', '22:00', '02:00');

      expect(picker.value).to.deep.equal([
        {timeZone: 'Asia/Seoul', days: {fri: [['22:00', '02:00']]}},
      ]);
      expect(picker.checkValidity()).to.equal(true);
      expect(allErrors(picker)).to.equal('');
      expect(summaryText(picker)).to.equal(
        'Fri 10:00 PM–Sat 2:00 AM (overnight) (Korean Standard Time)'
      );
      expect(rangeRow(picker, 'fri').textContent).to.contain('(next day)');
    });

    it('says so in Korean too', async () => {
      const picker = await pickerIn('ko');
      await chooseZone(picker, 'Asia/Seoul');

      await setDay(picker, 'fri', '22:00', '02:00');

      expect(summaryText(picker)).to.equal(
        `금 오후 10:00–토 오전 2:00 (${KOREA_KO})`
      );
    });

    it('flags Saturday 01:00–09:00 as overlapping the Friday night', async () => {
      const picker = await pickerIn('en');
      await chooseZone(picker, 'Asia/Seoul');
      await setDay(picker, 'fri', '22:00', '02:00');

      await setDay(picker, 'sat', '01:00', '09:00');

      const saturday = rangeRow(picker, 'sat');
      expect(errorsIn(saturday)).to.equal(
        'Saturday first range overlaps Friday first range.'
      );
      expect(errorsIn(rangeRow(picker, 'fri'))).to.equal(
        'Friday first range overlaps Saturday first range.'
      );
      const start = timeInput(picker, 'sat', 0, 'start');
      expect(start.getAttribute('aria-invalid')).to.equal('true');
      expect(picker.checkValidity()).to.equal(false);
      expect(picker.validationMessage).to.contain('overlaps');
    });
  });

  describe('2. midnight at the end of a day', () => {
    it('keeps Monday 18:00–24:00 as ending at 24:00', async () => {
      const picker = await pickerInForm('en');
      await chooseZone(picker, 'Asia/Seoul');

      await setDay(picker, 'mon', '18:00', '24:00');

      expect(picker.value).to.deep.equal([
        {timeZone: 'Asia/Seoul', days: {mon: [['18:00', '24:00']]}},
      ]);
      expect(formValue(picker)).to.deep.equal(picker.value);
      expect(picker.checkValidity()).to.equal(true);
      expect(summaryText(picker)).to.equal(
        'Mon 6:00 PM–12:00 AM (Korean Standard Time)'
      );
    });

    it('flags 09:00–09:00 as empty, never as 24 hours', async () => {
      const picker = await pickerIn('en');
      await chooseZone(picker, 'Asia/Seoul');

      await setDay(picker, 'mon', '09:00', '09:00');

      expect(picker.value).to.deep.equal([
        {timeZone: 'Asia/Seoul', days: {mon: [['09:00', '09:00']]}},
      ]);
      expect(errorsIn(rangeRow(picker, 'mon'))).to.equal(
        'Monday first range starts and ends at the same time.'
      );
      expect(picker.checkValidity()).to.equal(false);
      expect(summaryText(picker)).not.to.match(/all day|around the clock/i);
    });
  });

  describe('3. every hour of every day', () => {
    it('makes 00:00–24:00 on all seven days the record of around the clock', async () => {
      const typed = await pickerInForm('en');
      await chooseZone(typed, 'Asia/Seoul');
      await setDay(typed, 'mon', '00:00', '24:00');
      await click(dayBox(typed, 'mon').querySelector('.copy-day')!);
      await typed.updateComplete;
      for (const target of root(typed).querySelectorAll('.copy-target')) {
        await click(target);
      }
      await click(root(typed).querySelector('.copy-apply')!);
      await typed.updateComplete;
      const ticked = await pickerInForm('en');
      await chooseZone(ticked, 'Asia/Seoul');

      await click(scheduleBox(ticked).querySelector('.around input')!);
      await ticked.updateComplete;

      const aroundTheClock = [{timeZone: 'Asia/Seoul', aroundTheClock: true}];
      expect(typed.value).to.deep.equal(aroundTheClock);
      expect(ticked.value).to.deep.equal(aroundTheClock);
      expect(formValue(typed)).to.deep.equal(formValue(ticked));
      expect(summaryText(typed)).to.equal(summaryText(ticked));
      expect(summaryText(ticked)).to.equal(
        'Around the clock (Korean Standard Time)'
      );
    });
  });

  describe('4. times in the locale’s style', () => {
    it('shows 00:30 as 12:30 AM in English, never 24:30', async () => {
      const picker = await pickerIn('en');
      picker.value = [{timeZone: 'UTC', days: {mon: [['00:30', '08:00']]}}];
      await picker.updateComplete;

      const start = timeInput(picker, 'mon', 0, 'start');

      expect(start.value).to.equal('12:30 AM');
      expect(summaryText(picker)).to.contain('12:30 AM');
      expect(root(picker).textContent).not.to.contain('24:30');
    });

    it('shows 00:30 as 오전 12:30 in Korean, never 24:30', async () => {
      const picker = await pickerIn('ko');
      picker.value = [{timeZone: 'UTC', days: {mon: [['00:30', '08:00']]}}];
      await picker.updateComplete;

      const start = timeInput(picker, 'mon', 0, 'start');

      expect(start.value).to.equal('오전 12:30');
      expect(summaryText(picker)).to.contain('오전 12:30');
      expect(root(picker).textContent).not.to.contain('24:30');
    });

    for (const [typedText, stored] of [
      ['오후 4:00', '16:00'],
      ['오전 12:00', '00:00'],
      ['오후 12:00', '12:00'],
    ]) {
      it(`stores “${typedText}” typed in Korean as ${stored}`, async () => {
        const picker = await pickerIn('ko');
        picker.value = [
          {timeZone: 'Asia/Seoul', days: {mon: [['09:00', '23:00']]}},
        ];
        await picker.updateComplete;

        await retype(picker, timeInput(picker, 'mon', 0, 'start'), typedText);

        const [schedule] = picker.value as [Extract<Schedule, {days: unknown}>];
        expect(schedule.days.mon![0][0]).to.equal(stored);
        expect(timeInput(picker, 'mon', 0, 'start').value).to.equal(typedText);
      });
    }
  });

  describe('5. time zones from the host', () => {
    for (const [alias, canonical] of [
      ['Asia/Calcutta', 'Asia/Kolkata'],
      ['Europe/Kiev', 'Europe/Kyiv'],
    ]) {
      it(`shows and stores ${alias} as ${canonical}`, async () => {
        const picker = await pickerInForm('en');

        picker.value = [{timeZone: alias, days: {mon: [['09:00', '18:00']]}}];
        await picker.updateComplete;

        expect(zoneInput(picker).value).to.equal(canonical);
        expect(picker.value[0].timeZone).to.equal(canonical);
        expect((formValue(picker) as Schedule[])[0].timeZone).to.equal(
          canonical
        );
        expect(picker.checkValidity()).to.equal(true);
      });
    }

    it('lets a person choose UTC, and UTC round-trips', async () => {
      const picker = await pickerInForm('en');
      await setDay(picker, 'mon', '09:00', '18:00');

      await retype(picker, zoneInput(picker), 'UTC', 'Enter');
      const stored = formValue(picker) as Schedule[];
      picker.value = stored;
      await picker.updateComplete;

      expect(stored[0].timeZone).to.equal('UTC');
      expect(zoneInput(picker).value).to.equal('UTC');
      expect(picker.value).to.deep.equal(stored);
      expect(summaryText(picker)).to.contain(`(${UTC_EN})`);
    });

    it('reports Mars/Olympus from the host as an error, without throwing', async () => {
      const picker = await pickerInForm('en');

      picker.value = [
        {timeZone: 'Mars/Olympus', days: {mon: [['09:00', '18:00']]}},
      ];
      await picker.updateComplete;
      const valid = picker.reportValidity();
      await picker.updateComplete;

      expect(valid).to.equal(false);
      expect(picker.validity.badInput).to.equal(true);
      expect(picker.validity.customError).to.equal(false);
      expect(zoneInput(picker).value).to.equal('Mars/Olympus');
      expect(zoneInput(picker).getAttribute('aria-invalid')).to.equal('true');
      expect(errorsIn(scheduleBox(picker))).to.equal(
        '“Mars/Olympus” is not a time zone. Choose one from the list.'
      );
    });

    it('reports Mars/Olympus typed by a person as an error', async () => {
      const picker = await pickerIn('en');
      await setDay(picker, 'mon', '09:00', '18:00');

      await retype(picker, zoneInput(picker), 'Mars/Olympus');

      expect(picker.value[0].timeZone).to.equal('Mars/Olympus');
      expect(picker.checkValidity()).to.equal(false);
      expect(errorsIn(scheduleBox(picker))).to.contain('Mars/Olympus');
    });
  });

  describe('6. daylight-saving days', () => {
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

    afterEach(() => {
      globalThis.Date = RealDate;
    });

    // New York springs forward at 02:00 on 8 March 2026 (07:00 UTC) and
    // falls back at 02:00 on 1 November 2026 (06:00 UTC).
    for (const [day, instant, offset] of [
      ['spring-forward', '2026-03-08T07:30:00Z', 'UTC-04:00'],
      ['fall-back', '2026-11-01T06:30:00Z', 'UTC-05:00'],
    ]) {
      it(`keeps New York Sunday 02:00–03:30 on the ${day} day`, async () => {
        fixClock(instant);
        const picker = await pickerIn('en');
        await chooseZone(picker, 'America/New_York');

        await setDay(picker, 'sun', '02:00', '03:30');

        expect(picker.value).to.deep.equal([
          {timeZone: 'America/New_York', days: {sun: [['02:00', '03:30']]}},
        ]);
        expect(timeInput(picker, 'sun', 0, 'start').value).to.equal('2:00 AM');
        expect(timeInput(picker, 'sun', 0, 'end').value).to.equal('3:30 AM');
        expect(picker.checkValidity()).to.equal(true);
        expect(summaryText(picker)).to.equal(
          'Sun 2:00 AM–3:30 AM (Eastern Time)'
        );
        // Only the offset shown next to the zone follows the date.
        const details = scheduleBox(picker).querySelector('.zone-details')!;
        expect(details.textContent).to.contain(offset);
      });
    }
  });

  it('adds a range with its button, and an overlap on the same day shows', async () => {
    const picker = await pickerIn('ko');
    await chooseZone(picker, 'Asia/Seoul');
    await setDay(picker, 'mon', '09:00', '13:00');

    await addRange(picker, 'mon', '12:00', '18:00');
    await press('Tab');

    expect(errorsIn(rangeRow(picker, 'mon', 1))).to.equal(
      '월요일 두 번째: 월요일 첫 번째와 겹칩니다.'
    );
  });
});
