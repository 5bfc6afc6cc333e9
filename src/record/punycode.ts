/**
 * The Unicode form of an internationalised domain, for showing addresses
 * to people. The platform converts to ASCII (`URL`) but not back, and this
 * direction needs only the Punycode decoder of RFC 3492, not a library.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const MAX_CODE_POINT = 0x10ffff;

// Label separators as IDNA reads them: full stop, ideographic, full-width
// and half-width ideographic full stops.
const SEPARATORS = /[.\u3002\uff0e\uff61]/;
const ACE_PREFIX = /^xn--/i;

/**
 * `xn--bcher-kva.example` → `bücher.example`; labels without the `xn--`
 * prefix stay as they are. Throws a `RangeError` for a label that is not
 * valid Punycode.
 */
export function domainToUnicode(domain: string): string {
  return domain
    .split(SEPARATORS)
    .map((label) =>
      ACE_PREFIX.test(label) ? decode(label.slice(4).toLowerCase()) : label
    )
    .join('.');
}

function decode(input: string): string {
  const delimiter = input.lastIndexOf('-');
  const output: number[] = [];
  for (let index = 0; index < Math.max(delimiter, 0); index++) {
    const code = input.charCodeAt(index);
    if (code >= 0x80) throw new RangeError('Punycode: not a basic code point');
    output.push(code);
  }

  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let position = delimiter > 0 ? delimiter + 1 : 0;
  while (position < input.length) {
    const before = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (position >= input.length) throw new RangeError('Punycode: cut off');

      const digit = digitValue(input.charCodeAt(position++));
      i += digit * weight;
      const threshold =
        k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;

      weight *= BASE - threshold;
      // A number past any code point is no label, and must not grow on.
      if (i > MAX_CODE_POINT * (output.length + 1)) {
        throw new RangeError('Punycode: overflow');
      }
    }

    const length = output.length + 1;
    bias = adapt(i - before, length, before === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > MAX_CODE_POINT) throw new RangeError('Punycode: overflow');

    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  throw new RangeError('Punycode: not a digit');
}

function adapt(delta: number, length: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / DAMP) : delta >> 1;
  scaled += Math.floor(scaled / length);
  let k = 0;
  while (scaled > ((BASE - T_MIN) * T_MAX) >> 1) {
    scaled = Math.floor(scaled / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + SKEW));
}
