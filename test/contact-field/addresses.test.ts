import {expect, html} from '@open-wc/testing';
import {setLocale} from '../../src/localization/locale.js';
import {click, paste, press, selectAll, type} from '../support/person.js';
import {
  chipTexts,
  entries,
  errorText,
  recordSubmits,
  renderForm,
  settle,
} from './helpers.js';

function singleForm() {
  return renderForm(html`
    <form>
      <contact-field name="pager" label="Pager alias"></contact-field>
      <button>Save</button>
    </form>
  `);
}

function listForm() {
  return renderForm(html`
    <form>
      <contact-field
        name="pager"
        kind="list"
        label="Pager aliases"
      ></contact-field>
      <button>Save</button>
    </form>
  `);
}

describe('<contact-field> reading addresses', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  describe('pasting', () => {
    it('a mix of display names and separators into a list gives exactly its three addresses', async () => {
      const {form, field, input} = await listForm();
      await click(input);

      await paste(
        'Hong, Gildong <hong@bareun.example>; Kim Cheolsu <kim@bareun.example> ;  ops+pager@bareun.example ,'
      );
      await settle(field);

      expect(entries(form, 'pager')).to.deep.equal([
        'hong@bareun.example',
        'kim@bareun.example',
        'ops+pager@bareun.example',
      ]);
      expect(chipTexts(field)).to.have.length(3);
      expect(input.value).to.equal('');
      expect(errorText(field)).to.equal('');
    });

    it('a newline-separated list with mailto: links and duplicates gives each address once', async () => {
      const {form, field, input} = await listForm();
      await click(input);

      await paste(
        'mailto:ops@Bareun.Example\n"Kim, Cheolsu" <kim@bareun.example>\r\nOPS@bareun.example\n\n'
      );
      await settle(field);

      expect(entries(form, 'pager')).to.deep.equal([
        'ops@bareun.example',
        'kim@bareun.example',
      ]);
    });

    it('what is not an address stays in the input with its message', async () => {
      const {form, field, input} = await listForm();
      await click(input);

      await paste('ops@bareun.example, 운영팀');
      await settle(field);

      expect(entries(form, 'pager')).to.deep.equal(['ops@bareun.example']);
      expect(input.value).to.equal('운영팀');
      expect(errorText(field)).to.equal(
        '“운영팀” needs an @ between the name and the domain.'
      );
    });

    it('a wrong entry with a name or brackets stays in the input as it was pasted', async () => {
      const {form, field, input} = await listForm();
      await click(input);

      await paste(
        'Kim <kim@bareun>, ops@bareun.example, <b>ops</b>@bareun.example'
      );
      await settle(field);

      expect(entries(form, 'pager')).to.deep.equal(['ops@bareun.example']);
      expect(input.value).to.equal(
        'Kim <kim@bareun>, <b>ops</b>@bareun.example'
      );
      expect(errorText(field)).to.equal(
        '“Kim <kim@bareun>”: the domain after the @ needs a dot, as in example.com. 1 more entry needs fixing.'
      );
    });

    it('a wrong entry with several brackets stays one entry, Enter after Enter', async () => {
      const {field, input} = await listForm();
      await click(input);

      await type('Kim <kim> <lee>, <b>x</b>');
      await press('Enter');
      await press('Enter');
      await settle(field);

      expect(input.value).to.equal('Kim <kim> <lee>, <b>x</b>');
      expect(errorText(field)).to.equal(
        '“Kim <kim> <lee>” needs an @ between the name and the domain. 1 more entry needs fixing.'
      );
    });

    it('a space in a single field asks for one address, not for commas', async () => {
      const {field, input} = await singleForm();
      await click(input);

      await type('ops team@bareun.example');
      await press('Tab');
      await settle(field);

      expect(errorText(field)).to.equal(
        '“ops team@bareun.example” contains a space. Enter one address without spaces.'
      );
    });

    it('a display name into a single field keeps only the address', async () => {
      const {form, field, input} = await singleForm();
      await click(input);

      await paste('Operations <ops@bareun.example>');
      await settle(field);

      expect(input.value).to.equal('ops@bareun.example');
      expect(entries(form, 'pager')).to.deep.equal(['ops@bareun.example']);
    });
  });

  describe('normalising', () => {
    it('accepts ops@bücher.example, stores it as ops@xn--bcher-kva.example and shows it in Unicode', async () => {
      const {form, field, input} = await singleForm();
      await click(input);

      await type('ops@bücher.example');
      await press('Tab');
      await settle(field);

      expect(field.validity.valid).to.equal(true);
      expect(errorText(field)).to.equal('');
      expect(field.value).to.equal('ops@xn--bcher-kva.example');
      expect(entries(form, 'pager')).to.deep.equal([
        'ops@xn--bcher-kva.example',
      ]);
      expect(input.value).to.equal('ops@bücher.example');
    });

    it('shows a punycode chip of a list in Unicode', async () => {
      const {form, field, input} = await listForm();
      await click(input);

      await type('ops@xn--bcher-kva.example,');
      await settle(field);

      expect(chipTexts(field)).to.deep.equal(['ops@bücher.example']);
      expect(entries(form, 'pager')).to.deep.equal([
        'ops@xn--bcher-kva.example',
      ]);
    });

    for (const locale of ['en', 'ko']) {
      it(`refuses 담당@bareun.example with the message about non-Latin local parts, in ${locale}`, async () => {
        await setLocale(locale);
        const {field, input} = await singleForm();
        await click(input);

        await type('담당@bareun.example');
        await press('Tab');
        await settle(field);

        expect(field.validity.typeMismatch).to.equal(true);
        expect(errorText(field)).to.equal(
          locale === 'en'
            ? '“담당@bareun.example”: the part before the @ can only use Latin letters, digits and . _ + -; “담” (U+B2F4) is not allowed.'
            : '‘담당@bareun.example’: @ 앞에는 영문자, 숫자와 . _ + - 만 쓸 수 있으며 “담” (U+B2F4) 문자는 쓸 수 없습니다.'
        );
        expect(field.validationMessage).to.equal(errorText(field));
      });
    }

    it('a shown message follows each keystroke, and goes once the address is good', async () => {
      const {field, input} = await singleForm();
      await click(input);
      await type('ops@');
      await press('Tab');
      await settle(field);
      expect(errorText(field)).to.equal('“ops@” needs a domain after the @.');

      await click(input);
      const shown: string[] = [];
      for (const character of 'bareun') {
        await type(character);
        shown.push(errorText(field));
        expect(errorText(field)).to.equal(field.validationMessage);
      }
      // Every keystroke quoted the new text.
      expect(new Set(shown).size).to.equal(shown.length);

      await type('.example');
      await settle(field);
      expect(errorText(field)).to.equal('');
      expect(field.validity.valid).to.equal(true);
    });

    it('stores a full-width at sign and a zero-width space never', async () => {
      const {form, field, input} = await singleForm();
      await click(input);

      await type('ops\u200b＠bareun.example');
      await press('Tab');
      await settle(field);

      expect(entries(form, 'pager')).to.deep.equal(['ops@bareun.example']);
    });

    const refused: [string, string][] = [
      [
        'ops.@bareun.example',
        '“ops.@bareun.example”: the part before the @ cannot end with a dot.',
      ],
      [
        '.ops@bareun.example',
        '“.ops@bareun.example”: the part before the @ cannot start with a dot.',
      ],
      [
        'ops..team@bareun.example',
        '“ops..team@bareun.example”: the part before the @ cannot have two dots in a row.',
      ],
      [
        'ops@bareun.example.',
        '“ops@bareun.example.”: the domain cannot end with a dot.',
      ],
      [
        'ops@bareun..example',
        '“ops@bareun..example”: the domain cannot have two dots in a row.',
      ],
    ];

    it('refuses misplaced dots with a message naming the problem, and accepts ops.team@bareun.example and ops@mail.bareun.co.kr', async () => {
      const {form, field, input} = await singleForm();
      await click(input);

      for (const [address, message] of refused) {
        await selectAll();
        await type(address);
        await press('Enter');
        await settle(field);

        expect(field.validity.typeMismatch, address).to.equal(true);
        expect(errorText(field), address).to.equal(message);
      }
      const submits = recordSubmits(form);
      for (const address of [
        'ops.team@bareun.example',
        'ops@mail.bareun.co.kr',
      ]) {
        await selectAll();
        await type(address);
        await press('Enter');
        await settle(field);

        expect(field.validity.valid, address).to.equal(true);
        expect(errorText(field), address).to.equal('');
      }
      expect(submits).to.have.length(2);
    });
  });

  describe('when messages appear', () => {
    it('not while typing the first characters', async () => {
      const {field, input} = await singleForm();
      await click(input);

      await type('op');
      await settle(field);

      expect(field.validity.valid, 'the platform knows').to.equal(false);
      expect(errorText(field)).to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(field.matches(':state(user-invalid)')).to.equal(false);
    });

    it('on leaving the field', async () => {
      const {field, input} = await singleForm();
      await click(input);
      await type('op');

      await press('Tab');
      await settle(field);

      expect(errorText(field)).to.equal(
        '“op” needs an @ between the name and the domain.'
      );
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(field.matches(':state(user-invalid)')).to.equal(true);
    });

    it('on committing with a comma in a list', async () => {
      const {field, input} = await listForm();
      await click(input);

      await type('ops@bareun,');
      await settle(field);

      expect(chipTexts(field)).to.deep.equal([]);
      expect(input.value, 'the text stays as typed').to.equal('ops@bareun,');
      expect(errorText(field)).to.equal(
        '“ops@bareun”: the domain after the @ needs a dot, as in example.com.'
      );
    });

    it('on submit', async () => {
      const {form, field} = await singleForm();
      field.required = true;

      await click(form.querySelector('button')!);
      await settle(field);

      expect(errorText(field)).to.equal('Enter an email address.');
    });

    it('once shown, follow the fixes live and go when the value is good', async () => {
      const {field, input} = await singleForm();
      await click(input);
      await type('ops@bareun');
      await press('Tab');
      await settle(field);
      await click(input);
      await press('End');

      await type('.');
      await settle(field);

      expect(errorText(field)).to.equal(
        '“ops@bareun.”: the domain cannot end with a dot.'
      );

      await type('example');
      await settle(field);

      expect(errorText(field)).to.equal('');

      await press('Backspace');
      await type('.');
      await settle(field);

      expect(errorText(field), 'the next mistake waits').to.equal('');
    });

    it('count the further problems through the plural rules, in en and ko', async () => {
      const {field, input} = await listForm();
      await click(input);
      await paste('운영, ops@bareun.example, 개발');
      await settle(field);

      expect(errorText(field)).to.equal(
        '“운영” needs an @ between the name and the domain. 1 more entry needs fixing.'
      );

      await press('End');
      await paste(', 기획');
      await settle(field);

      expect(errorText(field)).to.equal(
        '“운영” needs an @ between the name and the domain. 2 more entries need fixing.'
      );

      await setLocale('ko');
      await settle(field);

      expect(errorText(field)).to.equal(
        '‘운영’에 이름과 도메인을 잇는 @가 없습니다. 고쳐야 할 항목이 2개 더 있습니다.'
      );
    });

    it('switch language with the locale, also in validationMessage', async () => {
      const {field, input} = await singleForm();
      await click(input);
      await type('ops@');
      await press('Tab');
      await settle(field);

      await setLocale('ko');
      await settle(field);

      expect(errorText(field)).to.equal('‘ops@’: @ 뒤에 도메인을 입력하세요.');
      expect(field.validationMessage).to.equal(errorText(field));
    });
  });
});
