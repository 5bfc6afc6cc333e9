// A maintained decoder; its ES module build loads in browsers and Node.
import {toUnicode} from 'punycode/punycode.es6.js';

import type {
  AddressProblem,
  AddressProblemCode,
  AddressResult,
  ParsedAddresses,
  PortalUser,
} from './types.js';

// The character classes of the HTML standard's "valid e-mail address".
const LOCAL_CHARACTER = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]$/;
const DOMAIN_CHARACTER = /^[A-Za-z0-9.-]$/;
// The same classes for a whole part: most text passes in one test.
const LOCAL_PART = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]*$/;
const DOMAIN_PART = /^[A-Za-z0-9.-]*$/;
const ASCII = /^[\x00-\x7f]*$/;
const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;

// Invisible formatting marks: never stored, never shown as a problem.
const FORMAT = /\p{Cf}/gu;
// Tab and line breaks read as gaps, not as control characters.
const CONTROL = /[^\P{Cc}\t\n\v\f\r]/u;
const SPACE = /\s/;
const MAILTO = /^mailto:/i;

// Mail servers take at most 64 characters before the @ and 254 in all
// (RFC 5321, 4.5.3.1); longer input is refused unread.
const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;
const MAX_INPUT = 1024;

// When the platform refuses a domain, its characters are tried one at a
// time to name the culprit; the cap keeps that cheap on long input.
const MAX_PROBED_CHARACTERS = 64;

/**
 * Reads one candidate address and returns it in the stored form (trimmed,
 * domain lower-cased and in ASCII) or the first problem found.
 */
export function normaliseAddress(raw: string): AddressResult {
  const input = raw.trim();
  // Far past any real address: refused before any costly work.
  if (input.length > MAX_INPUT) return fail('too-long', input);

  // ASCII holds no formatting marks and nothing for NFKC to fold.
  const plain = ASCII.test(input);
  const text = plain ? input : input.replace(FORMAT, '');
  const control = CONTROL.exec(text);
  if (control) return fail('control-character', input, control[0]);

  // Full-width forms (＠, Ａ) become their ASCII twins.
  const folded = plain ? text : text.normalize('NFKC').trim();
  if (folded === '') return fail('value-missing', input);
  if (SPACE.test(folded)) return fail('space', input);

  const parts = folded.split('@');
  if (parts.length === 1) return fail('at-missing', input);
  if (parts.length > 2) return fail('at-repeated', input);

  const [local, domain] = parts as [string, string];
  if (local === '') return fail('local-empty', input);
  if (domain === '') return fail('domain-empty', input);

  const localProblem = checkLocal(local, input);
  if (localProblem) return {ok: false, problem: localProblem};

  const ascii = domainToAscii(domain, input);
  if (!ascii.ok) return ascii;

  const address = `${local}@${ascii.address}`;
  if (local.length > MAX_LOCAL || address.length > MAX_ADDRESS) {
    return fail('too-long', input);
  }
  return {ok: true, address};
}

function checkLocal(local: string, input: string): AddressProblem | null {
  const bad = LOCAL_PART.test(local)
    ? undefined
    : firstOutside(local, LOCAL_CHARACTER);
  if (bad !== undefined) {
    const code = ASCII.test(bad)
      ? 'local-character'
      : NON_ASCII_WORD.test(bad)
        ? 'local-non-ascii'
        : 'local-character';
    return problem(code, input, bad);
  }

  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return problem('local-dot', input);
  }
  return null;
}

/** The first character of `text` that `allowed` does not match. */
function firstOutside(text: string, allowed: RegExp): string | undefined {
  for (const character of text) {
    if (!allowed.test(character)) return character;
  }
  return undefined;
}

/** Returns the domain in its lower-case ASCII form, as `address`. */
function domainToAscii(domain: string, input: string): AddressResult {
  // Anything that could end the host in a URL is refused before the
  // platform's parser sees it, so it cannot read a path or a port.
  if (!DOMAIN_PART.test(domain)) {
    for (const character of domain) {
      if (ASCII.test(character) && !DOMAIN_CHARACTER.test(character)) {
        return fail('domain-character', input, character);
      }
    }
  }

  if (hasDotProblem(domain)) return fail('domain-dot', input);

  let ascii = domain.toLowerCase();
  if (!ASCII.test(domain)) {
    const converted = hostname(domain);
    if (converted === null) {
      return fail('domain-character', input, findBadDomainCharacter(domain));
    }
    ascii = converted;
  }

  return checkAsciiDomain(ascii, input);
}

function checkAsciiDomain(domain: string, input: string): AddressResult {
  // Mapping by the platform may bring in what the original did not hold.
  const bad = DOMAIN_PART.test(domain)
    ? undefined
    : firstOutside(domain, DOMAIN_CHARACTER);
  if (bad !== undefined) return fail('domain-character', input, bad);
  if (hasDotProblem(domain)) return fail('domain-dot', input);
  if (!domain.includes('.')) return fail('domain-no-dot', input);

  const labels = domain.split('.');
  const badLabel = labels.some(
    (label) => label.length > 63 || label.startsWith('-') || label.endsWith('-')
  );
  if (badLabel) return fail('domain-label', input);

  return {ok: true, address: domain};
}

function hasDotProblem(domain: string): boolean {
  return (
    domain.startsWith('.') || domain.endsWith('.') || domain.includes('..')
  );
}

/** The platform's IDNA conversion, or null where it refuses the domain. */
function hostname(domain: string): string | null {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
}

function findBadDomainCharacter(domain: string): string | undefined {
  const seen = new Set<string>();
  for (const character of domain) {
    if (ASCII.test(character) || seen.has(character)) continue;
    if (seen.size >= MAX_PROBED_CHARACTERS) break;

    seen.add(character);
    if (hostname(`a${character}a.example`) === null) return character;
  }
  return undefined;
}

function problem(
  code: AddressProblemCode,
  input: string,
  character?: string
): AddressProblem {
  return character === undefined ? {code, input} : {code, input, character};
}

function fail(
  code: AddressProblemCode,
  input: string,
  character?: string
): AddressResult {
  return {ok: false, problem: problem(code, input, character)};
}

/** A run of text between separators, with its place in the pasted text. */
interface Token {
  kind: 'word' | 'quoted' | 'angle';
  /** For an angle token, what is between the brackets. */
  text: string;
  start: number;
  end: number;
}

/** A comma- or semicolon-separated piece of the pasted text. */
interface Piece {
  tokens: Token[];
  /** Whether a comma (not a semicolon or the end) closes it. */
  endsWithComma: boolean;
}

/**
 * Reads what a person typed or pasted into a list of addresses: separators
 * of any kind, `mailto:` prefixes and display names are understood, and
 * everything else comes back as a problem, in the order it appeared.
 */
export function parseAddressList(text: string): ParsedAddresses {
  const parsed =
    recentlyParsed.get(text) ??
    (text === lastLong?.text ? lastLong.parsed : parse(text));
  remember(text, parsed);

  // Copies, so that no caller can change what the next one is given.
  return {
    addresses: [...parsed.addresses],
    problems: parsed.problems.map((problem) => ({...problem})),
  };
}

// An element reads the same text many times per keystroke (its validity,
// its form value, its addresses), so the last few results are kept; of
// long pastes, only the last.
const recentlyParsed = new Map<string, ParsedAddresses>();
const RECENTLY_PARSED_SIZE = 8;
const RECENTLY_PARSED_LENGTH = 2048;
let newest: string | undefined;
let lastLong: {text: string; parsed: ParsedAddresses} | undefined;

function remember(text: string, parsed: ParsedAddresses): void {
  if (text.length > RECENTLY_PARSED_LENGTH) {
    lastLong = {text, parsed};
    return;
  }
  if (text === newest) return;

  // Most recent last, so the first key is the one to drop.
  newest = text;
  recentlyParsed.delete(text);
  recentlyParsed.set(text, parsed);
  if (recentlyParsed.size > RECENTLY_PARSED_SIZE) {
    const [oldest] = recentlyParsed.keys();
    recentlyParsed.delete(oldest);
  }
}

function parse(text: string): ParsedAddresses {
  const clean = ASCII.test(text) ? text : text.replace(FORMAT, '');
  const pieces = splitPieces(clean);
  const addresses: string[] = [];
  const problems: AddressProblem[] = [];
  const seen = new Set<string>();

  const read: Reader = {
    entry(tokens, named) {
      const typed = slice(clean, tokens);
      const results = (named ?? [typed]).map((address) =>
        normaliseAddress(stripMailto(address))
      );
      const failed = results.find((result) => !result.ok);
      if (failed && !failed.ok) {
        // The problem quotes the entry as typed, name and brackets too, so
        // that a field can give it back unchanged; empty brackets
        // (`Kim <>`) read as a missing @, since the entry is not empty.
        const {problem} = failed;
        const code =
          problem.code === 'value-missing' ? 'at-missing' : problem.code;
        problems.push({...problem, code, input: typed.trim()});
        return;
      }

      for (const result of results) {
        if (!result.ok) continue;
        const key = result.address.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        addresses.push(result.address);
      }
    },
    problem(code, tokens) {
      problems.push(problem(code, slice(clean, tokens)));
    },
  };
  let name: Token[] = [];
  pieces.forEach((piece, index) => {
    name = readPiece(piece, pieces[index + 1], read, name);
  });

  return {addresses, problems};
}

/** Receives what a piece holds, in the order it holds it. */
interface Reader {
  /**
   * An entry, as typed in `tokens`, that names `addresses` (by default, the
   * entry is the address). All of them are taken, or, when one is wrong,
   * none: the entry is then one problem and goes back whole.
   */
  entry(tokens: Token[], addresses?: string[]): void;
  problem(code: AddressProblemCode, tokens: Token[]): void;
}

function stripMailto(candidate: string): string {
  const trimmed = candidate.trim();
  if (!MAILTO.test(trimmed)) return trimmed;

  // A copied link may carry `?subject=…` after the address.
  return trimmed.replace(MAILTO, '').split('?')[0]!;
}

/**
 * Reads one piece; `name` is the start of a display name that earlier
 * pieces began. Returns the name that goes on into the next piece.
 */
function readPiece(
  piece: Piece,
  next: Piece | undefined,
  read: Reader,
  name: Token[]
): Token[] {
  const {tokens} = piece;
  if (tokens.length === 0) return [];

  const entry = [...name, ...tokens];
  const lastAngle = tokens.findLastIndex((token) => token.kind === 'angle');
  if (lastAngle === tokens.length - 1) {
    // Whatever stands before a bracket is the name of its address.
    const bracketed = tokens.flatMap((token) =>
      token.kind === 'angle' ? [token.text] : []
    );
    read.entry(entry, bracketed);
    return [];
  }
  if (lastAngle !== -1) {
    // Text after a bracket (`<b>ops</b>@x.example`) is no `Name <address>`:
    // the entry is checked as it was typed, brackets and all.
    read.entry(entry);
    return [];
  }

  // Outlook writes `Last, First <address>`: that comma is in the name.
  const nameGoesOn =
    piece.endsWithComma &&
    next !== undefined &&
    next.tokens.some((token) => token.kind === 'angle');
  if (nameGoesOn && !tokens.some(holdsAt)) return entry;

  readBare(tokens, read);
  return [];
}

/** Words without brackets: bare addresses, or text that is not one. */
function readBare(tokens: Token[], read: Reader): void {
  if (tokens.length === 0) return;

  if (!tokens.some(holdsAt)) {
    read.problem('at-missing', tokens);
    return;
  }
  for (const group of groupAroundAddresses(tokens)) {
    if (group.length === 1) {
      const [token] = group;
      read.entry(group, token!.kind === 'quoted' ? [token!.text] : undefined);
    } else {
      read.problem('space', group);
    }
  }
}

function holdsAt(token: Token): boolean {
  const {text} = token;
  if (text.includes('@')) return true;

  // NFKC, so that a full-width at sign counts too; ASCII has none.
  return !ASCII.test(text) && text.normalize('NFKC').includes('@');
}

/**
 * Binds words without `@` to the address they stand next to (the one that
 * follows, else the one before), so `dev support@x.example` stays one
 * problem instead of a dropped word and a wrong address.
 */
function groupAroundAddresses(tokens: Token[]): Token[][] {
  const groups: Token[][] = [];
  let pending: Token[] = [];

  for (const token of tokens) {
    pending.push(token);
    if (holdsAt(token)) {
      groups.push(pending);
      pending = [];
    }
  }
  const last = groups[groups.length - 1];
  if (pending.length > 0 && last) last.push(...pending);

  return groups;
}

function slice(text: string, tokens: Token[]): string {
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

/** Splits the text at commas and semicolons outside quotes and brackets. */
function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let tokens: Token[] = [];
  let index = 0;

  while (index < text.length) {
    const character = text[index]!;
    const kind = classify(character);

    if (kind === 'space') {
      index++;
    } else if (kind === 'comma' || kind === 'semicolon') {
      pieces.push({tokens, endsWithComma: kind === 'comma'});
      tokens = [];
      index++;
    } else if (kind === 'quote') {
      const end = findClosing(text, index + 1, 'quote');
      tokens.push({
        kind: 'quoted',
        text: text.slice(index + 1, end),
        start: index,
        end: Math.min(end + 1, text.length),
      });
      index = end + 1;
    } else if (kind === 'open') {
      const end = findClosing(text, index + 1, 'close');
      tokens.push({
        kind: 'angle',
        text: text.slice(index + 1, end),
        start: index,
        end: Math.min(end + 1, text.length),
      });
      index = end + 1;
    } else {
      const start = index;
      // A stray `>` stays in its word, for the address check to name it.
      while (index < text.length && isWordCharacter(text[index]!)) index++;
      tokens.push({
        kind: 'word',
        text: text.slice(start, index),
        start,
        end: index,
      });
    }
  }
  pieces.push({tokens, endsWithComma: false});

  return pieces;
}

type CharacterKind =
  'space' | 'comma' | 'semicolon' | 'quote' | 'open' | 'close' | 'other';

// Full-width and ideographic separators count the same as ASCII ones, since
// Korean and Japanese input methods type them.
const KINDS: Record<string, CharacterKind> = {
  ',': 'comma',
  '，': 'comma',
  '、': 'comma',
  ';': 'semicolon',
  '；': 'semicolon',
  // A line break ends an entry as a semicolon does: a pasted column puts
  // one entry per line, display names included.
  '\n': 'semicolon',
  '\r': 'semicolon',
  '"': 'quote',
  '＂': 'quote',
  '“': 'quote',
  '”': 'quote',
  '<': 'open',
  '＜': 'open',
  '>': 'close',
  '＞': 'close',
};

function classify(character: string): CharacterKind {
  return KINDS[character] ?? (SPACE.test(character) ? 'space' : 'other');
}

function isWordCharacter(character: string): boolean {
  const kind = classify(character);
  return kind === 'other' || kind === 'close';
}

function findClosing(text: string, from: number, kind: CharacterKind): number {
  for (let index = from; index < text.length; index++) {
    if (classify(text[index]!) === kind) return index;
  }
  return text.length;
}

/** The address with its domain in Unicode, for people to read. */
export function displayAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at === -1) return address;

  const domain = address.slice(at + 1);
  // Only an `xn--` label has a Unicode form; most domains have none.
  if (ASCII.test(domain) && !/(?:^|\.)xn--/i.test(domain)) return address;

  try {
    return `${address.slice(0, at)}@${toUnicode(domain)}`;
  } catch {
    // A label that only looks like punycode stays as it is.
    return address;
  }
}

/** Whether two addresses are the same, however they were written. */
export function sameAddress(a: string, b: string): boolean {
  return addressKey(a) === addressKey(b);
}

/** One key for every way of writing the same address. */
export function addressKey(address: string): string {
  const result = normaliseAddress(address);
  return (result.ok ? result.address : address.trim()).toLowerCase();
}

// Pasted lists may name thousands of addresses, so each user list is
// indexed once. A list is read as given: hosts pass a new array to change
// it, as they must for the elements to notice.
const userIndexes = new WeakMap<
  readonly PortalUser[],
  Map<string, PortalUser>
>();

/** The portal user with this address, whatever its case. */
export function findPortalUser(
  address: string,
  users: readonly PortalUser[]
): PortalUser | undefined {
  let index = userIndexes.get(users);
  if (!index) {
    index = new Map();
    for (const user of users) {
      const key = addressKey(user.email);
      // The first user with an address wins, as a search would find.
      if (!index.has(key)) index.set(key, user);
    }
    userIndexes.set(users, index);
  }
  return index.get(addressKey(address));
}
