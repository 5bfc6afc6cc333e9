import {expect} from '@open-wc/testing';
import type {SupportHoursPicker} from '../../src/index.js';
import type {Schedule} from '../../src/hours/types.js';
import {click, press, selectAll, type} from '../support/person.js';
import {
  allErrors,
  dayBox,
  pickerIn,
  retype,
  timeInput,
  zoneInput,
} from './helpers.js';

const FILLED: Schedule[] = [
  {
    timeZone: 'Asia/Seoul',
    days: {
      mon: [
        ['09:00', '12:00'],
        ['13:00', '18:00'],
      ],
      fri: [['22:00', '02:00']],
    },
  },
  {timeZone: 'America/New_York', aroundTheClock: true},
];

async function filled(locale: 'en' | 'ko'): Promise<SupportHoursPicker> {
  const picker = await pickerIn(locale);
  picker.value = FILLED;
  await picker.updateComplete;
  return picker;
}

for (const locale of ['en', 'ko'] as const) {
  describe(`support-hours-picker: accessibility in ${locale}`, () => {
    it('has no axe violations when empty', async () => {
      const picker = await pickerIn(locale);

      await expect(picker).to.be.accessible();
    });

    it('has no axe violations when filled', async () => {
      const picker = await filled(locale);

      await expect(picker).to.be.accessible();
    });

    it('has no axe violations in error', async () => {
      const picker = await filled(locale);
      picker.required = true;
      await retype(picker, timeInput(picker, 'mon', 1, 'start'), '11:00');
      await retype(picker, zoneInput(picker, 1), 'Mars/Olympus');
      picker.reportValidity();
      await picker.updateComplete;

      expect(allErrors(picker)).to.not.equal('');
      await expect(picker).to.be.accessible();
    });

    it('has no axe violations when required and empty, after submit', async () => {
      const picker = await pickerIn(locale);
      picker.required = true;
      await picker.updateComplete;

      picker.reportValidity();
      await picker.updateComplete;

      expect(allErrors(picker)).to.not.equal('');
      await expect(picker).to.be.accessible();
    });

    it('has no axe violations with the zone list open', async () => {
      const picker = await pickerIn(locale);
      await click(zoneInput(picker));
      await selectAll();

      await type('a');
      await picker.updateComplete;

      expect(picker.shadowRoot!.querySelector('[role="listbox"]')).not.to.equal(
        null
      );
      await expect(picker).to.be.accessible();
    });

    it('has no axe violations with a time list and the copy panel open', async () => {
      const picker = await filled(locale);
      await click(dayBox(picker, 'mon').querySelector('.copy-day')!);
      await picker.updateComplete;
      await click(timeInput(picker, 'fri', 0, 'start'));

      await press('ArrowDown');
      await picker.updateComplete;

      expect(picker.shadowRoot!.querySelector('[role="listbox"]')).not.to.equal(
        null
      );
      expect(picker.shadowRoot!.querySelector('.copy-panel')).not.to.equal(
        null
      );
      await expect(picker).to.be.accessible();
    });
  });
}
