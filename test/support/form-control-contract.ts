import {expect} from '@open-wc/testing';
import {click, deepActiveElement, press} from './person.js';

/** What every form-associated element of the library offers. */
export interface FormControl extends HTMLElement {
  name: string;
  disabled: boolean;
  required: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  readonly updateComplete?: Promise<unknown>;
}

/** How the contract drives one element. */
export interface FormControlContract<E extends FormControl = FormControl> {
  /** The element's tag name. */
  tag: string;
  /**
   * The absolute URL of the module that defines `tag`, for the fresh
   * document in which restoring after Back is tried.
   */
  module: string;
  /** Attributes every element of the contract gets, e.g. a kind. */
  attributes?: Record<string, string>;
  /** Attributes that give the element a default value. */
  defaultAttributes: Record<string, string>;
  /** The form entries, under the element's name, for that default. */
  defaultEntries: string[];
  /**
   * Makes the value valid the way a person does (keys and clicks), and
   * leaves the element.
   */
  makeValid(element: E): Promise<void>;
  /** The form entries after `makeValid` on an element without default. */
  validEntries: string[];
  /** Makes the value invalid the way a person does, and leaves. */
  makeInvalid(element: E): Promise<void>;
}

const NAME = 'contact';

/**
 * The behaviour every form-associated element shares with the platform's
 * own inputs: form value, validity, required, disabled (also through a
 * fieldset), reset, restore after Back, and custom states. Each element
 * runs it with hooks that act as a person would.
 */
export function runFormControlContract<E extends FormControl>(
  contract: FormControlContract<E>
): void {
  const {tag} = contract;

  describe(`<${tag}> as a form control`, () => {
    let host: HTMLElement;

    beforeEach(() => {
      host = document.createElement('div');
      document.body.append(host);
    });

    afterEach(() => {
      host.remove();
    });

    /** A form with a label, the element, and text inputs around it. */
    async function render(
      attributes: Record<string, string> = {}
    ): Promise<{form: HTMLFormElement; element: E}> {
      host.replaceChildren(formFor(document, contract, attributes));
      const form = host.querySelector('form')!;
      const element = form.querySelector<E>(tag)!;
      await settle(element);
      return {form, element};
    }

    it('is form-associated, with its form and its labels', async () => {
      const {form, element} = await render();

      const type = customElements.get(tag) as unknown as {
        formAssociated?: boolean;
      };
      expect(type.formAssociated).to.equal(true);
      expect(element.form === form, 'its form').to.equal(true);
      expect(Array.from(element.labels, nameOf)).to.deep.equal([
        'label[for=control]',
      ]);
      expect(element.willValidate).to.equal(true);
    });

    it('puts its value in FormData under its name, and follows a new name', async () => {
      const {form, element} = await render();

      await contract.makeValid(element);
      await settle(element);

      expect(entriesOf(form, NAME)).to.deep.equal(contract.validEntries);

      element.name = 'renamed';
      await settle(element);

      expect(entriesOf(form, NAME)).to.deep.equal([]);
      expect(entriesOf(form, 'renamed')).to.deep.equal(contract.validEntries);
    });

    it('when required and empty: invalid, valueMissing, one invalid event, no submit', async () => {
      const {form, element} = await render({required: ''});
      const invalid = countEvents(element, 'invalid');
      const submits = countSubmits(form);

      form.requestSubmit();
      await settle(element);

      expect(submits.count).to.equal(0);
      expect(invalid.count).to.equal(1);
      expect(element.checkValidity()).to.equal(false);
      expect(element.validity.valueMissing).to.equal(true);
      expect(element.validationMessage).to.not.equal('');
      expect(element.matches(':state(invalid)')).to.equal(true);
      expect(element.matches(':state(user-invalid)')).to.equal(true);
      expect(element.matches(':state(empty)')).to.equal(true);
    });

    it('when required and filled by a person: valid, submits', async () => {
      const {form, element} = await render({required: ''});
      const submits = countSubmits(form);

      await contract.makeValid(element);
      form.requestSubmit();
      await settle(element);

      expect(element.validity.valid).to.equal(true);
      expect(element.validationMessage).to.equal('');
      expect(submits.count).to.equal(1);
      expect(element.matches(':state(valid)')).to.equal(true);
      expect(element.matches(':state(empty)')).to.equal(false);
    });

    it('a bad value is invalid, with a message, and blocks the form', async () => {
      const {form, element} = await render();

      await contract.makeInvalid(element);
      await settle(element);

      expect(element.validity.valid).to.equal(false);
      expect(element.validity.customError).to.equal(false);
      expect(element.validationMessage).to.not.equal('');
      expect(form.checkValidity()).to.equal(false);
      expect(element.matches(':state(user-invalid)')).to.equal(true);
    });

    it('setCustomValidity sets a custom error and clearing it leaves none', async () => {
      const {form, element} = await render();
      await contract.makeValid(element);

      element.setCustomValidity('Taken by another account.');

      expect(element.validity.customError).to.equal(true);
      expect(element.validationMessage).to.equal('Taken by another account.');
      expect(form.checkValidity()).to.equal(false);

      element.setCustomValidity('');

      expect(element.validity.valid).to.equal(true);
      expect(element.validity.customError).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
    });

    it('a submit that fails validation focuses the element inside', async () => {
      const {form, element} = await render({required: ''});

      await click(form.querySelector('button[type="submit"]')!);
      await settle(element);

      const focused = deepActiveElement();
      expect(
        element.shadowRoot!.contains(focused),
        `focus inside the element, not on ${nameOf(focused)}`
      ).to.equal(true);
    });

    it('when disabled: no FormData entry, no validation, skipped by Tab', async () => {
      const {form, element} = await render({
        ...contract.defaultAttributes,
        required: '',
        disabled: '',
      });
      const submits = countSubmits(form);

      await click(form.querySelector('input[name="before"]')!);
      await press('Tab');

      expect(nameOf(document.activeElement)).to.equal('input[name=after]');
      expect(entriesOf(form, NAME)).to.deep.equal([]);
      expect(element.willValidate).to.equal(false);

      form.requestSubmit();
      await settle(element);

      expect(submits.count).to.equal(1);
      expect(element.matches(':disabled')).to.equal(true);
    });

    it('inside a disabled fieldset: the same, until the fieldset is enabled', async () => {
      const {form, element} = await render({required: ''});
      const fieldset = form.querySelector('fieldset')!;
      const submits = countSubmits(form);
      fieldset.disabled = true;
      await settle(element);

      await click(form.querySelector('input[name="before"]')!);
      await press('Tab');
      form.requestSubmit();
      await settle(element);

      expect(nameOf(document.activeElement)).to.equal('input[name=after]');
      expect(element.willValidate).to.equal(false);
      expect(submits.count).to.equal(1);

      fieldset.disabled = false;
      await settle(element);

      expect(element.willValidate).to.equal(true);
      expect(element.checkValidity()).to.equal(false);

      await contract.makeValid(element);

      expect(entriesOf(form, NAME)).to.deep.equal(contract.validEntries);
    });

    it('form reset brings back the default and hides problems', async () => {
      const {form, element} = await render(contract.defaultAttributes);
      await contract.makeInvalid(element);
      form.requestSubmit();
      await settle(element);
      expect(element.matches(':state(user-invalid)')).to.equal(true);

      await click(form.querySelector('button[type="reset"]')!);
      await settle(element);

      expect(entriesOf(form, NAME)).to.deep.equal(contract.defaultEntries);
      expect(element.validity.valid).to.equal(true);
      expect(element.matches(':state(user-invalid)')).to.equal(false);
    });

    it('form reset of a required element without default shows no problem', async () => {
      const {form, element} = await render({required: ''});
      await contract.makeInvalid(element);
      await settle(element);
      expect(element.matches(':state(user-invalid)')).to.equal(true);

      await click(form.querySelector('button[type="reset"]')!);
      await settle(element);

      expect(element.validity.valueMissing).to.equal(true);
      expect(element.matches(':state(user-invalid)')).to.equal(false);
      expect(entriesOf(form, NAME).filter(Boolean)).to.deep.equal([]);
    });

    it('takes back what the person entered after a real Back navigation', async function () {
      this.timeout(20_000);
      // A document of its own, so that the browser saves and restores its
      // form state: history traversal of an iframe reloads it (subframes
      // never enter the back/forward cache).
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 40rem; height: 20rem; border: 0';
      host.append(frame);
      await navigate(frame, () => {
        frame.src = pageUrl(contract);
      });
      const element = await elementIn<E>(frame, tag);
      await contract.makeValid(element);
      const typed = entriesOf(element.form!, NAME);
      expect(typed).to.not.deep.equal(contract.defaultEntries);

      await navigate(frame, () => {
        frame.contentWindow!.location.href = 'about:blank';
      });
      await navigate(frame, () => frame.contentWindow!.history.back());

      const restored = await elementIn<E>(frame, tag);
      expect(restored !== element, 'a new document').to.equal(true);
      expect(entriesOf(restored.form!, NAME)).to.deep.equal(typed);
    });
  });
}

/**
 * `<form>` with a label for the element, the element alone in a fieldset
 * between two text inputs, and submit and reset buttons.
 */
function formFor(
  document: Document,
  contract: FormControlContract<FormControl>,
  attributes: Record<string, string>
): HTMLFormElement {
  const form = document.createElement('form');
  const label = document.createElement('label');
  label.htmlFor = 'control';
  label.textContent = 'Contact';
  const fieldset = document.createElement('fieldset');
  const element = document.createElement(contract.tag);
  const all = {
    ...contract.attributes,
    ...attributes,
    id: 'control',
    name: NAME,
  };
  for (const [name, value] of Object.entries(all)) {
    element.setAttribute(name, value);
  }
  fieldset.append(element);
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.textContent = 'Save';
  const reset = document.createElement('button');
  reset.type = 'reset';
  reset.textContent = 'Reset';
  form.append(label, textInput('before'), fieldset, textInput('after'));
  form.append(submit, reset);
  return form;
}

function textInput(name: string): HTMLInputElement {
  const input = document.createElement('input');
  input.name = name;
  input.setAttribute('aria-label', name);
  return input;
}

/** A page with the element at its default value, as a blob URL. */
function pageUrl(contract: FormControlContract<FormControl>): string {
  const page = document.implementation.createHTMLDocument('Restore');
  page.body.append(formFor(page, contract, contract.defaultAttributes));
  const script = page.createElement('script');
  script.type = 'module';
  script.src = contract.module;
  page.body.append(script);
  const text = `<!doctype html>${page.documentElement.outerHTML}`;
  return URL.createObjectURL(new Blob([text], {type: 'text/html'}));
}

async function navigate(
  frame: HTMLIFrameElement,
  go: () => void
): Promise<void> {
  const loaded = new Promise((resolve) =>
    frame.addEventListener('load', resolve, {once: true})
  );
  go();
  await loaded;
}

async function elementIn<E extends FormControl>(
  frame: HTMLIFrameElement,
  tag: string
): Promise<E> {
  await frame.contentWindow!.customElements.whenDefined(tag);
  const element = frame.contentDocument!.querySelector<E>(tag)!;
  await settle(element);
  return element;
}

async function settle(element: FormControl): Promise<void> {
  await element.updateComplete;
  await new Promise(requestAnimationFrame);
}

/**
 * Names an element for assertions: a failed comparison of elements makes
 * the runner serialise them, which can take the page down.
 */
function nameOf(node: Node | null): string {
  if (!(node instanceof Element)) return String(node);

  const [key] = ['name', 'for', 'id'].filter((attribute) =>
    node.hasAttribute(attribute)
  );
  return key
    ? `${node.localName}[${key}=${node.getAttribute(key)}]`
    : node.localName;
}

function entriesOf(form: HTMLFormElement, name: string): string[] {
  return new FormData(form).getAll(name).map(String);
}

function countEvents(target: EventTarget, type: string): {count: number} {
  const counter = {count: 0};
  target.addEventListener(type, () => counter.count++);
  return counter;
}

function countSubmits(form: HTMLFormElement): {count: number} {
  const counter = {count: 0};
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    counter.count++;
  });
  return counter;
}
