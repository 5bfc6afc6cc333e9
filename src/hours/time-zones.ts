/**
 * Time zones of the hours model: IANA ids, checked and canonicalised with
 * `Intl`, their localised names, and search. Only `utcOffset` looks at a
 * date, to show the offset in force at that moment.
 */

import {createFormat, dateTimeFormat, fold, formatPart} from './intl.js';
import {ABBREVIATIONS} from './time-zone-abbreviations.js';
import {KOREAN_CITY_NAMES, OTHER_ZONE_NAMES} from './time-zone-cities.js';

/**
 * Zones that IANA renamed while CLDR, and with it Chromium's and Node's
 * `Intl`, kept the old id as the canonical one. Old id to current id.
 */
const RENAMED: ReadonlyMap<string, string> = new Map([
  ['Africa/Asmera', 'Africa/Asmara'],
  ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  ['America/Catamarca', 'America/Argentina/Catamarca'],
  ['America/Coral_Harbour', 'America/Atikokan'],
  ['America/Cordoba', 'America/Argentina/Cordoba'],
  ['America/Godthab', 'America/Nuuk'],
  ['America/Indianapolis', 'America/Indiana/Indianapolis'],
  ['America/Jujuy', 'America/Argentina/Jujuy'],
  ['America/Louisville', 'America/Kentucky/Louisville'],
  ['America/Mendoza', 'America/Argentina/Mendoza'],
  ['Asia/Calcutta', 'Asia/Kolkata'],
  ['Asia/Katmandu', 'Asia/Kathmandu'],
  ['Asia/Rangoon', 'Asia/Yangon'],
  ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
  ['Atlantic/Faeroe', 'Atlantic/Faroe'],
  ['Europe/Kiev', 'Europe/Kyiv'],
  ['Pacific/Enderbury', 'Pacific/Kanton'],
  ['Pacific/Ponape', 'Pacific/Pohnpei'],
  ['Pacific/Truk', 'Pacific/Chuuk'],
]);

/** Current id (lower case) to the old one, for runtimes that lack the new. */
const FORMER = new Map(
  [...RENAMED].map(([former, current]) => [current.toLowerCase(), former])
);

// Every spelling of the zero-offset zone; engines differ in which they keep.
const UTC_NAMES = new Set(
  ['utc', 'uct', 'gmt', 'gmt0', 'gmt+0', 'gmt-0', 'greenwich', 'universal']
    .concat('zulu')
    .flatMap((name) => [name, `etc/${name}`])
);

// IANA ids are names, never offsets: Chromium also takes `+09:00`.
const IANA_ID = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

// Ids arrive as people type them, so the cache is kept small.
const canonicalCache = new Map<string, string | undefined>();
const CANONICAL_CACHE_SIZE = 1000;

/**
 * The canonical IANA id of a time zone, or `undefined` when the runtime does
 * not know it. Case does not matter; aliases give their current id
 * (`Asia/Calcutta` gives `Asia/Kolkata`, `US/Eastern` gives
 * `America/New_York`) and every name of the zero-offset zone (`Etc/UTC`,
 * `GMT`, `Zulu`) gives `UTC`. Never throws.
 *
 * Limitation: a runtime that keeps an alias as given (as newer ECMA-402
 * allows) leaves links such as `US/Eastern` unchanged; renamed zones and
 * `UTC` are still mapped.
 */
export function canonicalTimeZone(id: string): string | undefined {
  if (typeof id !== 'string') return undefined;
  if (canonicalCache.has(id)) return canonicalCache.get(id);

  const canonical = canonicalise(id.trim());
  if (canonicalCache.size >= CANONICAL_CACHE_SIZE) canonicalCache.clear();
  canonicalCache.set(id, canonical);
  return canonical;
}

function canonicalise(id: string): string | undefined {
  if (!IANA_ID.test(id)) return undefined;
  if (UTC_NAMES.has(id.toLowerCase())) return 'UTC';

  const resolved =
    resolveTimeZone(id) ?? resolveTimeZone(FORMER.get(id.toLowerCase()));
  if (resolved === undefined) return undefined;

  return currentName(resolved);
}

function resolveTimeZone(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;

  try {
    return new Intl.DateTimeFormat('en', {timeZone: id}).resolvedOptions()
      .timeZone;
  } catch {
    return undefined;
  }
}

function currentName(id: string): string {
  if (UTC_NAMES.has(id.toLowerCase())) return 'UTC';

  return RENAMED.get(id) ?? id;
}

let allZones: readonly string[] | undefined;

/**
 * Every time zone the runtime knows, canonical, once each, plus `UTC` and
 * the runtime's own zone, sorted by id. Worked out on first use.
 */
export function listTimeZones(): string[] {
  allZones ??= collectTimeZones();
  return [...allZones];
}

function collectTimeZones(): string[] {
  const supported =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : [];
  const zones = new Set(supported.map(currentName));
  zones.add('UTC');
  zones.add(defaultTimeZone());
  // The runtime lists canonical ids only, so naming and searching every
  // zone need not build a DateTimeFormat per zone to check that again.
  for (const zone of zones) {
    if (!canonicalCache.has(zone)) canonicalCache.set(zone, zone);
  }
  return [...zones].sort();
}

/**
 * The runtime's own time zone, canonical even where the browser reports an
 * alias (Chromium says `Asia/Calcutta`); `UTC` when it reports none.
 */
export function defaultTimeZone(): string {
  const id = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (id && canonicalTimeZone(id)) || 'UTC';
}

/** `long`: `Korean Standard Time`, `Eastern Time`; `short`: `ET`. */
export type TimeZoneNameStyle = 'long' | 'short';

// Any fixed instant will do for generic names; a recent one picks the zone's
// current naming where a region changed its zone (Volgograd, 2020).
const NAMING_INSTANT = Date.UTC(2026, 0, 1);

// Names are kept per locale and style, keyed by the zone id as given (the
// ids of the zone list are shared strings), and each distinct name is kept
// once: naming every zone for search in three languages stays small.
const nameCaches = new Map<string, Map<string, string>>();
const names = new Map<string, string>();

/**
 * The localised name of a time zone, generic (no standard or daylight
 * variant) so it never depends on the date: `Eastern Time` / `북미 동부
 * 시간`, `Korean Standard Time` / `한국 표준시`, `Coordinated Universal Time`
 * for `UTC`. An unknown id comes back as given.
 *
 * Limitation: a zone whose region changes its naming after 2026 keeps the
 * 2026 name until the instant above is moved.
 */
export function timeZoneName(
  id: string,
  locale: string,
  style: TimeZoneNameStyle = 'long'
): string {
  const cacheKey = `${locale}\u0000${style}`;
  let cache = nameCaches.get(cacheKey);
  if (!cache) {
    cache = new Map();
    nameCaches.set(cacheKey, cache);
  }
  const cached = cache.get(id);
  if (cached !== undefined) return cached;

  const fresh = nameOf(id, locale, style);
  const name = names.get(fresh) ?? fresh;
  names.set(name, name);
  cache.set(id, name);
  return name;
}

function nameOf(id: string, locale: string, style: TimeZoneNameStyle): string {
  const timeZone = canonicalTimeZone(id);
  if (timeZone === undefined) return id;

  const generic = zoneNamePart(timeZone, locale, `${style}Generic`);
  // Zones without a generic name (UTC, Etc/GMT+5) get an offset such as
  // `GMT+00:00`; for those, the specific name says more and cannot vary.
  if (!/\d/.test(generic)) return generic;

  return zoneNamePart(timeZone, locale, style);
}

function zoneNamePart(
  timeZone: string,
  locale: string,
  timeZoneName: Intl.DateTimeFormatOptions['timeZoneName']
): string {
  const format = createFormat(locale, {timeZone, timeZoneName});
  return formatPart(format, NAMING_INSTANT, 'timeZoneName') || timeZone;
}

/**
 * The offset from UTC in force in a zone at an instant, `UTC+09:00`,
 * `UTC-05:00`, `UTC+05:30`, `UTC+00:00`; `undefined` for an unknown zone or
 * an invalid date. The one place where a date matters: it shows people the
 * offset of today, and never touches a schedule.
 */
export function utcOffset(id: string, at: Date): string | undefined {
  const timeZone = canonicalTimeZone(id);
  if (timeZone === undefined) return undefined;

  let text: string;
  try {
    // Kept per zone: a view shows the offset again at every render.
    const format = dateTimeFormat('en-US', {
      timeZone,
      timeZoneName: 'longOffset',
    });
    text = formatPart(format, at.getTime(), 'timeZoneName');
  } catch {
    return undefined;
  }

  // `GMT` alone is zero; some engines write the minus sign as U+2212.
  const match = /([+\-\u2212])(\d{1,2})(?::(\d{2}))?/.exec(text);
  if (!match) return 'UTC+00:00';

  const sign = match[1] === '+' ? '+' : '-';
  const hours = match[2].padStart(2, '0');
  return `UTC${sign}${hours}:${match[3] ?? '00'}`;
}

interface SearchEntry {
  id: string;
  /** Folded names: with spaces, and without any. */
  keys: {spaced: string; compact: string}[];
  /** A zone people often pick, listed first among equal matches. */
  major: boolean;
}

const searchIndexes = new Map<string, SearchEntry[]>();

/**
 * Zones that match what a person typed, best first: by city in the id
 * (`seoul`, `new york`, `Los_Angeles`), by an id the zone used to have
 * (`calcutta`), by the zone's generic names in the locale, in English and in
 * Korean (`Korean Standard Time`, `한국 표준시`, `South Korea`), and by
 * Korean city name (`서울`). Case, width, accents, spaces and underscores do
 * not count. The zones of a known abbreviation (`KST`, `IST`) come first,
 * then a zone id typed in full (an alias too), then exact matches, names
 * that start with the query, names with a word that does, and the rest that
 * contain it within a word. An offset (`UTC+9`, `GMT+09:00`, `+0530`) gives
 * the zones at that offset at `now`. An empty query gives every zone.
 */
export function searchTimeZones(
  query: string,
  locale: string,
  now = new Date()
): string[] {
  const spaced = searchText(query);
  if (spaced === '') return listTimeZones();

  const offset = typedOffset(query);
  if (offset !== undefined) return zonesAt(offset, now);

  const pinned = new Set(
    [...(ABBREVIATIONS.get(spaced) ?? []), query.trim()]
      .map(canonicalTimeZone)
      .filter((id): id is string => id !== undefined)
  );
  const compact = spaced.replace(/ /g, '');
  const found: {id: string; rank: number; major: boolean}[] = [];
  for (const entry of searchIndex(locale)) {
    if (pinned.has(entry.id)) continue;
    let rank = Infinity;
    for (const key of entry.keys) {
      rank = Math.min(rank, matchRank(key, spaced, compact));
    }
    if (rank === Infinity) continue;

    found.push({id: entry.id, rank, major: entry.major});
  }

  found.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(b.major) - Number(a.major) ||
      (a.id < b.id ? -1 : 1)
  );
  return [...pinned, ...found.map((match) => match.id)];
}

// `UTC+9`, `GMT -05:00`, `+0530`, with the minus sign of any keyboard.
const OFFSET = /^(?:utc|gmt)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/** The offset a person typed, as `utcOffset` writes it, or undefined. */
function typedOffset(query: string): string | undefined {
  const match = OFFSET.exec(query.trim());
  if (!match) return undefined;

  const hours = match[2]!.padStart(2, '0');
  const minutes = match[3] ?? '00';
  // Zero has one sign, as `utcOffset` writes it.
  const zero = Number(hours) === 0 && Number(minutes) === 0;
  const sign = match[1] === '+' || zero ? '+' : '-';
  return `UTC${sign}${hours}:${minutes}`;
}

// The zones people mean most often: first the likeliest zone of each
// common abbreviation, then the others they name.
const LIKELY = [
  ...new Set([
    ...[...ABBREVIATIONS.values()].map((zones) => zones[0]!),
    ...[...ABBREVIATIONS.values()].flat(),
  ]),
];

/**
 * Zones at `offset` at `now`: first the likeliest (`UTC` for +0, New York
 * for -5 in winter), then those with Korean city names, then by id.
 */
function zonesAt(offset: string, now: Date): string[] {
  const rank = (id: string) => {
    const likely = LIKELY.indexOf(id);
    if (likely !== -1) return likely;
    return KOREAN_CITY_NAMES[id] === undefined ? Infinity : LIKELY.length;
  };
  return listTimeZones()
    .filter((id) => utcOffset(id, now) === offset)
    .map((id) => ({id, rank: rank(id)}))
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1))
    .map((zone) => zone.id);
}

function matchRank(
  key: {spaced: string; compact: string},
  spaced: string,
  compact: string
): number {
  if (key.compact === compact) return 0;
  if (key.compact.startsWith(compact)) return 1;
  if (` ${key.spaced}`.includes(` ${spaced}`)) return 2;
  // Not across words: `kst` is no part of `Yakutsk Standard Time`.
  if (key.spaced.includes(spaced)) return 3;

  return Infinity;
}

function searchIndex(locale: string): SearchEntry[] {
  const cached = searchIndexes.get(locale);
  if (cached) return cached;

  const formers = new Map<string, string[]>();
  for (const [former, current] of RENAMED) {
    formers.set(current, [...(formers.get(current) ?? []), former]);
  }

  const locales = [...new Set([locale, 'en', 'ko'])];
  const index = listTimeZones().map((id): SearchEntry => {
    const names = [id, ...(formers.get(id) ?? [])].flatMap((name) => [
      name,
      name.slice(name.lastIndexOf('/') + 1),
    ]);
    for (const language of locales) {
      names.push(timeZoneName(id, language, 'long'));
      names.push(timeZoneName(id, language, 'short'));
    }
    names.push(...(OTHER_ZONE_NAMES[id] ?? []));
    const korean = KOREAN_CITY_NAMES[id];
    if (korean) names.push(korean);

    const keys = [...new Set(names.map(searchText))].map((text) => ({
      spaced: text,
      compact: text.replace(/ /g, ''),
    }));
    return {id, keys, major: korean !== undefined};
  });

  searchIndexes.set(locale, index);
  return index;
}

/** Folded, with separators in ids and names read as spaces. */
function searchText(text: string): string {
  return fold(text)
    .replace(/[\s_/()\-.,]+/g, ' ')
    .trim();
}
