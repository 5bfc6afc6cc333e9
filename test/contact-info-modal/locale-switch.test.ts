import {expect} from '@open-wc/testing';
import type {ContactInfoModal} from '../../src/index.js';
import {click, innerInput, type} from '../support/person.js';

// The element is in the page before the library is loaded, as in a
// server-rendered host page.
document.body.insertAdjacentHTML(
  'beforeend',
  `<contact-info-modal mode="page">
     <span slot="label-technicalEmergency">Pager alias (from the host)</span>
   </contact-info-modal>`
);
const modal = document.querySelector('contact-info-modal') as ContactInfoModal;
const {setLocale} = await import('../../src/localization/locale.js');
await import('../../src/index.js');

/** The texts a person reads, in document order, outside input values. */
function visibleTexts(): string[] {
  const root = modal.shadowRoot!;
  const texts = [
    ...root.querySelectorAll('h2, .intro, [role="tab"], [part="submit"]'),
  ].map((element) => element.textContent!.trim());
  for (const field of root.querySelectorAll('[id^="field-"]')) {
    const label = field.querySelector<HTMLSlotElement>('slot[slot="label"]')!;
    const shown = label.assignedNodes({flatten: true});
    texts.push(
      (shown.length ? shown : [...label.childNodes])
        .map((node) => node.textContent)
        .join('')
        .trim()
    );
    texts.push(
      field.shadowRoot!.querySelector('#help, .help')!.textContent!.trim()
    );
  }
  return texts;
}

async function switchTo(locale: 'en' | 'ko') {
  await setLocale(locale);
  await modal.updateComplete;
  for (const field of modal.shadowRoot!.querySelectorAll(
    'contact-field, support-hours-picker'
  )) {
    await (field as HTMLElement & {updateComplete: Promise<unknown>})
      .updateComplete;
  }
}

describe('<contact-info-modal> when the locale changes', () => {
  // Unsaved changes on an update page hold up leaving the page.
  after(() => modal.remove());

  it('follows en → ko → en everywhere, keeps input and the host’s label', async function () {
    this.timeout(20_000);
    await modal.updateComplete;
    const field = modal.shadowRoot!.querySelector('#field-operationsPublic')!;
    await click(innerInput(field));
    await type('help@bareun.example');
    const english = visibleTexts();

    await switchTo('ko');
    const korean = visibleTexts();
    await switchTo('en');
    const englishAgain = visibleTexts();

    const hostLabel = 'Pager alias (from the host)';
    const changed = english.filter((text, index) => text !== korean[index]);
    expect(english).to.include(hostLabel);
    expect(korean).to.include(hostLabel);
    // Everything but the host's own label is said again in Korean.
    expect(changed).to.have.length(english.length - 1);
    for (const text of korean.filter((text) => text !== hostLabel)) {
      expect(text, 'in Korean').to.match(/[가-힣]/);
    }
    expect(englishAgain).to.deep.equal(english);
    expect(innerInput(field).value).to.equal('help@bareun.example');
  });
});
