/**
 * Small helpers around `Intl` shared by the hours model. Nothing here knows
 * about schedules.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached `Intl.DateTimeFormat`. A locale the runtime cannot read falls
 * back to the runtime's default locale rather than failing the whole view;
 * an unknown time zone still throws, so callers decide what that means.
 */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  const cached = formats.get(key);
  if (cached) return cached;

  const format = createFormat(locale, options);
  formats.set(key, format);
  return format;
}

/** Like `dateTimeFormat`, for one-off formats that are not worth keeping. */
export function createFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, options);
  }
}

/** The text of one part of a formatted instant, or '' when there is none. */
export function formatPart(
  format: Intl.DateTimeFormat,
  instant: number,
  type: Intl.DateTimeFormatPartTypes
): string {
  const part = format.formatToParts(instant).find((p) => p.type === type);
  return part?.value ?? '';
}

/** Folds text for matching: width, case and accents do not count. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase();
}
