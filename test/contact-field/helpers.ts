import {fixture} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/index.js';
import type {ContactField} from '../../src/index.js';
import {accessibleNodes} from '../support/accessibility-tree.js';
import type {AccessibleNode} from '../support/accessibility-tree.js';
import {innerInput} from '../support/person.js';

/** A form with its first `<contact-field>` and that field's inner input. */
export interface Rendered {
  form: HTMLFormElement;
  field: ContactField;
  input: HTMLInputElement;
}

/** Renders a template whose root is a form holding a contact field. */
export async function renderForm(template: TemplateResult): Promise<Rendered> {
  const form = await fixture<HTMLFormElement>(template);
  const field = form.querySelector('contact-field')!;
  await field.updateComplete;
  return {form, field, input: innerInput(field)};
}

/** Renders a contact field on its own, outside any form. */
export async function renderField(
  template: TemplateResult
): Promise<ContactField> {
  const field = await fixture<ContactField>(template);
  await field.updateComplete;
  return field;
}

/** The message the field shows the person, as text. */
export function errorText(field: ContactField): string {
  const error = field.shadowRoot!.querySelector('[part="error"]')!;
  return error.textContent?.trim() ?? '';
}

/** What the live region says. */
export function announcement(field: ContactField): string {
  const status = field.shadowRoot!.querySelector('[role="status"]')!;
  return status.textContent?.trim() ?? '';
}

/** The chips as the person reads them. */
export function chipTexts(field: ContactField): string[] {
  return Array.from(
    field.shadowRoot!.querySelectorAll('[part="chip-label"]'),
    (chip) => chip.textContent?.trim() ?? ''
  );
}

export function chipLabel(field: ContactField, index: number): HTMLElement {
  return field.shadowRoot!.querySelectorAll<HTMLElement>('[part="chip-label"]')[
    index
  ];
}

/** Every submit of `form`, stopped before it leaves the page. */
export function recordSubmits(form: HTMLFormElement): SubmitEvent[] {
  const submits: SubmitEvent[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push(event);
  });
  return submits;
}

/** Every event of `types` that reaches `target`, by type, in order. */
export function recordEvents(
  target: EventTarget,
  types: readonly string[]
): Event[] {
  const events: Event[] = [];
  for (const type of types) {
    target.addEventListener(type, (event) => events.push(event));
  }
  return events;
}

/** Waits for the field to render and for queued tasks such as submits. */
export async function settle(field: ContactField): Promise<void> {
  await field.updateComplete;
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
}

/** The entries of `form` under `name`. */
export function entries(form: HTMLFormElement, name: string): string[] {
  return new FormData(form).getAll(name).map(String);
}

export {accessibleNodes};
export type {AccessibleNode};

/** The first accessible node with `role` (and `name`, when given). */
export async function accessibleNode(
  role: string,
  name?: string
): Promise<AccessibleNode | undefined> {
  const nodes = await accessibleNodes();
  return nodes.find(
    (node) => node.role === role && (name === undefined || node.name === name)
  );
}
