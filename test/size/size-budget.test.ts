import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

interface Part {
  group: string;
  minified: number;
  brotli: number;
}

interface PageSize {
  brotli: number;
  minified: number;
  lazy: {name: string; modules: string[]; brotli: number; minified: number}[];
  parts: Part[];
}

type Sizes = Record<'modal' | 'contactField', PageSize>;

const KiB = 1024;

/**
 * Brotli bytes of minified JS+CSS. The goals are 20 KiB for the modal page
 * and 9 KiB for `<contact-field>` alone; the elements are far above them
 * (see `npm run bench`), so until they get there the budgets hold what has
 * been reached, and nothing grows back unnoticed. The modal page loads the
 * record's validation (zod) once the person starts typing: `modalStart` is
 * what opens the modal, `modal` adds that chunk. Time-zone search by
 * abbreviation, by older CLDR names and by offset costs 0.5 KiB of both;
 * messages fitted to each kind of field, 0.1 KiB of every budget.
 */
const GOAL = {modal: 20 * KiB, contactField: 9 * KiB};
const BUDGET = {
  modalStart: 34.25 * KiB,
  modal: 40.5 * KiB,
  korean: 3.5 * KiB,
  contactField: 14.75 * KiB,
};

/** A table of what costs what, for the message of a failed budget. */
function breakdown(size: PageSize): string {
  const rows = size.parts.map(
    (part) => `${(part.brotli / KiB).toFixed(1).padStart(6)} KiB  ${part.group}`
  );
  return `\nbrotli per part, each compressed alone:\n${rows.join('\n')}\n`;
}

function kib(bytes: number): string {
  return `${(bytes / KiB).toFixed(2)} KiB`;
}

describe('size budget (minified, brotli)', function () {
  // Two production builds; about a second each here.
  this.timeout(60_000);

  let sizes: Sizes;
  before(async () => {
    sizes = await executeServerCommand<Sizes, undefined>('measure-sizes');
  });

  it('the modal page at start: three elements, Lit, English', () => {
    const {modal} = sizes;

    expect(
      modal.brotli,
      `modal page is ${kib(modal.brotli)} at start` + breakdown(modal)
    ).to.be.at.most(BUDGET.modalStart);
  });

  it('the record validation loads when needed, in a chunk of its own', () => {
    const {modal} = sizes;
    const validation = modal.lazy.find((chunk) =>
      chunk.modules.includes('src/record/schema.ts')
    );

    expect(validation, 'no chunk holds the record schema').to.not.equal(
      undefined
    );
    expect(
      modal.parts
        .map((part) => part.group)
        .filter((group) => /zod/.test(group)),
      'zod in what loads at start'
    ).to.deep.equal([]);
    const total = modal.brotli + validation!.brotli;
    expect(
      total,
      `modal page with validation is ${kib(total)} (goal ${kib(GOAL.modal)})` +
        breakdown(modal)
    ).to.be.at.most(BUDGET.modal);
  });

  it('the Korean strings load as a chunk of their own', () => {
    const korean = sizes.modal.lazy.find((chunk) =>
      chunk.modules.some((module) => module.endsWith('generated/ko.ts'))
    );

    expect(korean, 'no chunk holds the Korean strings').to.not.equal(undefined);
    expect(
      sizes.modal.parts.map((part) => part.group),
      'Korean strings in what loads at start'
    ).to.not.include('src/localization/generated/ko.ts');
    expect(korean!.modules).to.deep.equal(['src/localization/generated/ko.ts']);
    expect(
      korean!.brotli,
      `Korean chunk is ${kib(korean!.brotli)}`
    ).to.be.at.most(BUDGET.korean);
  });

  it('<contact-field> alone with Lit', () => {
    const {contactField} = sizes;

    expect(
      contactField.brotli,
      `contact-field is ${kib(contactField.brotli)} ` +
        `(goal ${kib(GOAL.contactField)})${breakdown(contactField)}`
    ).to.be.at.most(BUDGET.contactField);
    expect(contactField.lazy, 'chunks loaded later').to.deep.equal([]);
  });
});
