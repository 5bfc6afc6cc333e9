import {msg, str} from '@lit/localize';
import type {AddressProblem} from '../record/types.js';
import type {HoursProblem, HoursProblemCode} from '../hours/types.js';
import {activeLocale} from './locale.js';

// Every function here runs when a message is shown, never at module load:
// msg() answers in the locale active at the time of the call.

/** Names a character so that a person can find it, visible or not. */
export function describeCharacter(character: string): string {
  const point = character.codePointAt(0) ?? 0;
  const code = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(character)
    ? `“${character}” (${code})`
    : code;
}

/**
 * Quotes at most a line of what the person typed: a message is read aloud
 * and shown under the field, and a pasted page must not become one.
 */
export function shorten(text: string, limit = 60): string {
  const characters = Array.from(text);
  return characters.length > limit
    ? `${characters.slice(0, limit - 1).join('')}…`
    : text;
}

/**
 * A sentence that says what is wrong with an address and how to fix it,
 * for a field of `kind`.
 */
export function addressProblemMessage(
  problem: AddressProblem,
  kind: 'single' | 'list' | 'users' = 'list'
): string {
  const several = kind !== 'single';
  const input = shorten(problem.input);
  const character = problem.character
    ? describeCharacter(problem.character)
    : '';
  switch (problem.code) {
    case 'value-missing':
      return kind === 'users'
        ? msg('Choose at least one portal user.')
        : msg('Enter an email address.');
    case 'at-missing':
      return msg(str`“${input}” needs an @ between the name and the domain.`);
    case 'at-repeated':
      return msg(str`“${input}” has more than one @.`);
    case 'local-empty':
      return msg(str`“${input}” needs a name before the @.`);
    case 'domain-empty':
      return msg(str`“${input}” needs a domain after the @.`);
    case 'local-dot':
      return localDotMessage(input);
    case 'local-character':
      return msg(str`“${input}”: ${character} cannot be used before the @.`);
    case 'local-non-ascii':
      return msg(
        str`“${input}”: the part before the @ can only use Latin letters, digits and . _ + -; ${character} is not allowed.`
      );
    case 'domain-no-dot':
      return msg(
        str`“${input}”: the domain after the @ needs a dot, as in example.com.`
      );
    case 'domain-dot':
      return domainDotMessage(input);
    case 'domain-character':
      return msg(str`“${input}”: ${character} cannot be used in the domain.`);
    case 'domain-label':
      return msg(
        str`“${input}”: a part of the domain starts or ends with a hyphen or is too long.`
      );
    case 'space':
      return several
        ? msg(str`“${input}” contains a space. Separate addresses with commas.`)
        : msg(
            str`“${input}” contains a space. Enter one address without spaces.`,
            {
              id: 'address-space-single',
            }
          );
    case 'control-character':
      return msg(
        str`“${input}” contains an invisible control character (${character}).`
      );
    case 'too-long':
      return msg(str`“${input}” is too long for an email address.`);
    case 'too-many':
      return msg('Enter only one address here.');
    case 'not-portal-user':
      return msg(
        str`“${input}” is not a user of this portal. Choose someone from the list.`
      );
  }
}

/** Where a dot is misplaced in one part of an address. */
function dotPlace(part: string): 'start' | 'end' | 'double' | undefined {
  if (part.startsWith('.')) return 'start';
  if (part.endsWith('.')) return 'end';
  if (part.includes('..')) return 'double';
  return undefined;
}

function localDotMessage(input: string): string {
  const at = input.lastIndexOf('@');
  switch (dotPlace(at === -1 ? input : input.slice(0, at))) {
    case 'start':
      return msg(
        str`“${input}”: the part before the @ cannot start with a dot.`
      );
    case 'end':
      return msg(str`“${input}”: the part before the @ cannot end with a dot.`);
    case 'double':
      return msg(
        str`“${input}”: the part before the @ cannot have two dots in a row.`
      );
    default:
      return msg(
        str`“${input}”: the part before the @ cannot start or end with a dot or have two dots in a row.`
      );
  }
}

function domainDotMessage(input: string): string {
  const at = input.lastIndexOf('@');
  switch (dotPlace(input.slice(at + 1))) {
    case 'start':
      return msg(str`“${input}”: the domain cannot start with a dot.`);
    case 'end':
      return msg(str`“${input}”: the domain cannot end with a dot.`);
    case 'double':
      return msg(str`“${input}”: the domain cannot have two dots in a row.`);
    default:
      return msg(
        str`“${input}”: the domain cannot end with a dot or have two dots in a row.`
      );
  }
}

/**
 * Follows the first problem's message when more entries are wrong, so the
 * person knows the fix is not done after the first one.
 */
export function moreProblemsMessage(count: number): string {
  const plural = new Intl.PluralRules(activeLocale()).select(count);
  return plural === 'one'
    ? msg(str`${count} more entry needs fixing.`, {id: 'more-problems-one'})
    : msg(str`${count} more entries need fixing.`, {
        id: 'more-problems-other',
      });
}

/** The short name of a weekday for messages and controls. */
export function weekdayName(
  day: number,
  width: 'long' | 'short' = 'long'
): string {
  // 2024-01-01 was a Monday; UTC keeps the date fixed wherever we run.
  const date = new Date(Date.UTC(2024, 0, 1 + day));
  return new Intl.DateTimeFormat(activeLocale(), {
    weekday: width,
    timeZone: 'UTC',
  }).format(date);
}

/** A sentence for an hours problem; `where` names the day and range. */
export function hoursProblemMessage(problem: HoursProblem, where = ''): string {
  const code: HoursProblemCode = problem.code;
  switch (code) {
    case 'hours-missing':
      return msg('Add the hours when user support is available.');
    case 'hours-empty':
      return msg(
        'Choose at least one day with hours, or turn on around the clock.'
      );
    case 'time-format':
      return msg(str`${where}: enter a time such as 9:00 AM or 18:00.`);
    case 'time-start-24':
      return msg(str`${where}: a range cannot start at 24:00.`);
    case 'range-zero':
      return msg(str`${where} starts and ends at the same time.`);
    case 'range-overlap':
      return msg(str`${where} overlaps another range.`);
    case 'time-zone-unknown':
      return msg('Choose a time zone from the list.');
    case 'time-zone-repeated':
      return msg('This time zone already has a schedule.');
  }
}

/** “3 problems”, chosen by the plural rules of the active locale. */
export function problemCountMessage(count: number): string {
  const plural = new Intl.PluralRules(activeLocale()).select(count);
  return plural === 'one'
    ? msg(str`${count} problem needs your attention.`, {id: 'problems-one'})
    : msg(str`${count} problems need your attention.`, {
        id: 'problems-other',
      });
}
