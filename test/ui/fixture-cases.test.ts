import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ContactInfoModal} from '../../src/index.js';
import {parseAddressList} from '../../src/record/address.js';
import type {ContactKey, ContactRecord} from '../../src/record/types.js';
import {setLocale} from '../../src/localization/locale.js';
import {loadCases} from '../support/fixtures.js';
import type {FixtureCase} from '../support/fixtures.js';
import {fieldOf, fillContactForm} from '../support/fill-contact-form.js';
import {click, until} from '../support/person.js';

const cases = await loadCases();

for (const mode of ['modal', 'page'] as const) {
  describe(`the contact form as a ${mode}, filled by a person, for every fixture case`, () => {
    for (const testCase of cases) {
      it(`${testCase.id}: ${testCase.title}`, async function () {
        this.timeout(90_000);
        const {setting} = testCase;
        await setLocale(setting.locale);
        const modal = await fixture<ContactInfoModal>(html`
          <contact-info-modal
            environment=${setting.environment}
            ?merchant-issues=${setting.merchantIssues}
            platform-name=${setting.platformName ?? 'Google'}
            .portalUsers=${setting.portalUsers}
            mode=${mode}
            ?open=${mode === 'modal'}
          ></contact-info-modal>
        `);
        const completed: ContactRecord[] = [];
        modal.addEventListener('record-complete', (event) =>
          completed.push(event.detail.record)
        );

        await fillContactForm(modal, testCase.typed);
        await click(modal.shadowRoot!.querySelector('[part="submit"]')!);

        if (testCase.expect.valid) {
          await until(() => completed.length > 0, 'record-complete');
          const {version, ...record} = completed[0];
          expect(version).to.equal(1);
          expect(record).to.deep.equal(testCase.expect.record);
          if (mode === 'modal') {
            expect(modal.open, 'the modal closes').to.equal(false);
          }
          return;
        }

        await until(
          () => Boolean(modal.shadowRoot!.querySelector('#summary')),
          'error summary'
        );
        expect(completed).to.have.length(0);
        expect(fieldsInError(modal)).to.have.members(testCase.expect.errors);
        for (const key of testCase.expect.errors) {
          const message = errorText(modal, key);
          expect(message, `${key} shows a message`).to.not.equal('');
          if (setting.locale === 'ko') {
            expect(message, `${key} speaks Korean`).to.match(/[가-힣]/);
          }
        }
        expectNothingLost(modal, testCase);
      });
    }
  });
}

const KEYS: ContactKey[] = [
  'alertContacts',
  'technicalEmergency',
  'technicalNonEmergency',
  'merchantIssues',
  'operationsPlatform',
  'operationsPublic',
  'operationalSupport',
];

function fieldsInError(modal: Element): ContactKey[] {
  return KEYS.filter((key) => errorText(modal, key) !== '');
}

/** The messages a field shows the person, as text. */
function errorText(modal: Element, key: ContactKey): string {
  const field = fieldOf(modal, key);
  if (!field) return '';

  return Array.from(field.shadowRoot!.querySelectorAll('[part="error"]'))
    .map((element) => element.textContent?.trim() ?? '')
    .join(' ')
    .trim();
}

/** Every address and every mistake typed is still in its field. */
function expectNothingLost(modal: Element, testCase: FixtureCase): void {
  for (const key of KEYS) {
    if (key === 'operationalSupport') continue;

    const typed = testCase.typed[key];
    const field = fieldOf(modal, key) as HTMLElement & {value: string};
    if (!typed.trim() || !field || field.matches(':disabled')) continue;

    const before = parseAddressList(typed);
    const after = parseAddressList(field.value);
    expect(after.addresses, `${key} keeps its addresses`).to.deep.equal(
      before.addresses
    );
    expect(
      after.problems.map((problem) => problem.input),
      `${key} keeps its mistakes`
    ).to.deep.equal(before.problems.map((problem) => problem.input));
  }
}
