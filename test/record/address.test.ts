import {expect} from '@open-wc/testing';

import {
  displayAddress,
  findPortalUser,
  normaliseAddress,
  parseAddressList,
  sameAddress,
} from '../../src/record/index.js';
import type {AddressResult} from '../../src/record/index.js';

function problemOf(result: AddressResult) {
  if (result.ok) throw new Error(`accepted as ${result.address}`);
  return result.problem;
}

describe('normaliseAddress', () => {
  it('keeps a plain address as it is', () => {
    const result = normaliseAddress('ops.team@bareun.example');

    expect(result).to.deep.equal({
      ok: true,
      address: 'ops.team@bareun.example',
    });
  });

  it('accepts a domain with several labels', () => {
    const result = normaliseAddress('ops@mail.bareun.co.kr');

    expect(result).to.deep.equal({ok: true, address: 'ops@mail.bareun.co.kr'});
  });

  it('trims, lower-cases the domain and keeps the local part', () => {
    const result = normaliseAddress('  Minjun.Kim@BAREUN.Example \n');

    expect(result).to.deep.equal({
      ok: true,
      address: 'Minjun.Kim@bareun.example',
    });
  });

  it('accepts every character the HTML standard allows before the @', () => {
    const local = "a.!#$%&'*+/=?^_`{|}~-9";

    const result = normaliseAddress(`${local}@bareun.example`);

    expect(result).to.deep.equal({
      ok: true,
      address: `${local}@bareun.example`,
    });
  });

  it('stores an internationalised domain in its ASCII form', () => {
    const result = normaliseAddress('ops@bücher.example');

    expect(result).to.deep.equal({
      ok: true,
      address: 'ops@xn--bcher-kva.example',
    });
  });

  it('lower-cases an internationalised domain', () => {
    const result = normaliseAddress('ops@BÜCHER.Example');

    expect(result).to.deep.equal({
      ok: true,
      address: 'ops@xn--bcher-kva.example',
    });
  });

  it('strips a zero-width space', () => {
    const result = normaliseAddress('o\u200bps@bareun\u200b.example');

    expect(result).to.deep.equal({ok: true, address: 'ops@bareun.example'});
  });

  it('strips a byte-order mark', () => {
    const result = normaliseAddress('\ufeffops@bareun.example');

    expect(result).to.deep.equal({ok: true, address: 'ops@bareun.example'});
  });

  it('strips joiners, word joiners and bidi marks', () => {
    const result = normaliseAddress(
      '\u200eops\u2060@ba\u200creun.ex\u200dample\u200f'
    );

    expect(result).to.deep.equal({ok: true, address: 'ops@bareun.example'});
  });

  it('reads a full-width at sign as @', () => {
    const result = normaliseAddress('ops＠bareun.example');

    expect(result).to.deep.equal({ok: true, address: 'ops@bareun.example'});
  });

  it('reads full-width letters and dots as ASCII', () => {
    const fullWidth = 'Ｏｐｓ＠ｂａｒｅｕｎ．ｅｘａｍｐｌｅ';

    const result = normaliseAddress(fullWidth);

    expect(result).to.deep.equal({ok: true, address: 'Ops@bareun.example'});
  });

  it('refuses a control character and names it', () => {
    const problem = problemOf(normaliseAddress('ops\u0007@bareun.example'));

    expect(problem).to.deep.equal({
      code: 'control-character',
      input: 'ops\u0007@bareun.example',
      character: '\u0007',
    });
  });

  it('refuses a C1 control character', () => {
    const problem = problemOf(normaliseAddress('ops@bareun\u0085.example'));

    expect(problem.code).to.equal('control-character');
    expect(problem.character).to.equal('\u0085');
  });

  it('refuses a non-ASCII letter before the @ and names it', () => {
    const problem = problemOf(normaliseAddress('담당@bareun.example'));

    expect(problem).to.deep.equal({
      code: 'local-non-ascii',
      input: '담당@bareun.example',
      character: '담',
    });
  });

  it('refuses an ASCII character that no local part may hold', () => {
    const problem = problemOf(normaliseAddress('ops(team)@bareun.example'));

    expect(problem.code).to.equal('local-character');
    expect(problem.character).to.equal('(');
  });

  for (const [input, code] of [
    ['ops.@bareun.example', 'local-dot'],
    ['.ops@bareun.example', 'local-dot'],
    ['ops..team@bareun.example', 'local-dot'],
    ['ops@bareun.example.', 'domain-dot'],
    ['ops@bareun..example', 'domain-dot'],
    ['ops@.bareun.example', 'domain-dot'],
    ['ops@localhost', 'domain-no-dot'],
    ['oncall@bareun', 'domain-no-dot'],
    ['ops@@bareun.example', 'at-repeated'],
    ['ops@team@bareun.example', 'at-repeated'],
    ['ops.bareun.example', 'at-missing'],
    ['@bareun.example', 'local-empty'],
    ['ops@', 'domain-empty'],
    ['ops team@bareun.example', 'space'],
    ['ops@-bareun.example', 'domain-label'],
    ['ops@bareun-.example', 'domain-label'],
    [`ops@${'a'.repeat(64)}.example`, 'domain-label'],
    ['', 'value-missing'],
  ] as const) {
    it(`refuses ${JSON.stringify(input)} with ${code}`, () => {
      const problem = problemOf(normaliseAddress(input));

      expect(problem.code).to.equal(code);
      expect(problem.input).to.equal(input);
    });
  }

  it('accepts a domain label of 63 characters', () => {
    const domain = `${'a'.repeat(63)}.example`;

    const result = normaliseAddress(`ops@${domain}`);

    expect(result).to.deep.equal({ok: true, address: `ops@${domain}`});
  });

  for (const character of ['/', '?', '#', ':', '_', '\\', '%', '[']) {
    it(`refuses ${character} in the domain before the URL parser`, () => {
      const input = `ops@bareun${character}x.example`;

      const problem = problemOf(normaliseAddress(input));

      expect(problem).to.deep.equal({
        code: 'domain-character',
        input,
        character,
      });
    });
  }

  it('refuses a URL delimiter behind an internationalised domain', () => {
    const problem = problemOf(normaliseAddress('ops@bücher.example/x'));

    expect(problem.code).to.equal('domain-character');
    expect(problem.character).to.equal('/');
  });

  it('turns a domain the platform refuses into a problem naming it', () => {
    const problem = problemOf(normaliseAddress('ops@bücher\ufffd.example'));

    expect(problem).to.deep.equal({
      code: 'domain-character',
      input: 'ops@bücher\ufffd.example',
      character: '\ufffd',
    });
  });

  it('returns quickly on 100 000 characters', () => {
    const huge = 'a'.repeat(100_000);
    const started = performance.now();

    const results = [
      normaliseAddress(huge),
      normaliseAddress(`${huge}@${huge}.example`),
      normaliseAddress(`a@${'ü'.repeat(100_000)}.example`),
    ];

    expect(performance.now() - started).to.be.below(2000);
    expect(results.map((result) => result.ok)).to.deep.equal([
      false,
      false,
      false,
    ]);
  });
});

describe('parseAddressList', () => {
  it('reads a mail client paste into exactly three addresses', () => {
    const text =
      'Hong, Gildong <hong@bareun.example>; Kim Cheolsu <kim@bareun.example>' +
      ' ;  ops+pager@bareun.example ,';

    const parsed = parseAddressList(text);

    expect(parsed).to.deep.equal({
      addresses: [
        'hong@bareun.example',
        'kim@bareun.example',
        'ops+pager@bareun.example',
      ],
      problems: [],
    });
  });

  it('reads a quoted display name holding a comma', () => {
    const parsed = parseAddressList('"Hong, Gildong" <hong@bareun.example>');

    expect(parsed.addresses).to.deep.equal(['hong@bareun.example']);
    expect(parsed.problems).to.deep.equal([]);
  });

  it('keeps a semicolon inside a quoted name', () => {
    const parsed = parseAddressList('"Ops; Night" <night@bareun.example>');

    expect(parsed).to.deep.equal({
      addresses: ['night@bareun.example'],
      problems: [],
    });
  });

  it('splits at any mix of separators', () => {
    const text =
      'a@bareun.example,b@bareun.example;c@bareun.example ' +
      'd@bareun.example\te@bareun.example\nf@bareun.example\r\n';

    const parsed = parseAddressList(text);

    expect(parsed.addresses).to.deep.equal(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `${name}@bareun.example`)
    );
  });

  it('splits at full-width and ideographic commas', () => {
    const text = 'a@bareun.example，b@bareun.example、c@x.kr';

    const parsed = parseAddressList(text);

    expect(parsed.addresses).to.deep.equal([
      'a@bareun.example',
      'b@bareun.example',
      'c@x.kr',
    ]);
  });

  it('drops mailto: prefixes in any case, and what follows a ?', () => {
    const text = 'mailto:a@bareun.example, MailTo:b@bareun.example?subject=Hi';

    const parsed = parseAddressList(text);

    expect(parsed.addresses).to.deep.equal([
      'a@bareun.example',
      'b@bareun.example',
    ]);
  });

  it('drops a mailto: prefix inside brackets', () => {
    const parsed = parseAddressList('Ops <mailto:ops@bareun.example>');

    expect(parsed.addresses).to.deep.equal(['ops@bareun.example']);
  });

  it('removes duplicates whatever their case, keeping the first', () => {
    const text =
      'Kim Minjun <Minjun.Kim@BAREUN.example>; dev-support@bareun.example;' +
      '\n dev-support@Bareun.Example, minjun.kim@bareun.example';

    const parsed = parseAddressList(text);

    expect(parsed.addresses).to.deep.equal([
      'Minjun.Kim@bareun.example',
      'dev-support@bareun.example',
    ]);
  });

  it('reads words beside an address as one space problem', () => {
    const parsed = parseAddressList('dev support@bareun.example');

    expect(parsed).to.deep.equal({
      addresses: [],
      problems: [{code: 'space', input: 'dev support@bareun.example'}],
    });
  });

  it('reads a bare word as a missing @', () => {
    const parsed = parseAddressList('hello, ops@bareun.example');

    expect(parsed).to.deep.equal({
      addresses: ['ops@bareun.example'],
      problems: [{code: 'at-missing', input: 'hello'}],
    });
  });

  it('quotes a wrong entry as it was typed, name and brackets too', () => {
    const parsed = parseAddressList(
      'Kim <bad@>, <b>ops</b>@bareun.example; "Ops <ops@bareun.example>'
    );

    expect(parsed.addresses).to.deep.equal([]);
    expect(parsed.problems).to.deep.equal([
      {code: 'domain-empty', input: 'Kim <bad@>'},
      {
        code: 'local-character',
        input: '<b>ops</b>@bareun.example',
        character: '<',
      },
      {code: 'space', input: '"Ops <ops@bareun.example>'},
    ]);
  });

  it('takes none of an entry’s addresses when one of them is wrong', () => {
    const parsed = parseAddressList('A <a@x.example> B <bad@>');

    expect(parsed).to.deep.equal({
      addresses: [],
      problems: [{code: 'domain-empty', input: 'A <a@x.example> B <bad@>'}],
    });
  });

  it('quotes a wrong entry with its name, also a name with a comma in it', () => {
    const parsed = parseAddressList(
      'Hong, Gildong <hong@bareun>; Kim <kim> <lee>'
    );

    expect(parsed.problems).to.deep.equal([
      {code: 'domain-no-dot', input: 'Hong, Gildong <hong@bareun>'},
      {code: 'at-missing', input: 'Kim <kim> <lee>'},
    ]);
  });

  it('does not take a bare word for part of a name across a semicolon', () => {
    const parsed = parseAddressList('Hong; Gildong <hong@bareun.example>');

    expect(parsed.problems).to.deep.equal([
      {code: 'at-missing', input: 'Hong'},
    ]);
  });

  it('returns the problems in the order of the text', () => {
    const text =
      'ops@@bareun.example, good@bareun.example; oncall@bareun, bad word';

    const parsed = parseAddressList(text);

    expect(parsed.addresses).to.deep.equal(['good@bareun.example']);
    expect(parsed.problems).to.deep.equal([
      {code: 'at-repeated', input: 'ops@@bareun.example'},
      {code: 'domain-no-dot', input: 'oncall@bareun'},
      {code: 'at-missing', input: 'bad word'},
    ]);
  });

  it('reads a display name with an internationalised domain', () => {
    const parsed = parseAddressList('지원팀 <help@예시병원.한국>');

    expect(parsed.addresses).to.deep.equal([
      'help@xn--om3bn4iuzc6wa.xn--3e0b707e',
    ]);
  });

  it('strips invisible characters from pasted text', () => {
    const parsed = parseAddressList('\ufeffops@bareun.example\u200b');

    expect(parsed).to.deep.equal({
      addresses: ['ops@bareun.example'],
      problems: [],
    });
  });

  it('names the control character in a pasted address', () => {
    const text = 'a@bareun.example, o\u0001ps@bareun.example';

    const parsed = parseAddressList(text);

    expect(parsed.problems).to.deep.equal([
      {
        code: 'control-character',
        input: 'o\u0001ps@bareun.example',
        character: '\u0001',
      },
    ]);
  });

  it('reads nothing from blank text', () => {
    const parsed = parseAddressList(' \n\t ,; ');

    expect(parsed).to.deep.equal({addresses: [], problems: []});
  });

  it('returns quickly on 100 000 characters without throwing', () => {
    const texts = [
      'a'.repeat(100_000),
      'a@b.co '.repeat(15_000),
      '<'.repeat(100_000),
      '<a@b.co>'.repeat(12_500),
      '"'.repeat(100_000),
      '"x" '.repeat(25_000),
      'x, '.repeat(33_000),
      '@'.repeat(100_000),
    ];
    const started = performance.now();

    const parsed = texts.map((text) => parseAddressList(text));

    expect(performance.now() - started).to.be.below(3000);
    expect(parsed[1]!.addresses).to.deep.equal(['a@b.co']);
  });
});

describe('displayAddress', () => {
  it('shows an ASCII domain in Unicode', () => {
    expect(displayAddress('ops@xn--bcher-kva.example')).to.equal(
      'ops@bücher.example'
    );
  });

  it('gives back what was typed, after a round trip', () => {
    const result = normaliseAddress('help@예시병원.한국');
    if (!result.ok) throw new Error(result.problem.code);

    expect(displayAddress(result.address)).to.equal('help@예시병원.한국');
  });

  it('leaves a label that only looks like punycode alone', () => {
    const address = 'ops@xn--zz.example';

    expect(displayAddress(address)).to.equal(address);
  });
});

describe('sameAddress', () => {
  it('ignores case and the form of the domain', () => {
    expect(sameAddress('OPS@Bücher.example', 'ops@xn--bcher-kva.example')).to.be
      .true;
  });

  it('tells different addresses apart', () => {
    expect(sameAddress('ops@bareun.example', 'ops2@bareun.example')).to.be
      .false;
  });
});

describe('findPortalUser', () => {
  const users = [
    {email: 'minjun.kim@bareun.example', name: '김민준'},
    {email: 'seoyeon.lee@bareun.example', name: '이서연'},
  ];

  it('finds the user whatever the case', () => {
    const user = findPortalUser(' Seoyeon.Lee@BAREUN.example', users);

    expect(user).to.equal(users[1]);
  });

  it('finds no one for an outsider', () => {
    expect(findPortalUser('outsider@mail.example', users)).to.be.undefined;
  });
});
