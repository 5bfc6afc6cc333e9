import {html} from 'lit';
import type {TemplateResult} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import type {ContactKey} from '../src/index.js';

// Shared by the play functions: the elements keep their controls in shadow
// roots, which Testing Library's queries do not enter.

/** An element inside `host`'s shadow root; fails the play if missing. */
export function inShadow<T extends Element = HTMLElement>(
  host: Element,
  selector: string
): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>`);
  return found;
}

/** The first element of `tag` that the story rendered. */
export function rendered<K extends keyof HTMLElementTagNameMap>(
  canvasElement: HTMLElement,
  tag: K
): HTMLElementTagNameMap[K] {
  const element = canvasElement.querySelector(tag);
  if (!element) throw new Error(`The story rendered no <${tag}>`);
  return element;
}

/** The field of `key` inside a modal. */
export function fieldOf(modal: Element, key: ContactKey): HTMLElement {
  return inShadow(modal, `#field-${key}`);
}

/** Clicks into a contact field and types, as a person does. */
export async function typeInto(field: Element, text: string): Promise<void> {
  const input = inShadow<HTMLInputElement>(field, 'input');
  await userEvent.click(input);
  await userEvent.type(input, text);
}

/**
 * Pastes `text` into a contact field. Testing Library's `paste` targets
 * `document.activeElement`, which is the host, not its inner input.
 */
export async function pasteInto(field: Element, text: string): Promise<void> {
  const input = inShadow<HTMLInputElement>(field, 'input');
  await userEvent.click(input);
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', {
    clipboardData,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  input.dispatchEvent(paste);
  if (paste.defaultPrevented && paste.clipboardData?.getData('text/plain')) {
    return;
  }

  // Firefox drops the data of a scripted paste; typing gives the same
  // addresses, with the line breaks an input cannot hold as separators.
  await userEvent.type(input, text.replace(/\n/g, '; '));
}

/** The focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}

/** Waits until a field shows a message that says what is wrong. */
export async function expectFieldError(field: Element): Promise<void> {
  await waitFor(() =>
    expect(inShadow(field, '[part="error"]').textContent?.trim()).not.toBe('')
  );
}

/** The host's own button text, in the language the toolbar chose. */
function submitWord(): string {
  return document.documentElement.lang === 'ko' ? '제출' : 'Submit';
}

/**
 * A plain form around a field, as a host's own form would hold it: a
 * submit button and, after a valid submit, what `FormData` received.
 */
export function inForm(content: TemplateResult): TemplateResult {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const entries = [...new FormData(form)].map(
      ([name, value]) => `${name} = ${String(value)}`
    );
    form.querySelector('output')!.textContent = entries.join('\n');
  };
  return html`<form class="story-form" @submit=${onSubmit}>
    ${content}
    <p><button type="submit">${submitWord()}</button></p>
    <output style="white-space: pre-line; font-family: monospace"></output>
  </form>`;
}
