import '../start-mark.js';
import {PORTAL_USERS} from '../users.js';

// The same job without a library: what a page author writes by hand with
// <dialog>, <input>, <select> and constraint validation.
const $ = <T extends Element>(selector: string) =>
  document.querySelector<T>(selector)!;
const dialog = $<HTMLDialogElement>('#gate');
const form = $<HTMLFormElement>('#panel-contacts');
const zone = $<HTMLSelectElement>('#timeZone');
const days = [...form.querySelectorAll<HTMLInputElement>('[name=day]')];

$('#portal-users').append(
  ...PORTAL_USERS.map((user) => new Option(user.name, user.email))
);
const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
zone.append(
  ...Intl.supportedValuesOf('timeZone').map(
    (id) => new Option(id.replace(/_/g, ' '), id, false, id === here)
  )
);

function message(input: HTMLInputElement): string {
  if (input.validity.valueMissing) return 'Enter an email address.';
  if (input.validity.typeMismatch) {
    return input.multiple
      ? 'Enter email addresses separated by commas.'
      : 'Enter one email address, such as support@example.com.';
  }
  return '';
}

// Messages appear on leaving a field and on submit, then follow the input.
function show(input: HTMLInputElement): void {
  const error = document.getElementById(`${input.id}-error`);
  if (error) error.textContent = message(input);
}
form.addEventListener(
  'invalid',
  (e) => show(e.target as HTMLInputElement),
  true
);
form.addEventListener('focusout', (e) => show(e.target as HTMLInputElement));
form.addEventListener('input', (e) => {
  const input = e.target as HTMLInputElement;
  if ($(`#${input.id}-error`).textContent) show(input);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const noDay = !days.some((day) => day.checked);
  days[0].setCustomValidity(noDay ? 'Choose at least one day.' : '');
  $('#hours-error').textContent = days[0].validationMessage;
  const invalid = [...form.elements].filter(
    (element) => !(element as HTMLInputElement).checkValidity()
  );
  const summary = $<HTMLElement>('#summary');
  summary.hidden = invalid.length === 0;
  summary.textContent = `${invalid.length} problems need your attention.`;
  if (invalid.length > 0) summary.focus();
  else dialog.close();
});

const tabs = [...document.querySelectorAll<HTMLElement>('[role=tab]')];
function select(tab: HTMLElement): void {
  for (const each of tabs) {
    const selected = each === tab;
    each.setAttribute('aria-selected', String(selected));
    each.tabIndex = selected ? 0 : -1;
    $<HTMLElement>(`#${each.getAttribute('aria-controls')}`).hidden = !selected;
  }
  tab.focus();
}
for (const tab of tabs) {
  tab.addEventListener('click', () => select(tab));
  tab.addEventListener('keydown', (event) => {
    const step = {ArrowRight: 1, ArrowLeft: -1}[event.key];
    if (step) select(tabs.at((tabs.indexOf(tab) + step) % tabs.length)!);
  });
}

$('#panel-users').addEventListener('submit', (event) => {
  event.preventDefault();
  const email = $<HTMLInputElement>('#colleague').value;
  $('#grant-status').textContent = `${email} can now use the portal.`;
});

// A blocking modal: Escape must not close it (closedby="none" where the
// browser has it).
dialog.addEventListener('cancel', (event) => event.preventDefault());
dialog.showModal();
