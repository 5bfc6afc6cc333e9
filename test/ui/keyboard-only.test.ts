import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ContactInfoModal} from '../../src/index.js';
import type {ContactRecord} from '../../src/record/types.js';
import {setLocale} from '../../src/localization/locale.js';
import {loadCases} from '../support/fixtures.js';
import {fieldOf} from '../support/fill-contact-form.js';
import {
  deepActiveElement,
  innerInput,
  press,
  selectAll,
  type,
  until,
} from '../support/person.js';

/** Presses Tab until `target` has focus, as a person would. */
async function tabTo(target: Element, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (deepActiveElement() === target) return;

    await press('Tab');
  }
  throw new Error(`Tab never reached <${target.localName}>`);
}

describe('the whole modal, by keyboard only', () => {
  after(() => setLocale('en'));

  it('completes ko-production without a mouse', async function () {
    this.timeout(90_000);
    const [testCase] = (await loadCases()).filter(
      (item) => item.id === 'ko-production'
    );
    if (!testCase.expect.valid) throw new Error('ko-production is valid');
    await setLocale('ko');
    const modal = await fixture<ContactInfoModal>(html`
      <contact-info-modal
        .portalUsers=${testCase.setting.portalUsers}
      ></contact-info-modal>
    `);
    const completed: ContactRecord[] = [];
    modal.addEventListener('record-complete', (event) =>
      completed.push(event.detail.record)
    );
    modal.show();
    await modal.updateComplete;

    // Focus starts in the first field: choose two portal users from the
    // list by name.
    expect(deepActiveElement()).to.equal(
      innerInput(fieldOf(modal, 'alertContacts')!)
    );
    for (const name of ['민준', '서연']) {
      await type(name);
      await press('ArrowDown');
      await press('Enter');
    }

    for (const key of [
      'technicalEmergency',
      'technicalNonEmergency',
      'operationsPlatform',
      'operationsPublic',
    ] as const) {
      await tabTo(innerInput(fieldOf(modal, key)!));
      await type(testCase.typed[key]);
    }

    const picker = fieldOf(modal, 'operationalSupport')!;
    const root = picker.shadowRoot!;
    await tabTo(root.querySelector('input.zone')!);
    await selectAll();
    await type('Asia/Seoul');
    await press('Tab');
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']) {
      await tabTo(root.querySelector(`input[name="day"][value="${day}"]`)!);
      await press('Space');
      await (picker as HTMLElement & {updateComplete: Promise<unknown>})
        .updateComplete;
    }
    const saturday = root
      .querySelector('input[name="day"][value="sat"]')!
      .closest('.day')!;
    await tabTo(saturday.querySelector('input.end')!);
    await selectAll();
    await type('13:00');
    await press('Tab');

    await tabTo(modal.shadowRoot!.querySelector('[part="submit"]')!);
    await press('Enter');
    await until(() => completed.length > 0, 'record-complete');

    const {version, ...record} = completed[0];
    expect(version).to.equal(1);
    expect(record).to.deep.equal(testCase.expect.record);
  });
});
