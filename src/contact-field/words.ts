import {msg, str} from '@lit/localize';
import {activeLocale} from '../localization/locale.js';

// What the field says besides validation messages: names of its parts and
// what the live region announces. Read at render time only.

/** The name of the list of committed addresses. */
export function chipListName(): string {
  return msg('Added addresses');
}

/** How to use a focused chip, read after its name. */
export function chipHint(): string {
  return msg('Press Delete to remove it, or Enter to edit it.');
}

export function removeChipName(name: string): string {
  return msg(str`Remove ${name}`);
}

export function portalUsersName(): string {
  return msg('Portal users');
}

const NAMED_AT_MOST = 5;

/** Announced when committing adds chips, named one by one when few. */
export function addedMessage(names: readonly string[]): string {
  if (names.length === 1) return msg(str`Added ${names[0]}.`);

  const count = names.length;
  // A long pasted list is counted, not read out name by name.
  if (count > NAMED_AT_MOST) {
    return msg(str`Added ${count} addresses.`, {id: 'added-counted'});
  }
  const list = new Intl.ListFormat(activeLocale(), {
    type: 'conjunction',
  }).format(names);
  return plural(count) === 'one'
    ? msg(str`Added ${count} address: ${list}.`, {id: 'added-many-one'})
    : msg(str`Added ${count} addresses: ${list}.`, {id: 'added-many-other'});
}

export function removedMessage(name: string): string {
  return msg(str`Removed ${name}.`);
}

/** Announced when Backspace in the empty input selects the last chip. */
export function selectedMessage(name: string): string {
  return msg(str`${name} selected. Press Backspace again to remove it.`);
}

export function editingMessage(name: string): string {
  return msg(str`Editing ${name}.`);
}

/** Announced while searching portal users: how many match. */
export function matchCountMessage(count: number): string {
  if (count === 0) return msg('No portal user matches.');

  return plural(count) === 'one'
    ? msg(str`${count} portal user matches.`, {id: 'matches-one'})
    : msg(str`${count} portal users match.`, {id: 'matches-other'});
}

/** Said when Enter is pressed while several portal users match. */
export function chooseOneMessage(count: number): string {
  return msg(
    str`${count} portal users match. Choose one with the arrow keys and Enter.`,
    {id: 'matches-choose-one'}
  );
}

function plural(count: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(activeLocale()).select(count);
}
