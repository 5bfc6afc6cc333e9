import {fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {SupportHoursPicker} from '../../src/index.js';
import type {Weekday} from '../../src/hours/types.js';
import {setLocale} from '../../src/localization/locale.js';
import {click, press, selectAll, type} from '../support/person.js';

/** A picker on its own (or `template`), rendered and settled, in `locale`. */
export async function pickerIn<T extends Element = SupportHoursPicker>(
  locale: 'en' | 'ko' = 'en',
  template = html`<support-hours-picker
    label="Support hours"
  ></support-hours-picker>`
): Promise<T> {
  await setLocale(locale);
  const element = await fixture<T>(template);
  await (element as Partial<SupportHoursPicker>).updateComplete;
  return element;
}

export function root(picker: SupportHoursPicker): ShadowRoot {
  return picker.shadowRoot!;
}

/** The box of schedule `index`. */
export function scheduleBox(
  picker: SupportHoursPicker,
  index = 0
): HTMLFieldSetElement {
  return root(picker).querySelectorAll('fieldset')[index];
}

export function zoneInput(
  picker: SupportHoursPicker,
  index = 0
): HTMLInputElement {
  return scheduleBox(picker, index).querySelector('input.zone')!;
}

export function dayToggle(
  picker: SupportHoursPicker,
  day: Weekday,
  index = 0
): HTMLInputElement {
  return scheduleBox(picker, index).querySelector<HTMLInputElement>(
    `input[name="day"][value="${day}"]`
  )!;
}

export function dayBox(
  picker: SupportHoursPicker,
  day: Weekday,
  index = 0
): HTMLElement {
  return dayToggle(picker, day, index).closest<HTMLElement>('.day')!;
}

export function rangeRow(
  picker: SupportHoursPicker,
  day: Weekday,
  range = 0,
  index = 0
): HTMLElement {
  return dayBox(picker, day, index).querySelectorAll<HTMLElement>('.range')[
    range
  ];
}

export function timeInput(
  picker: SupportHoursPicker,
  day: Weekday,
  range: number,
  end: 'start' | 'end',
  index = 0
): HTMLInputElement {
  return rangeRow(picker, day, range, index).querySelector<HTMLInputElement>(
    `input.${end}`
  )!;
}

/** Clicks `input`, replaces its text by typing, and leaves with Tab. */
export async function retype(
  picker: SupportHoursPicker,
  input: HTMLInputElement,
  text: string,
  leaveWith = 'Tab'
): Promise<void> {
  await click(input);
  await selectAll();
  await type(text);
  await press(leaveWith);
  await picker.updateComplete;
}

/** Ticks a day (its default range appears) and types its first range. */
export async function setDay(
  picker: SupportHoursPicker,
  day: Weekday,
  start: string,
  end: string,
  index = 0
): Promise<void> {
  if (!dayToggle(picker, day, index).checked) {
    await click(dayToggle(picker, day, index));
    await picker.updateComplete;
  }
  await retype(picker, timeInput(picker, day, 0, 'start', index), start);
  await retype(picker, timeInput(picker, day, 0, 'end', index), end);
}

/** Adds a range to a day with its button and types its times. */
export async function addRange(
  picker: SupportHoursPicker,
  day: Weekday,
  start: string,
  end: string,
  index = 0
): Promise<void> {
  const count = dayBox(picker, day, index).querySelectorAll('.range').length;
  await click(dayBox(picker, day, index).querySelector('.add-range')!);
  await picker.updateComplete;
  await retype(picker, timeInput(picker, day, count, 'start', index), start);
  await retype(picker, timeInput(picker, day, count, 'end', index), end);
}

/** Chooses a zone by typing it into the zone combobox and pressing Tab. */
export async function chooseZone(
  picker: SupportHoursPicker,
  text: string,
  index = 0
): Promise<void> {
  await retype(picker, zoneInput(picker, index), text);
}

/** The error text shown next to `element`'s row or field. */
export function errorsIn(element: ParentNode): string {
  return Array.from(element.querySelectorAll('[part="error"]'))
    .map((error) => error.textContent?.trim() ?? '')
    .join(' ')
    .trim();
}

/** Every error the picker shows. */
export function allErrors(picker: SupportHoursPicker): string {
  return errorsIn(root(picker));
}

export function summaryText(picker: SupportHoursPicker): string {
  return (
    root(picker).querySelector('[part="summary"]')?.textContent?.trim() ?? ''
  );
}

/** The text of the elements an element's aria-describedby points at. */
export function description(element: Element): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  const scope = element.getRootNode() as ShadowRoot;
  return ids
    .map((id) => scope.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ')
    .trim();
}

export function liveRegion(picker: SupportHoursPicker): string {
  return (
    root(picker).querySelector('[role="status"]')?.textContent?.trim() ?? ''
  );
}
