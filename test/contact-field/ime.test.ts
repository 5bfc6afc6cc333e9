import {expect, html} from '@open-wc/testing';
import {setLocale} from '../../src/localization/locale.js';
import {engine} from '../support/browser.js';
import {
  click,
  commitComposition,
  commitCompositionWithEnter,
  compose,
  press,
  type,
} from '../support/person.js';
import {
  chipTexts,
  entries,
  errorText,
  recordSubmits,
  renderForm,
  settle,
} from './helpers.js';

/**
 * Types `ops@bareun.한국` (a Korean top-level domain) as a Korean IME does:
 * key by key, committing 한 when the next syllable begins, and leaves 국
 * composing. The platform has then seen the good address `ops@bareun.한`,
 * so only the IME guard stands between the committing Enter and a submit.
 */
async function typeHangukDomain(): Promise<void> {
  await type('ops@bareun.');
  await compose(['ㅎ', '하', '한']);
  await commitComposition('한');
  await compose(['ㄱ', '구', '국']);
}

/**
 * The Enter that commits a composition as WebKit sends it: after
 * `compositionend`, with `isComposing` false and only keyCode 229 to tell.
 */
function webKitCommitEnter(input: HTMLInputElement): void {
  const init = {
    key: 'Enter',
    code: 'Enter',
    keyCode: 229,
    which: 229,
    isComposing: false,
    bubbles: true,
    composed: true,
    cancelable: true,
  };
  input.dispatchEvent(new KeyboardEvent('keydown', init));
  input.dispatchEvent(new KeyboardEvent('keyup', {...init, keyCode: 13}));
}

describe('<contact-field> with a Korean input method', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  // Chromium composes for real; Firefox gets Gecko's events, synthetic (see
  // compose). Both send the committing Enter before compositionend.
  it(`${engine} order: the Enter that commits the last syllable does not submit; the next Enter submits once`, async () => {
    const {form, field, input} = await renderForm(html`
      <form>
        <contact-field name="pager" label="Pager alias"></contact-field>
        <button>Save</button>
      </form>
    `);
    const submits = recordSubmits(form);
    await click(input);
    await typeHangukDomain();

    await commitCompositionWithEnter('국');
    await settle(field);

    expect(submits, 'the committing Enter submits').to.have.length(0);
    expect(input.value).to.equal('ops@bareun.한국');
    expect(entries(form, 'pager')).to.deep.equal(['ops@bareun.xn--3e0b707e']);

    await press('Enter');
    await settle(field);

    expect(submits).to.have.length(1);
  });

  it('WebKit order: compositionend, then a keydown Enter with keyCode 229, does not submit; the next Enter submits once', async () => {
    const {form, field, input} = await renderForm(html`
      <form>
        <contact-field name="pager" label="Pager alias"></contact-field>
        <button>Save</button>
      </form>
    `);
    const submits = recordSubmits(form);
    await click(input);
    await typeHangukDomain();

    await commitComposition('국');
    webKitCommitEnter(input);
    await settle(field);

    expect(submits, 'the committing Enter submits').to.have.length(0);
    expect(input.value).to.equal('ops@bareun.한국');

    await press('Enter');
    await settle(field);

    expect(submits).to.have.length(1);
  });

  it('in a list, the committing Enter adds no chip; the next Enter does', async () => {
    const {field, input} = await renderForm(html`
      <form>
        <contact-field
          name="pager"
          kind="list"
          label="Pager aliases"
        ></contact-field>
      </form>
    `);
    await click(input);
    await typeHangukDomain();

    await commitCompositionWithEnter('국');
    await settle(field);

    expect(chipTexts(field)).to.deep.equal([]);
    expect(input.value).to.equal('ops@bareun.한국');

    await press('Enter');
    await settle(field);

    expect(chipTexts(field)).to.deep.equal(['ops@bareun.한국']);
    expect(field.value).to.equal('ops@bareun.xn--3e0b707e');
  });

  it('nothing writes the inner input while a syllable is composed: not a render, a locale switch or the host', async () => {
    const {field, input} = await renderForm(html`
      <form>
        <contact-field name="pager" label="Pager alias"></contact-field>
      </form>
    `);
    await click(input);
    await compose(['ㄷ', '다', '담']);
    const writes: string[] = [];
    const native = Object.getOwnPropertyDescriptor(
      HTMLInputElement.prototype,
      'value'
    )!;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => native.get!.call(input),
      set: (text: string) => {
        writes.push(text);
        native.set!.call(input, text);
      },
    });

    field.value = 'ops@bareun.example';
    await setLocale('ko');
    await settle(field);
    await compose(['담ㄷ', '담다', '담당']);

    expect(writes).to.deep.equal([]);

    await commitComposition('담당');
    delete (input as {value?: string}).value;
  });

  it('a shown message does not flicker while a syllable is composed, and one clear message follows the composition', async () => {
    const {form, field, input} = await renderForm(html`
      <form>
        <contact-field
          name="pager"
          label="Pager alias"
          required
        ></contact-field>
        <button>Save</button>
      </form>
    `);
    await click(form.querySelector('button')!);
    await settle(field);
    const before = errorText(field);
    const validity = field.validationMessage;
    const seen: string[] = [];
    const error = field.shadowRoot!.querySelector('[part="error"]')!;
    new MutationObserver(() => seen.push(errorText(field))).observe(error, {
      childList: true,
      characterData: true,
      subtree: true,
    });

    for (const step of ['ㄷ', '다', '담', '담ㄷ', '담다', '담당']) {
      await compose([step]);
      await settle(field);
      expect(errorText(field), `shown at ${step}`).to.equal(before);
      expect(field.validationMessage, `validity at ${step}`).to.equal(validity);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
    }
    expect(seen, 'changes while composing').to.deep.equal([]);

    await commitComposition('담당');
    await settle(field);

    expect(before).to.equal('Enter an email address.');
    expect(seen).to.deep.equal([
      '“담당” needs an @ between the name and the domain.',
    ]);
  });
});
