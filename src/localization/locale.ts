import {configureLocalization, LOCALE_STATUS_EVENT} from '@lit/localize';
import type {LocaleModule} from '@lit/localize';
import type {ReactiveControllerHost} from 'lit';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';

/** The locales the library ships: English (source) and Korean. */
export type LocaleCode = 'en' | 'ko';

export const SOURCE_LOCALE: LocaleCode = sourceLocale;
export const LOCALES: readonly LocaleCode[] = [sourceLocale, ...targetLocales];

// Explicit imports per locale: bundlers and the test server cannot follow a
// template-literal import().
const loaders: Record<
  Exclude<LocaleCode, 'en'>,
  () => Promise<LocaleModule>
> = {ko: () => import('./generated/ko.js')};

/**
 * The library's translations for `locale`, for a host that configured
 * @lit/localize itself: merge them into what its own `loadLocale` returns.
 *
 * ```js
 * loadLocale: async (locale) => ({
 *   templates: {
 *     ...(await loadContactInfoTranslations(locale)).templates,
 *     ...(await import(`./locales/${locale}.js`)).templates,
 *   },
 * }),
 * ```
 */
export async function loadContactInfoTranslations(
  locale: string
): Promise<LocaleModule> {
  const load = loaders[baseLanguage(locale) as Exclude<LocaleCode, 'en'>];
  return load ? load() : {templates: {}};
}

let runtime: ReturnType<typeof configureLocalization> | undefined;

/**
 * Switches every element of the library to `locale`, for a host that has no
 * localisation of its own. The first call configures @lit/localize for the
 * page; a host that configured it already calls its own `setLocale` instead
 * and merges {@link loadContactInfoTranslations}.
 */
export async function setLocale(locale: string): Promise<void> {
  const code = supportedLocale(locale);
  try {
    runtime ??= configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: loadContactInfoTranslations,
    });
  } catch (cause) {
    throw new Error(
      'contact-info-elements: this page configured @lit/localize already. ' +
        'Merge loadContactInfoTranslations() into its loadLocale and call ' +
        'its own setLocale().',
      {cause}
    );
  }
  await runtime.setLocale(code);
}

let active: string = sourceLocale;

/** Connected elements that render again when the locale changes. */
const followers = new Set<ReactiveControllerHost>();

// Follows the page's locale whoever configured @lit/localize, so that Intl
// formats dates and names in the same language as the messages. One
// listener for every element: a page may hold hundreds of fields.
if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if (event.detail.status !== 'ready') return;

    active = event.detail.readyLocale;
    for (const host of followers) host.requestUpdate();
  });
}

/**
 * Renders `host` again, while it is connected, each time a locale is ready,
 * as @lit/localize's `updateWhenLocaleChanges` does.
 */
export function followLocale(host: ReactiveControllerHost): void {
  host.addController({
    hostConnected: () => followers.add(host),
    hostDisconnected: () => followers.delete(host),
  });
}

/** The locale the elements render in now, as a BCP 47 tag for `Intl`. */
export function activeLocale(): string {
  return active;
}

/** `ko-KR` → `ko`; anything we do not ship → the source locale. */
export function supportedLocale(locale: string): LocaleCode {
  const language = baseLanguage(locale);
  return (LOCALES as readonly string[]).includes(language)
    ? (language as LocaleCode)
    : sourceLocale;
}

function baseLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0];
}
