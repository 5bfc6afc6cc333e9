import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {SupportHoursPicker} from '../../src/index.js';
import {defaultTimeZone} from '../../src/hours/index.js';
import {allErrors, zoneInput} from './helpers.js';

// Warnings are issued once per page and code, so this file holds the only
// tests that give the picker a value it cannot read.
describe('support-hours-picker: a value attribute it cannot read', () => {
  const warn = console.warn;
  let warnings: unknown[][];

  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
  });

  afterEach(() => {
    console.warn = warn;
  });

  it('starts empty and warns once, however often it is given', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <support-hours-picker name="a" value="[{oops"></support-hours-picker>
        <support-hours-picker name="b" value="{not json"></support-hours-picker>
      </form>
    `);
    const [first, second] = form.querySelectorAll('support-hours-picker');
    await first.updateComplete;
    await second.updateComplete;

    let thrown: unknown;
    try {
      first.setAttribute('value', '[[');
      await first.updateComplete;
    } catch (error) {
      thrown = error;
    }

    expect(thrown).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('value-attribute-json');
    for (const picker of [first, second] as SupportHoursPicker[]) {
      expect(picker.value).to.deep.equal([]);
      expect(zoneInput(picker).value).to.equal(defaultTimeZone());
      expect(allErrors(picker)).to.equal('');
    }
    expect(new FormData(form).has('a')).to.equal(false);
  });

  it('treats JSON of another shape the same way, with its own warning', async () => {
    const picker = await fixture<SupportHoursPicker>(html`
      <support-hours-picker
        value='{"timeZone": "Asia/Seoul"}'
      ></support-hours-picker>
    `);
    let thrown: unknown;
    try {
      picker.setAttribute('value', '[{"timeZone": 9}]');
      await picker.updateComplete;
    } catch (error) {
      thrown = error;
    }

    expect(thrown).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('value-attribute-shape');
    expect(picker.value).to.deep.equal([]);
  });

  it('resets to an empty picker when the default cannot be read', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <support-hours-picker name="hours" value="nope"></support-hours-picker>
      </form>
    `);
    const picker = form.querySelector('support-hours-picker')!;
    picker.value = [{timeZone: 'UTC', aroundTheClock: true}];

    form.reset();
    await picker.updateComplete;

    expect(picker.value).to.deep.equal([]);
  });
});
