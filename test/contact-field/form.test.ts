import {expect, html} from '@open-wc/testing';
import {click, press, selectAll, type} from '../support/person.js';
import {
  entries,
  errorText,
  recordEvents,
  recordSubmits,
  renderField,
  renderForm,
  settle,
} from './helpers.js';

describe('<contact-field> in a form', () => {
  describe('Enter', () => {
    it('in a field holding ops@bareun.example submits once, with the default button as submitter', async () => {
      const {form, field, input} = await renderForm(html`
        <form>
          <contact-field
            name="pager"
            label="Pager alias"
            value="ops@bareun.example"
          ></contact-field>
          <button name="action" value="save">Save</button>
          <button name="action" value="draft">Keep as draft</button>
        </form>
      `);
      const submits = recordSubmits(form);
      await click(input);

      await press('Enter');
      await settle(field);

      expect(submits).to.have.length(1);
      const [submit] = submits;
      expect(submit.submitter?.getAttribute('value')).to.equal('save');
      const data = new FormData(form, submit.submitter);
      expect(data.getAll('pager')).to.deep.equal(['ops@bareun.example']);
      expect(data.getAll('action')).to.deep.equal(['save']);
    });

    it('runs validation: an invalid field does not submit and shows why', async () => {
      const {form, field, input} = await renderForm(html`
        <form>
          <contact-field name="pager" label="Pager alias"></contact-field>
          <button>Save</button>
        </form>
      `);
      const submits = recordSubmits(form);
      await click(input);
      await type('ops@bareun');

      await press('Enter');
      await settle(field);

      expect(submits).to.have.length(0);
      expect(errorText(field)).to.equal(
        '“ops@bareun”: the domain after the @ needs a dot, as in example.com.'
      );
    });

    it('does nothing when the default button is disabled', async () => {
      const {form, field, input} = await renderForm(html`
        <form>
          <contact-field
            name="pager"
            label="Pager alias"
            value="ops@bareun.example"
          ></contact-field>
          <button disabled>Save</button>
          <button>Other</button>
        </form>
      `);
      const submits = recordSubmits(form);
      await click(input);

      await press('Enter');
      await settle(field);

      expect(submits).to.have.length(0);
    });

    it('submits a form without buttons when the field is its only text field', async () => {
      const {form, field, input} = await renderForm(html`
        <form>
          <contact-field
            name="pager"
            label="Pager alias"
            value="ops@bareun.example"
          ></contact-field>
        </form>
      `);
      const submits = recordSubmits(form);
      await click(input);

      await press('Enter');
      await settle(field);

      expect(submits).to.have.length(1);
      expect(submits[0].submitter).to.equal(null);
    });

    it('submits nothing in a form without buttons and with two text fields', async () => {
      const {form, field, input} = await renderForm(html`
        <form>
          <contact-field
            name="pager"
            label="Pager alias"
            value="ops@bareun.example"
          ></contact-field>
          <input name="note" aria-label="Note" />
        </form>
      `);
      const submits = recordSubmits(form);
      await click(input);

      await press('Enter');
      await settle(field);

      expect(submits).to.have.length(0);
    });

    it('outside a form does nothing but commit', async () => {
      const field = await renderField(html`
        <contact-field label="Pager alias"></contact-field>
      `);
      const submits: Event[] = [];
      const stop = (event: Event) => {
        event.preventDefault();
        submits.push(event);
      };
      document.addEventListener('submit', stop, true);
      const changes = recordEvents(field, ['change']);
      await click(field.shadowRoot!.querySelector('input')!);
      await type('ops@bareun.example');

      await press('Enter');
      await settle(field);
      document.removeEventListener('submit', stop, true);

      expect(submits).to.have.length(0);
      expect(changes).to.have.length(1);
      expect(field.value).to.equal('ops@bareun.example');
    });
  });

  it('inside <fieldset disabled>, a required empty field lets the form submit; enabled again, it edits and validates, while its own disabled stays', async () => {
    const {form} = await renderForm(html`
      <form>
        <fieldset disabled>
          <contact-field
            name="pager"
            label="Pager alias"
            required
          ></contact-field>
          <contact-field
            name="backup"
            label="Backup alias"
            disabled
          ></contact-field>
        </fieldset>
        <button>Save</button>
      </form>
    `);
    const [pager, backup] = form.querySelectorAll('contact-field');
    const pagerInput = pager.shadowRoot!.querySelector('input')!;
    const backupInput = backup.shadowRoot!.querySelector('input')!;
    const submits = recordSubmits(form);

    await click(form.querySelector('button')!);
    await settle(pager);

    expect(submits, 'submits while disabled').to.have.length(1);
    expect(pagerInput.disabled).to.equal(true);
    expect(errorText(pager)).to.equal('');

    form.querySelector('fieldset')!.disabled = false;
    await settle(pager);

    expect(pagerInput.disabled).to.equal(false);
    expect(backupInput.disabled, 'own disabled').to.equal(true);
    expect(backup.matches(':disabled')).to.equal(true);

    await click(form.querySelector('button')!);
    await settle(pager);

    expect(submits, 'blocked once enabled').to.have.length(1);
    expect(pager.validity.valueMissing).to.equal(true);
    expect(errorText(pager)).to.equal('Enter an email address.');

    await click(pagerInput);
    await type('ops@bareun.example');
    await click(form.querySelector('button')!);
    await settle(pager);

    expect(submits).to.have.length(2);
    expect(entries(form, 'pager')).to.deep.equal(['ops@bareun.example']);
    expect(entries(form, 'backup')).to.deep.equal([]);
  });

  it('after a change, <button type="reset"> brings back the value attribute, shows no error and FormData holds it', async () => {
    const {form, field, input} = await renderForm(html`
      <form>
        <contact-field
          name="pager"
          label="Pager alias"
          value="ops@bareun.example"
        ></contact-field>
        <button type="reset">Reset</button>
      </form>
    `);
    await click(input);
    await selectAll();
    await type('ops@bareun');
    await press('Tab');
    await settle(field);
    expect(errorText(field), 'error before reset').to.not.equal('');

    await click(form.querySelector('button[type="reset"]')!);
    await settle(field);

    expect(input.value).to.equal('ops@bareun.example');
    expect(field.value).to.equal('ops@bareun.example');
    expect(errorText(field)).to.equal('');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(field.matches(':state(user-invalid)')).to.equal(false);
    expect(entries(form, 'pager')).to.deep.equal(['ops@bareun.example']);
  });

  it('reset of a required field without value attribute empties it and shows no message', async () => {
    const {form, field, input} = await renderForm(html`
      <form>
        <contact-field
          name="pager"
          label="Pager alias"
          required
        ></contact-field>
        <button type="reset">Reset</button>
      </form>
    `);
    await click(input);
    await type('ops@');
    await press('Tab');
    await settle(field);
    expect(errorText(field), 'error before reset').to.not.equal('');

    await click(form.querySelector('button[type="reset"]')!);
    await settle(field);

    expect(input.value).to.equal('');
    expect(field.validity.valueMissing).to.equal(true);
    expect(errorText(field)).to.equal('');
  });

  it('reset of a list brings back its chips from the value attribute', async () => {
    const {form, field, input} = await renderForm(html`
      <form>
        <contact-field
          name="pager"
          kind="list"
          label="Pager aliases"
          value="ops@bareun.example, oncall@bareun.example"
        ></contact-field>
        <button type="reset">Reset</button>
      </form>
    `);
    await click(input);
    await press('Backspace');
    await press('Backspace');
    await type('new@bareun.example,');
    await settle(field);
    expect(entries(form, 'pager')).to.deep.equal([
      'ops@bareun.example',
      'new@bareun.example',
    ]);

    await click(form.querySelector('button[type="reset"]')!);
    await settle(field);

    expect(entries(form, 'pager')).to.deep.equal([
      'ops@bareun.example',
      'oncall@bareun.example',
    ]);
  });

  for (const [what, typed] of [
    ['empty', ''],
    ['whitespace only', '   '],
  ]) {
    it(`a required field that is ${what} is invalid with valueMissing and blocks submit; a good address leaves no error`, async () => {
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
      const submits = recordSubmits(form);
      await click(input);
      if (typed) await type(typed);

      await press('Enter');
      await settle(field);

      expect(field.checkValidity()).to.equal(false);
      expect(field.validity.valueMissing).to.equal(true);
      expect(submits).to.have.length(0);
      expect(errorText(field)).to.equal('Enter an email address.');

      await selectAll();
      await type('ops@bareun.example');
      await press('Enter');
      await settle(field);

      expect(field.checkValidity()).to.equal(true);
      expect(field.validity.customError).to.equal(false);
      expect(field.validity.valueMissing).to.equal(false);
      expect(field.validationMessage).to.equal('');
      expect(errorText(field)).to.equal('');
      expect(submits).to.have.length(1);
    });
  }

  it('fires input while typing and change once when left changed; none when the host sets value', async () => {
    const {field, input} = await renderForm(html`
      <form>
        <contact-field name="pager" label="Pager alias"></contact-field>
      </form>
    `);
    const events = recordEvents(field, ['input', 'change']);

    field.value = 'ops@bareun.example';
    await settle(field);

    expect(events, 'set by the host').to.have.length(0);

    await click(input);
    await press('End');
    await type('x');
    await press('Tab');
    await settle(field);

    expect(events.map((event) => event.type)).to.deep.equal([
      'input',
      'change',
    ]);
    expect(events[0]).to.be.instanceOf(InputEvent);
    expect(field.value).to.equal('ops@bareun.examplex');
  });
});
