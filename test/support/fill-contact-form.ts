import {WEEKDAYS} from '../../src/hours/types.js';
import type {Schedule, Weekday} from '../../src/hours/types.js';
import type {ContactKey} from '../../src/record/types.js';
import type {FixtureCase} from './fixtures.js';
import {click, innerInput, paste, press, selectAll, type} from './person.js';

const ADDRESS_KEYS = [
  'alertContacts',
  'technicalEmergency',
  'technicalNonEmergency',
  'merchantIssues',
  'operationsPlatform',
  'operationsPublic',
] as const;

/** The element of one field of the form inside `modal`. */
export function fieldOf(modal: Element, key: ContactKey): HTMLElement | null {
  return modal.shadowRoot!.querySelector<HTMLElement>(`#field-${key}`);
}

/**
 * Fills the contact form the way a person does: clicks each field, types
 * or pastes what the case says (pastes what holds line breaks or display
 * names, types the rest), ticks days and types times.
 */
export async function fillContactForm(
  modal: Element,
  typed: FixtureCase['typed']
): Promise<void> {
  for (const key of ADDRESS_KEYS) {
    const text = typed[key];
    const field = fieldOf(modal, key);
    if (!text || !field || field.matches(':disabled')) continue;

    await click(innerInput(field));
    if (/[\n<]/.test(text)) await paste(text);
    else await type(text);
  }
  const hours = fieldOf(modal, 'operationalSupport')!;
  await fillHours(hours, typed.operationalSupport);
}

/**
 * Fills a `<support-hours-picker>` as a person does: types each zone id
 * into the zone combobox and leaves it with Tab, ticks days, types times.
 */
export async function fillHours(picker: Element, schedules: Schedule[]) {
  const root = picker.shadowRoot!;
  for (const [index, schedule] of schedules.entries()) {
    if (index > 0) {
      await click(root.querySelector('.add-schedule')!);
      await settle(picker);
    }
    const box = root.querySelectorAll('fieldset')[index];
    await click(box.querySelector('input.zone')!);
    await selectAll();
    await type(schedule.timeZone);
    await press('Tab');
    await settle(picker);
    if ('aroundTheClock' in schedule) {
      await click(box.querySelector('.around input')!);
      await settle(picker);
      continue;
    }

    for (const day of WEEKDAYS) {
      const ranges = schedule.days[day] ?? [];
      if (ranges.length === 0) continue;

      await click(dayToggle(box, day));
      await settle(picker);
      for (const [rangeIndex, [start, end]] of ranges.entries()) {
        if (rangeIndex > 0) {
          await click(dayBox(box, day).querySelector('.add-range')!);
          await settle(picker);
        }
        const range = dayBox(box, day).querySelectorAll('.range')[rangeIndex];
        await setTime(range.querySelector('input.start')!, start);
        await settle(picker);
        await setTime(range.querySelector('input.end')!, end);
        await settle(picker);
      }
    }
  }
}

/** Types a time unless the field already shows that time by default. */
async function setTime(input: HTMLInputElement, time: string) {
  await click(input);
  await selectAll();
  await type(time);
  await press('Tab');
}

function dayBox(box: Element, day: Weekday): Element {
  return box
    .querySelector(`input[name="day"][value="${day}"]`)!
    .closest('.day')!;
}

function dayToggle(box: Element, day: Weekday): HTMLInputElement {
  return box.querySelector<HTMLInputElement>(
    `input[name="day"][value="${day}"]`
  )!;
}

async function settle(element: Element) {
  await (element as HTMLElement & {updateComplete: Promise<unknown>})
    .updateComplete;
}
