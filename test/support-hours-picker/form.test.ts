import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {SupportHoursPicker} from '../../src/index.js';
import type {Schedule} from '../../src/hours/types.js';
import {setLocale} from '../../src/localization/locale.js';
import {runFormControlContract} from '../support/form-control-contract.js';
import {click, deepActiveElement} from '../support/person.js';
import {
  allErrors,
  chooseZone,
  dayToggle,
  retype,
  setDay,
  timeInput,
  zoneInput,
} from './helpers.js';

const module = new URL('../../src/index.ts', import.meta.url).href;

const WEEKDAY_HOURS: Schedule[] = [
  {timeZone: 'Asia/Seoul', days: {mon: [['09:00', '18:00']]}},
];

const TYPED_HOURS: Schedule[] = [
  {timeZone: 'Asia/Seoul', days: {mon: [['09:00', '17:00']]}},
];

await setLocale('en');

runFormControlContract<SupportHoursPicker>({
  tag: 'support-hours-picker',
  module,
  defaultAttributes: {value: JSON.stringify(WEEKDAY_HOURS)},
  defaultEntries: [JSON.stringify(WEEKDAY_HOURS)],
  async makeValid(picker) {
    await chooseZone(picker, 'Asia/Seoul');
    if (!dayToggle(picker, 'mon').checked) {
      await click(dayToggle(picker, 'mon'));
      await picker.updateComplete;
    }
    await retype(picker, timeInput(picker, 'mon', 0, 'end'), '17:00');
  },
  validEntries: [JSON.stringify(TYPED_HOURS)],
  async makeInvalid(picker) {
    await setDay(picker, 'mon', '09:00', '09:00');
    await click(picker.form!.querySelector('input[name="after"]')!);
  },
});

describe('<support-hours-picker> value', () => {
  it('takes its default from the value attribute, aliases canonicalised', async () => {
    const json = JSON.stringify([
      {timeZone: 'Asia/Calcutta', days: {tue: [['10:00', '12:00']]}},
    ]);

    const picker = await fixture<SupportHoursPicker>(
      html`<support-hours-picker value=${json}></support-hours-picker>`
    );

    expect(picker.value).to.deep.equal([
      {timeZone: 'Asia/Kolkata', days: {tue: [['10:00', '12:00']]}},
    ]);
    expect(zoneInput(picker).value).to.equal('Asia/Kolkata');
  });

  it('fires input and change once for a change by a person', async () => {
    const picker = await fixture<SupportHoursPicker>(
      html`<support-hours-picker
        value=${JSON.stringify(WEEKDAY_HOURS)}
      ></support-hours-picker>`
    );
    const events: string[] = [];
    for (const type of ['input', 'change']) {
      picker.addEventListener(type, () => events.push(type));
    }

    await retype(picker, timeInput(picker, 'mon', 0, 'end'), '17:00');

    expect(events).to.deep.equal(['input', 'change']);
  });

  it('fires nothing when the host sets the value', async () => {
    const picker = await fixture<SupportHoursPicker>(
      html`<support-hours-picker></support-hours-picker>`
    );
    const events: string[] = [];
    for (const type of ['input', 'change']) {
      picker.addEventListener(type, () => events.push(type));
    }

    picker.value = WEEKDAY_HOURS;
    await picker.updateComplete;

    expect(events).to.deep.equal([]);
    expect(picker.value).to.deep.equal(WEEKDAY_HOURS);
  });

  it('keeps what is being edited when the host sets the same value back', async () => {
    const picker = await fixture<SupportHoursPicker>(
      html`<support-hours-picker
        value=${JSON.stringify(WEEKDAY_HOURS)}
      ></support-hours-picker>`
    );
    picker.addEventListener('input', () => {
      // A host that stores every change and passes it down again.
      picker.value = JSON.parse(JSON.stringify(picker.value));
    });
    const around =
      picker.shadowRoot!.querySelector<HTMLInputElement>('.around input')!;

    await click(around);
    await picker.updateComplete;
    await click(around);
    await picker.updateComplete;

    expect(picker.value).to.deep.equal(WEEKDAY_HOURS);
  });

  it('is an empty list with no hours, and no entry in the form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <support-hours-picker name="hours"></support-hours-picker>
      </form>`
    );
    const picker = form.querySelector('support-hours-picker')!;
    await picker.updateComplete;

    expect(picker.value).to.deep.equal([]);
    expect(new FormData(form).has('hours')).to.equal(false);
    expect(picker.checkValidity()).to.equal(true);
  });

  it('restores a saved form state', async () => {
    const picker = await fixture<SupportHoursPicker>(
      html`<support-hours-picker></support-hours-picker>`
    );

    picker.formStateRestoreCallback(JSON.stringify(TYPED_HOURS), 'restore');
    await picker.updateComplete;

    expect(picker.value).to.deep.equal(TYPED_HOURS);
    expect(timeInput(picker, 'mon', 0, 'end').value).to.equal('5:00 PM');
  });

  it('names the range in its validation message', async () => {
    const picker = await fixture<SupportHoursPicker>(
      html`<support-hours-picker></support-hours-picker>`
    );

    await setDay(picker, 'wed', '10:00', '10:00');

    expect(picker.validity.patternMismatch).to.equal(true);
    expect(picker.validationMessage).to.equal(
      'Wednesday first range starts and ends at the same time.'
    );
  });

  it('sends the focus to the range that needs the person', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <support-hours-picker name="hours"></support-hours-picker>
        <button>Save</button>
      </form>`
    );
    const picker = form.querySelector('support-hours-picker')!;
    picker.value = [
      {
        timeZone: 'Asia/Seoul',
        days: {mon: [['09:00', '18:00']], wed: [['09:00', '12:00']]},
      },
    ];
    await picker.updateComplete;
    await retype(picker, timeInput(picker, 'wed', 0, 'end'), '09:00');
    await click(form.querySelector('button')!);

    const viaForm = deepActiveElement();
    form.querySelector('button')!.focus();
    picker.focus();

    expect(viaForm).to.equal(timeInput(picker, 'wed', 0, 'start'));
    expect(deepActiveElement()).to.equal(timeInput(picker, 'wed', 0, 'start'));
  });

  it('says what is wrong in Korean once the locale is Korean', async () => {
    const picker = await fixture<SupportHoursPicker>(
      html`<support-hours-picker></support-hours-picker>`
    );
    await setDay(picker, 'wed', '10:00', '10:00');

    await setLocale('ko');
    await picker.updateComplete;
    const message = picker.validationMessage;
    const shown = allErrors(picker);
    await setLocale('en');

    expect(message).to.equal(
      '수요일 첫 번째: 시작 시간과 종료 시간이 같습니다.'
    );
    expect(shown).to.equal(message);
  });
});
