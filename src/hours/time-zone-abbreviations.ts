/**
 * Abbreviations people type for the zones they know, in lower case, to the
 * zones they may mean, likeliest first. Browsers format most zones with an
 * offset such as `GMT+9` rather than `KST`, and an abbreviation may name
 * several zones (`IST`: India, Ireland, Israel), so search offers them all.
 *
 * Limitation: only these abbreviations are known; others are searched as
 * any text is.
 */
export const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['kst', ['Asia/Seoul']],
  ['jst', ['Asia/Tokyo']],
  ['hkt', ['Asia/Hong_Kong']],
  ['sgt', ['Asia/Singapore']],
  ['ict', ['Asia/Bangkok', 'Asia/Ho_Chi_Minh']],
  ['wib', ['Asia/Jakarta']],
  ['pht', ['Asia/Manila']],
  ['ist', ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem']],
  ['gst', ['Asia/Dubai']],
  ['msk', ['Europe/Moscow']],
  ['cst', ['America/Chicago', 'Asia/Shanghai', 'Asia/Taipei']],
  ['cdt', ['America/Chicago']],
  ['est', ['America/New_York']],
  ['edt', ['America/New_York']],
  ['mst', ['America/Denver', 'America/Phoenix']],
  ['mdt', ['America/Denver']],
  ['pst', ['America/Los_Angeles']],
  ['pdt', ['America/Los_Angeles']],
  ['akst', ['America/Anchorage']],
  ['hst', ['Pacific/Honolulu']],
  ['ast', ['America/Halifax']],
  ['nst', ['America/St_Johns']],
  ['brt', ['America/Sao_Paulo']],
  ['gmt', ['UTC', 'Europe/London']],
  ['bst', ['Europe/London']],
  ['wet', ['Europe/Lisbon']],
  ['cet', ['Europe/Paris', 'Europe/Berlin']],
  ['cest', ['Europe/Paris', 'Europe/Berlin']],
  ['eet', ['Europe/Athens', 'Europe/Helsinki']],
  ['eest', ['Europe/Athens', 'Europe/Helsinki']],
  ['sast', ['Africa/Johannesburg']],
  ['eat', ['Africa/Nairobi']],
  ['wat', ['Africa/Lagos']],
  ['aest', ['Australia/Sydney', 'Australia/Brisbane']],
  ['acst', ['Australia/Adelaide']],
  ['awst', ['Australia/Perth']],
  ['nzst', ['Pacific/Auckland']],
]);
