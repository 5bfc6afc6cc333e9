/**
 * A seeded, reproducible corpus of hostile input: what people paste, what
 * a careless host passes, what an attacker tries. The same seed always
 * gives the same inputs, so a failure can be replayed.
 */

/** mulberry32: a small, well-known 32-bit PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A pasted list of `count` different addresses; `good` says which are. */
function manyAddresses(count: number, good: (index: number) => boolean) {
  return Array.from({length: count}, (_, index) =>
    good(index) ? `oncall${index}@bareun.example` : `oncall${index}@`
  ).join(', ');
}

/** Inputs chosen by hand, each a known way to break a field. */

export const HANDPICKED: string[] = [
  '',
  ' ',
  '\t\n\r',
  'a'.repeat(100_000),
  `${'x'.repeat(99_980)}@bareun.example`,
  `ops@${'a'.repeat(100_000)}.example`,
  '@'.repeat(100_000),
  ','.repeat(50_000),
  'a@b.example,'.repeat(5_000),
  manyAddresses(3_000, () => true),
  manyAddresses(3_000, (index) => index % 2 === 0),
  '\u0000ops@bareun.example',
  'ops\u0007@bareun.example',
  'ops@bareun.example\u007f',
  'ops\u0085@bareun.example',
  '\u200bops@bareun.example',
  '\ufeffops@bareun.example\ufeff',
  'ops\u200e@bareun.example',
  '\u202eelpmaxe.nuerab@spo',
  'ops\u2028@bareun.example',
  'مرحبا@مثال.السعودية',
  'שלום@דוגמה.ישראל',
  'support@مثال.example',
  '😀@bareun.example',
  'ops@😀.example',
  '👩‍👩‍👧‍👦',
  'ops＠ｂａｒｅｕｎ．ｅｘａｍｐｌｅ',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '<b>ops</b>@bareun.example',
  'ops@bareun.example<svg onload=alert(1)>',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  'javascript:alert(1)',
  'mailto:',
  'mailto:mailto:ops@bareun.example',
  '<>',
  '<<<ops@bareun.example>>>',
  '"unterminated <ops@bareun.example>',
  '"a"@b.example',
  '\\ops@bareun.example',
  'ops@[127.0.0.1]',
  'ops@-bareun.example',
  'ops@bareun-.example',
  `ops@${'a'.repeat(64)}.example`,
  'ops@xn--.example',
  'ops@xn--zz.example',
  'ops@.example',
  '.@.',
  '@',
  '@@',
  'a@b',
  'ops @ bareun.example',
  'Kim, "Min, Jun" <a@b.example>;;;,,,',
  '\ud800ops@bareun.example',
  'ops@bareun.example\udfff',
  '__proto__@bareun.example',
  'constructor',
  'toString',
];

const PIECES = [
  'ops',
  '@',
  '.',
  'bareun',
  'example',
  ',',
  ';',
  ' ',
  '\n',
  '<',
  '>',
  '"',
  'mailto:',
  '\u200b',
  '\u0000',
  '＠',
  '담당',
  'ü',
  '😀',
  'مرحبا',
  '<script>',
  '-',
  '..',
  '\\',
];

/** `count` generated inputs made of pieces that matter to the parser. */
export function generated(seed: number, count: number): string[] {
  const next = random(seed);
  const inputs: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const length = 1 + Math.floor(next() * 12);
    let text = '';
    for (let piece = 0; piece < length; piece += 1) {
      text += PIECES[Math.floor(next() * PIECES.length)];
    }
    inputs.push(text);
  }
  return inputs;
}

/** What a careless or hostile host may pass as a support-hours value. */
export const HOSTILE_HOURS_JSON: string[] = [
  '{',
  '[',
  '[{"timeZone":',
  'null',
  '42',
  '"Asia/Seoul"',
  '{}',
  '[null]',
  '[42, "x", true]',
  '[{"timeZone":"Mars/Olympus","days":{"mon":[["09:00","18:00"]]}}]',
  '[{"timeZone":"Asia/Seoul","days":{"mon":[["25:00","26:00"]]}}]',
  '[{"timeZone":"Asia/Seoul","days":{"mon":[["18:00","09:00"],["08:00","10:00"]]}}]',
  '[{"timeZone":"Asia/Seoul","days":{"mon":[["9","x"]]}}]',
  '[{"timeZone":"Asia/Seoul","days":{"mon":"09:00-18:00"}}]',
  '[{"timeZone":"Asia/Seoul","days":{"funday":[["09:00","18:00"]]}}]',
  '[{"timeZone":"<img src=x onerror=alert(1)>","aroundTheClock":true}]',
  '[{"timeZone":"Asia/Seoul","aroundTheClock":"yes"}]',
  `[{"timeZone":"${'Zone/'.repeat(20_000)}","aroundTheClock":true}]`,
  `[${'{"timeZone":"UTC","aroundTheClock":true},'.repeat(100)}{"timeZone":"UTC","aroundTheClock":true}]`,
];

/** What a careless host may pass as the modal's `value`. */
export const HOSTILE_RECORDS: unknown[] = [
  null,
  42,
  'a record',
  [],
  {},
  {version: 99},
  {version: 1, technicalEmergency: 'ops@bareun.example'},
  {version: 1, technicalEmergency: [1, null, {}]},
  {version: 1, operationsPublic: ['a@b.example', 'c@d.example']},
  {version: 1, operationalSupport: 'always'},
  {version: 1, operationalSupport: [null]},
  {
    version: 1,
    alertContacts: ['<img src=x onerror=alert(1)>'],
    technicalEmergency: ['a'.repeat(100_000)],
  },
];

/** What a careless host may pass as the modal's portal users. */
export const HOSTILE_USERS: unknown[] = [
  null,
  'users',
  [null, 42, 'x'],
  [{email: 5, name: {}}],
  [{email: '<b>x</b>@y.example', name: '<img src=x onerror=alert(1)>'}],
  Array.from({length: 2000}, (_, i) => ({
    email: `user${i}@bareun.example`,
    name: `사용자 ${i}`,
  })),
];
