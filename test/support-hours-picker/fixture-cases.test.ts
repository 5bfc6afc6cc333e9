import {expect, html} from '@open-wc/testing';
import type {SupportHoursPicker} from '../../src/index.js';
import {normaliseSchedules} from '../../src/hours/index.js';
import {loadCases} from '../support/fixtures.js';
import type {FixtureCase} from '../support/fixtures.js';
import {fillHours} from '../support/fill-contact-form.js';
import {allErrors, pickerIn} from './helpers.js';

const cases = await loadCases();

/** One case per distinct set of typed hours and locale. */
function distinctHours(all: FixtureCase[]): FixtureCase[] {
  const seen = new Set<string>();
  return all.filter((testCase) => {
    const key = JSON.stringify([
      testCase.setting.locale,
      testCase.typed.operationalSupport,
    ]);
    if (seen.has(key)) return false;

    seen.add(key);
    return true;
  });
}

describe('support-hours-picker: the fixture cases, typed by a person', () => {
  for (const testCase of distinctHours(cases)) {
    it(`${testCase.id}: ${testCase.title}`, async function () {
      this.timeout(60_000);
      const form = await pickerIn<HTMLFormElement>(
        testCase.setting.locale,
        html`<form>
          <support-hours-picker
            name="operationalSupport"
            required
          ></support-hours-picker>
        </form>`
      );
      const picker = form.querySelector<SupportHoursPicker>(
        'support-hours-picker'
      )!;
      await picker.updateComplete;

      await fillHours(picker, testCase.typed.operationalSupport);
      const valid = form.reportValidity();
      await picker.updateComplete;

      const expected = testCase.expect;
      if (expected.valid || !expected.errors.includes('operationalSupport')) {
        const record = expected.valid
          ? expected.record.operationalSupport
          : normaliseSchedules(testCase.typed.operationalSupport);
        expect(valid, allErrors(picker)).to.equal(true);
        expect(picker.value).to.deep.equal(record);
        expect(
          JSON.parse(String(new FormData(form).get('operationalSupport')))
        ).to.deep.equal(record);
        return;
      }

      expect(valid).to.equal(false);
      const shown = allErrors(picker);
      expect(shown).to.not.equal('');
      if (testCase.setting.locale === 'ko') expect(shown).to.match(/[가-힣]/);
    });
  }
});
