import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {SupportHoursPicker} from '../../src/index.js';
import {listTimeZones} from '../../src/hours/index.js';
import {KOREA_KO_NAMES} from '../hours/words.js';
import {isFirefox, skipInFirefox} from '../support/browser.js';
import {
  click,
  commitCompositionWithEnter,
  compose,
  deepActiveElement,
  press,
  selectAll,
  type,
} from '../support/person.js';
import {
  allErrors,
  liveRegion,
  pickerIn,
  retype,
  root,
  scheduleBox,
  setDay,
  zoneInput,
} from './helpers.js';

function listbox(picker: SupportHoursPicker): HTMLElement | null {
  return root(picker).querySelector('[role="listbox"]');
}

function options(picker: SupportHoursPicker): HTMLElement[] {
  return Array.from(root(picker).querySelectorAll('[role="option"]'));
}

/** The option the combobox points at with aria-activedescendant. */
function activeOption(picker: SupportHoursPicker): HTMLElement | null {
  const id = zoneInput(picker).getAttribute('aria-activedescendant');
  return id ? root(picker).getElementById(id) : null;
}

async function typeIntoZone(picker: SupportHoursPicker, text: string) {
  await click(zoneInput(picker));
  await selectAll();
  await type(text);
  await picker.updateComplete;
}

/**
 * Makes the browser report `timeZone` as its own ('' undoes it), or skips
 * the test where the browser cannot be told.
 */
async function overrideTimeZone(
  test: Mocha.Context | undefined,
  timeZone: string
): Promise<void> {
  const done = await executeServerCommand<boolean, {timeZone: string}>(
    'emulate:time-zone',
    {timeZone}
  );
  if (!done && test) {
    test.test!.title += ' (skipped: this browser cannot emulate a time zone)';
    test.skip();
  }
}

// Firefox's time zone override over WebDriver BiDi takes only canonical
// ids: it cannot be made to report an alias such as Asia/Calcutta.
const ALIAS_REASON = 'Firefox cannot be made to report an alias zone';

describe('support-hours-picker: the time zone combobox', () => {
  describe('its default', () => {
    afterEach(async () => {
      await overrideTimeZone(undefined, '');
    });

    for (const [reported, canonical] of [
      ['Asia/Seoul', 'Asia/Seoul'],
      ['Asia/Calcutta', 'Asia/Kolkata'],
      ['Europe/Kiev', 'Europe/Kyiv'],
    ]) {
      it(`is the browser's zone, ${canonical}, when it reports ${reported}`, async function () {
        if (reported !== canonical) skipInFirefox(this, ALIAS_REASON);
        await overrideTimeZone(this, reported);

        const picker = await pickerIn('en');

        expect(zoneInput(picker).value).to.equal(canonical);
        expect(
          scheduleBox(picker).querySelector('.zone-details')!.textContent
        ).to.match(/UTC[+-]\d\d:\d\d/);
      });
    }

    it('is highlighted when the list opens', async function () {
      // Chromium reports the alias; Firefox can report the canonical id only.
      await overrideTimeZone(
        this,
        isFirefox ? 'Asia/Kolkata' : 'Asia/Calcutta'
      );
      const picker = await pickerIn('en');
      await click(zoneInput(picker));

      await press('ArrowDown');
      await picker.updateComplete;

      const option = activeOption(picker)!;
      expect(option.getAttribute('aria-selected')).to.equal('true');
      expect(option.textContent).to.contain('Asia/Kolkata');
      expect(option.textContent).to.contain('India Standard Time');
      expect(option.textContent).to.contain('UTC+05:30');
    });
  });

  describe('search', () => {
    for (const [locale, typed, zone] of [
      ['en', 'new york', 'America/New_York'],
      ['en', 'Calcutta', 'Asia/Kolkata'],
      ['en', 'Korean Standard', 'Asia/Seoul'],
      ['en', '한국 표준시', 'Asia/Seoul'],
      ['ko', '서울', 'Asia/Seoul'],
      ['ko', '뉴욕', 'America/New_York'],
      ['ko', '한국 표준시', 'Asia/Seoul'],
      ['ko', 'Pacific Time', 'America/Los_Angeles'],
    ] as const) {
      it(`finds ${zone} by “${typed}” in ${locale}`, async () => {
        const picker = await pickerIn(locale);

        await typeIntoZone(picker, typed);

        const ids = options(picker).map(
          (option) => option.querySelector('.option-detail')!.textContent
        );
        expect(ids.slice(0, 5).join(' ')).to.contain(zone);
        expect(zoneInput(picker).getAttribute('aria-expanded')).to.equal(
          'true'
        );
      });
    }

    it('shows each zone with its Korean name and current offset in ko', async () => {
      const picker = await pickerIn('ko');

      await typeIntoZone(picker, '서울');

      const [first] = options(picker);
      expect(KOREA_KO_NAMES).to.include(
        first.querySelector('.option-name')!.textContent!.trim()
      );
      expect(first.textContent).to.contain('서울');
      expect(first.textContent).to.contain('UTC+09:00');
    });

    it('chooses the best match with Enter', async () => {
      const picker = await pickerIn('ko');
      await typeIntoZone(picker, '뉴욕');

      await press('Enter');
      await picker.updateComplete;

      expect(zoneInput(picker).value).to.equal('America/New_York');
      expect(listbox(picker)).to.equal(null);
      expect(zoneInput(picker).getAttribute('aria-expanded')).to.equal('false');
    });

    it('chooses a zone id typed in full with Tab', async () => {
      const picker = await pickerIn('en');
      await setDay(picker, 'mon', '09:00', '18:00');

      await retype(picker, zoneInput(picker), 'Europe/Kiev');

      expect(picker.value[0].timeZone).to.equal('Europe/Kyiv');
      expect(zoneInput(picker).value).to.equal('Europe/Kyiv');
    });

    it('offers the zones of an abbreviation first, and Tab takes the one it highlights', async () => {
      const picker = await pickerIn('en');
      await setDay(picker, 'mon', '09:00', '18:00');

      for (const [typed, zones] of [
        ['KST', ['Asia/Seoul']],
        ['IST', ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem']],
        ['pst', ['America/Los_Angeles']],
        ['JST', ['Asia/Tokyo']],
      ] as const) {
        await typeIntoZone(picker, typed);
        const shown = options(picker)
          .slice(0, zones.length)
          .map((option) => option.querySelector('.option-detail')!.textContent);
        zones.forEach((zone, index) =>
          expect(shown[index], typed).to.contain(zone)
        );
        const highlighted = activeOption(picker)!.textContent;
        await press('Tab');
        await picker.updateComplete;

        expect(picker.value[0].timeZone, typed).to.equal(zones[0]);
        expect(highlighted, typed).to.contain(zones[0]);
      }
    });

    it('offers the zones at a typed offset, such as UTC+9', async () => {
      const picker = await pickerIn('ko');
      await setDay(picker, 'mon', '09:00', '18:00');

      await typeIntoZone(picker, 'UTC+9');
      const [first] = options(picker);
      expect(first.textContent).to.contain('Asia/Seoul');
      expect(first.textContent).to.contain('UTC+09:00');
      await press('Enter');
      await picker.updateComplete;

      expect(picker.value[0].timeZone).to.equal('Asia/Seoul');
    });

    it('takes back “no match” once the text matches again', async () => {
      const picker = await pickerIn('en');
      await typeIntoZone(picker, 'UTC+');
      expect(liveRegion(picker)).to.equal('No time zone matches “UTC+”.');

      await type('0');
      await picker.updateComplete;

      expect(options(picker).length).to.be.above(0);
      expect(liveRegion(picker)).to.equal('');
    });

    it('replaces the zone shown when a person clicks into it and types', async () => {
      const picker = await pickerIn('en');
      picker.value = [{timeZone: 'UTC', aroundTheClock: true}];
      await picker.updateComplete;

      await click(zoneInput(picker));
      await type('KST');
      await press('Enter');
      await picker.updateComplete;

      expect(zoneInput(picker).value).to.equal('Asia/Seoul');
      expect(picker.value[0].timeZone).to.equal('Asia/Seoul');
    });

    it('says when nothing matches, and keeps what was typed for its error', async () => {
      const picker = await pickerIn('en');
      await setDay(picker, 'mon', '09:00', '18:00');
      await typeIntoZone(picker, 'Atlantis');

      const note = scheduleBox(picker).querySelector('.zone-unmatched');
      expect(note?.textContent).to.contain('No time zone matches “Atlantis”');
      expect(listbox(picker)).to.equal(null);
      await press('Tab');
      await picker.updateComplete;

      expect(picker.value[0].timeZone).to.equal('Atlantis');
      expect(allErrors(picker)).to.equal(
        '“Atlantis” is not a time zone. Choose one from the list.'
      );
    });

    it('does not take Enter from a Korean input method as a choice', async () => {
      const picker = await pickerIn('ko');
      await click(zoneInput(picker));
      await selectAll();
      const before = zoneInput(picker).value;

      await compose(['ㄷ', '도', '독', '도쿄']);
      await commitCompositionWithEnter('도쿄');
      await picker.updateComplete;

      expect(zoneInput(picker).value).to.equal('도쿄');
      expect(picker.value).to.deep.equal([]);
      expect(listbox(picker)).not.to.equal(null);
      await press('Enter');
      await picker.updateComplete;
      expect(zoneInput(picker).value).to.equal('Asia/Tokyo');
      expect(before).not.to.equal('Asia/Tokyo');
    });
  });

  describe('keyboard', () => {
    it('moves with the arrow keys and chooses with Enter', async () => {
      const picker = await pickerIn('en');
      picker.value = [{timeZone: 'Asia/Seoul', aroundTheClock: true}];
      await picker.updateComplete;
      await click(zoneInput(picker));
      await press('ArrowDown');
      await picker.updateComplete;
      const current = activeOption(picker)!;
      expect(current.textContent).to.contain('Asia/Seoul');

      await press('ArrowDown');
      await picker.updateComplete;
      const next = activeOption(picker)!;
      const chosen = next.querySelector('.option-detail')!.textContent!;
      await press('Enter');
      await picker.updateComplete;

      expect(next.id).not.to.equal(current.id);
      expect(chosen).to.contain(zoneInput(picker).value);
      expect(picker.value[0].timeZone).to.equal(zoneInput(picker).value);
      expect(zoneInput(picker).value).not.to.equal('Asia/Seoul');
      expect(deepActiveElement()).to.equal(zoneInput(picker));
    });

    it('closes the list with Escape, keeps the zone and the dialog open', async () => {
      const dialog = await pickerIn<HTMLDialogElement>(
        'en',
        html`<dialog>
          <support-hours-picker label="Hours"></support-hours-picker>
        </dialog>`
      );
      dialog.showModal();
      const picker = dialog.querySelector('support-hours-picker')!;
      await picker.updateComplete;
      const before = zoneInput(picker).value;
      await typeIntoZone(picker, 'Tok');

      await press('Escape');
      await picker.updateComplete;

      expect(dialog.open).to.equal(true);
      expect(listbox(picker)).to.equal(null);
      expect(zoneInput(picker).value).to.equal(before);
      dialog.close();
    });

    it('builds only the options near the view, not every zone', async () => {
      const picker = await pickerIn('en');
      const count = listTimeZones().length;
      await click(zoneInput(picker));

      await press('Alt+ArrowDown');
      await picker.updateComplete;

      expect(count).to.be.greaterThan(300);
      expect(options(picker).length).to.be.within(1, 40);
      expect(options(picker)[0].getAttribute('aria-setsize')).to.equal(
        String(count)
      );
    });

    it('still reaches the last zone by scrolling', async () => {
      const picker = await pickerIn('en');
      await click(zoneInput(picker));
      await press('Alt+ArrowDown');
      await picker.updateComplete;
      const box = listbox(picker)!;

      box.scrollTop = box.scrollHeight;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await picker.updateComplete;

      const last = options(picker).at(-1)!;
      const count = listTimeZones().length;
      expect(last.getAttribute('aria-posinset')).to.equal(String(count));
      expect(last.textContent).to.contain(listTimeZones().at(-1)!);
      const boxTop = box.getBoundingClientRect();
      const lastBox = last.getBoundingClientRect();
      expect(lastBox.bottom).to.be.closeTo(boxTop.bottom - 1, 3);
    });
  });

  describe('mouse', () => {
    it('opens the list with its button and chooses a zone by a click', async () => {
      const picker = await pickerIn('en');
      picker.value = [{timeZone: 'Asia/Seoul', aroundTheClock: true}];
      await picker.updateComplete;

      await click(scheduleBox(picker).querySelector('.zone-toggle')!);
      await picker.updateComplete;
      const shown = options(picker);
      const current = shown.findIndex((option) =>
        option.textContent!.includes('Asia/Seoul')
      );
      const option = shown[current + 1];
      const id = option.querySelector('.option-detail')!.textContent!;
      await click(option);
      await picker.updateComplete;

      expect(id).to.contain(zoneInput(picker).value);
      expect(picker.value[0].timeZone).to.equal(zoneInput(picker).value);
      expect(zoneInput(picker).value).not.to.equal('Asia/Seoul');
      expect(deepActiveElement()).to.equal(zoneInput(picker));
    });
  });
});
