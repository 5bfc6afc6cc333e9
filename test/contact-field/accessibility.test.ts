import {expect, fixture, html} from '@open-wc/testing';
import {setLocale} from '../../src/localization/locale.js';
import type {PortalUser} from '../../src/record/types.js';
import {
  countAccessibleNodes,
  startAccessibilityTree,
} from '../support/accessibility-tree.js';
import {isFirefox} from '../support/browser.js';
import {
  click,
  deepActiveElement,
  innerInput,
  press,
  type,
} from '../support/person.js';
import {
  accessibleNode,
  errorText,
  renderField,
  renderForm,
  settle,
} from './helpers.js';

/**
 * How many textboxes named `name` the field's shadow root holds, as
 * Firefox tells it over WebDriver BiDi: by role and name only, with no
 * descriptions, which these tests read in Chromium.
 */
function textboxesNamed(field: Element, name: string): Promise<number> {
  return countAccessibleNodes(field.shadowRoot!, 'textbox', name);
}

const USERS: PortalUser[] = [
  {name: 'Kim Cheolsu', email: 'kim@bareun.example'},
  {name: '홍길동', email: 'hong@bareun.example'},
];

describe('<contact-field> for assistive technology', () => {
  before(startAccessibilityTree);

  afterEach(async () => {
    await setLocale('en');
  });

  it('a page <label for> puts the caret in the inner input and names it', async () => {
    const {field, input} = await renderForm(html`
      <form>
        <label for="pager">호출기 별칭</label>
        <contact-field id="pager" name="pager"></contact-field>
      </form>
    `);

    await click(document.querySelector('label[for="pager"]')!);
    await settle(field);

    expect(deepActiveElement()?.id, 'focus').to.equal('input');
    expect(field.shadowRoot!.activeElement?.id).to.equal(input.id);
    expect(input.selectionStart).to.equal(0);
    if (isFirefox) {
      expect(await textboxesNamed(field, '호출기 별칭')).to.equal(1);
    } else {
      const textbox = await accessibleNode('textbox', '호출기 별칭');
      expect(textbox, 'a textbox named 호출기 별칭').to.not.equal(undefined);
    }

    await type('ops@bareun.example');

    expect(input.value).to.equal('ops@bareun.example');
  });

  it('the label attribute names the input; help and error describe it', async () => {
    const {field, input} = await renderForm(html`
      <form>
        <contact-field
          name="pager"
          label="Pager alias"
          help="A paging alias reaches whoever is on call."
          required
        ></contact-field>
        <button>Save</button>
      </form>
    `);
    await click(input);
    await type('ops@');
    await press('Tab');
    await settle(field);

    const root = field.shadowRoot!;
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    expect(
      ids.map((id) => root.getElementById(id)?.textContent?.trim())
    ).to.deep.equal([
      'A paging alias reaches whoever is on call.',
      '“ops@” needs a domain after the @.',
    ]);
    if (isFirefox) {
      expect(await textboxesNamed(field, 'Pager alias')).to.equal(1);
    } else {
      const textbox = await accessibleNode('textbox', 'Pager alias');
      expect(textbox?.description).to.equal(
        'A paging alias reaches whoever is on call. “ops@” needs a domain after the @.'
      );
    }
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-required')).to.equal('true');
    expect(errorText(field)).to.equal('“ops@” needs a domain after the @.');
  });

  it('the label and help slots name and describe the input', async () => {
    const field = await renderField(html`
      <contact-field>
        <span slot="label">Pager <b>alias</b></span>
        <span slot="help">Reaches whoever is on call.</span>
      </contact-field>
    `);

    if (isFirefox) {
      expect(await textboxesNamed(field, 'Pager alias')).to.equal(1);
      return;
    }

    const textbox = await accessibleNode('textbox', 'Pager alias');

    expect(textbox?.description).to.equal('Reaches whoever is on call.');
  });

  it('forwards autocomplete to the inner input', async () => {
    const field = await renderField(html`
      <contact-field label="Pager alias" autocomplete="work email">
      </contact-field>
    `);

    expect(innerInput(field).getAttribute('autocomplete')).to.equal(
      'work email'
    );
  });

  it('exposes valid, invalid, user-invalid and empty as custom states a page can style', async () => {
    const {form, field, input} = await renderForm(html`
      <form>
        <style>
          contact-field:state(user-invalid) {
            outline: 3px solid rgb(200, 0, 0);
          }
        </style>
        <contact-field name="pager" label="Pager alias" required>
        </contact-field>
        <button>Save</button>
      </form>
    `);
    const states = () =>
      ['valid', 'invalid', 'user-invalid', 'empty'].filter((state) =>
        field.matches(`:state(${state})`)
      );
    expect(states()).to.deep.equal(['invalid', 'empty']);

    await click(form.querySelector('button')!);
    await settle(field);

    expect(states()).to.deep.equal(['invalid', 'user-invalid', 'empty']);
    expect(getComputedStyle(field).outlineColor).to.equal('rgb(200, 0, 0)');

    await click(input);
    await type('ops@bareun.example');
    await settle(field);

    expect(states()).to.deep.equal(['valid']);
  });

  it('takes ::part() styles and its CSS custom properties', async () => {
    const {field} = await renderForm(html`
      <form>
        <style>
          .themed {
            --contact-field-border: rgb(1, 2, 3);
            --contact-field-chip-background: rgb(4, 5, 6);
          }
          .themed::part(input) {
            letter-spacing: 3px;
          }
        </style>
        <contact-field
          class="themed"
          kind="list"
          label="Pager aliases"
          value="ops@bareun.example"
        ></contact-field>
      </form>
    `);
    const root = field.shadowRoot!;

    expect(
      getComputedStyle(root.querySelector('[part="control"]')!).borderTopColor
    ).to.equal('rgb(1, 2, 3)');
    expect(
      getComputedStyle(root.querySelector('[part="chip"]')!).backgroundColor
    ).to.equal('rgb(4, 5, 6)');
    expect(
      getComputedStyle(root.querySelector('[part="input"]')!).letterSpacing
    ).to.equal('3px');
  });

  describe('axe finds no violations', () => {
    for (const locale of ['en', 'ko']) {
      it(`in ${locale}: empty, filled, in error and with the user list open`, async () => {
        await setLocale(locale);
        const form = await fixture<HTMLFormElement>(html`
          <form>
            <contact-field
              id="empty"
              name="empty"
              label="Pager alias"
              help="A paging alias is recommended."
              required
            ></contact-field>
            <contact-field
              id="filled"
              name="filled"
              kind="list"
              label="Technical contacts"
              value="ops@bareun.example, oncall@bücher.example"
            ></contact-field>
            <contact-field
              id="error"
              name="error"
              label="Operations contact"
              value="ops@bareun..example"
              required
            ></contact-field>
            <contact-field
              id="users"
              name="users"
              kind="users"
              label="Alert contacts"
              .users=${USERS}
            ></contact-field>
          </form>
        `);
        const field = (id: string) =>
          form.querySelector<HTMLElement & {updateComplete: Promise<unknown>}>(
            `#${id}`
          )!;
        await field('users').updateComplete;

        await expect(field('empty')).to.be.accessible();
        await expect(field('filled')).to.be.accessible();

        form.reportValidity();
        await field('error').updateComplete;
        expect(errorText(field('error') as never)).to.not.equal('');
        await expect(field('error')).to.be.accessible();
        await expect(field('empty')).to.be.accessible();

        await click(innerInput(field('users')));
        await type('bareun');
        await field('users').updateComplete;
        expect(
          field('users').shadowRoot!.querySelectorAll('[role="option"]')
        ).to.have.length(2);
        await expect(field('users')).to.be.accessible();
      });
    }
  });
});
