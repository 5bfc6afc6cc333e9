import {expect, html} from '@open-wc/testing';
import type {PortalUser} from '../../src/record/types.js';
import {
  click,
  commitCompositionWithEnter,
  compose,
  press,
  type,
} from '../support/person.js';
import {
  announcement,
  chipTexts,
  entries,
  errorText,
  renderForm,
  settle,
} from './helpers.js';

const USERS: PortalUser[] = [
  {name: 'Kim Cheolsu', email: 'kim@bareun.example'},
  {name: '홍길동', email: 'hong@bareun.example'},
  {name: 'Lee Younghee', email: 'younghee.lee@bareun.example'},
  {name: 'Park Jimin', email: 'park@bücher.example'},
];

function usersForm() {
  return renderForm(html`
    <form>
      <contact-field
        name="alerts"
        kind="users"
        label="Alert contacts"
        autocomplete="off"
        .users=${USERS}
      ></contact-field>
      <button>Save</button>
    </form>
  `);
}

function listbox(field: Element): HTMLElement {
  return field.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
}

/** The options shown, by name. */
function optionNames(field: Element): string[] {
  const list = listbox(field);
  if (list.hidden) return [];

  return Array.from(
    list.querySelectorAll('[role="option"] .name'),
    (name) => name.textContent ?? ''
  );
}

describe('<contact-field kind="users">', () => {
  it('is a combobox whose list opens on typing and finds users by name', async () => {
    const {field, input} = await usersForm();
    await click(input);
    expect(input.getAttribute('aria-expanded')).to.equal('false');

    await type('kim');
    await settle(field);

    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-controls')).to.equal('listbox');
    expect(optionNames(field)).to.deep.equal(['Kim Cheolsu']);
    expect(announcement(field)).to.equal('1 portal user matches.');
  });

  it('finds users by address, also by the Unicode form of a domain', async () => {
    const {field, input} = await usersForm();
    await click(input);

    await type('bücher');
    await settle(field);

    expect(optionNames(field)).to.deep.equal(['Park Jimin']);

    await press('Control+a');
    await type('@bareun');
    await settle(field);

    expect(optionNames(field)).to.deep.equal([
      'Kim Cheolsu',
      '홍길동',
      'Lee Younghee',
    ]);
    expect(announcement(field)).to.equal('3 portal users match.');
  });

  it('ArrowDown marks an option and Enter chooses it, without submitting', async () => {
    const {form, field, input} = await usersForm();
    const submits: Event[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits.push(event);
    });
    await click(input);
    await type('lee');

    await press('ArrowDown');
    await settle(field);

    expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
    const option = field.shadowRoot!.querySelector('#option-0')!;
    expect(option.getAttribute('aria-selected')).to.equal('true');

    await press('Enter');
    await settle(field);

    expect(submits).to.have.length(0);
    expect(chipTexts(field)).to.deep.equal([
      'Lee Younghee (younghee.lee@bareun.example)',
    ]);
    expect(entries(form, 'alerts')).to.deep.equal([
      'younghee.lee@bareun.example',
    ]);
    expect(input.value).to.equal('');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
  });

  it('Enter chooses the one user that typing leaves, and nobody among several', async () => {
    const {form, field, input} = await usersForm();
    form.addEventListener('submit', (event) => event.preventDefault());
    await click(input);
    await type('e');
    await settle(field);
    expect(optionNames(field).length).to.be.above(1);

    const several = optionNames(field).length;
    await press('Enter');
    await settle(field);
    expect(chipTexts(field)).to.deep.equal([]);
    expect(errorText(field)).to.equal('');
    expect(input.value).to.equal('e');
    expect(announcement(field)).to.equal(
      `${several} portal users match. Choose one with the arrow keys and Enter.`
    );

    await type('e');
    await settle(field);
    expect(optionNames(field)).to.deep.equal(['Lee Younghee']);
    await press('Enter');
    await settle(field);

    expect(entries(form, 'alerts')).to.deep.equal([
      'younghee.lee@bareun.example',
    ]);
    expect(input.value).to.equal('');
  });

  it('asks to choose a portal user when it is required and empty', async () => {
    const {form, field} = await usersForm();
    form.addEventListener('submit', (event) => event.preventDefault());
    field.required = true;
    await settle(field);

    await click(form.querySelector('button')!);
    await settle(field);

    expect(errorText(field)).to.equal('Choose at least one portal user.');
  });

  it('a click on an option chooses it', async () => {
    const {form, field, input} = await usersForm();
    await click(input);
    await type('park');
    await settle(field);

    await click(field.shadowRoot!.querySelector('[role="option"]')!);
    await settle(field);

    expect(entries(form, 'alerts')).to.deep.equal([
      'park@xn--bcher-kva.example',
    ]);
  });

  it('matches a typed address to its user regardless of case', async () => {
    const {form, field, input} = await usersForm();
    await click(input);

    await type('KIM@Bareun.Example');
    await press('Escape');
    await press('Enter');
    await settle(field);

    expect(entries(form, 'alerts')).to.deep.equal(['kim@bareun.example']);
    expect(chipTexts(field)).to.deep.equal([
      'Kim Cheolsu (kim@bareun.example)',
    ]);
    expect(errorText(field)).to.equal('');
  });

  it('refuses an address that is no portal user, keeping it with a message', async () => {
    const {form, field, input} = await usersForm();
    await click(input);

    await type('choi@bareun.example');
    await press('Enter');
    await settle(field);

    expect(entries(form, 'alerts')).to.deep.equal([]);
    expect(input.value).to.equal('choi@bareun.example');
    expect(field.validity.valid).to.equal(false);
    expect(errorText(field)).to.equal(
      '“choi@bareun.example” is not a user of this portal. Choose someone from the list.'
    );
  });

  it('Escape closes the list and keeps the text', async () => {
    const {field, input} = await usersForm();
    await click(input);
    await type('kim');

    await press('Escape');
    await settle(field);

    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(listbox(field).hidden).to.equal(true);
    expect(input.value).to.equal('kim');
  });

  it('searches a Korean name while it is composed, and the committing Enter chooses nobody', async () => {
    const {form, field, input} = await usersForm();
    await click(input);

    await compose(['ㅎ', '호', '홍']);
    await settle(field);

    expect(optionNames(field)).to.deep.equal(['홍길동']);

    await commitCompositionWithEnter('홍');
    await settle(field);

    expect(chipTexts(field)).to.deep.equal([]);
    expect(input.value).to.equal('홍');

    await press('ArrowDown');
    await press('Enter');
    await settle(field);

    expect(entries(form, 'alerts')).to.deep.equal(['hong@bareun.example']);
  });
});
