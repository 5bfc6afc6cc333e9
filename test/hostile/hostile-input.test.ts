import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/index.js';
import type {
  ContactField,
  ContactInfoModal,
  SupportHoursPicker,
} from '../../src/index.js';
import {setLocale} from '../../src/localization/locale.js';
import {isFirefox} from '../support/browser.js';
import {
  HANDPICKED,
  HOSTILE_HOURS_JSON,
  HOSTILE_RECORDS,
  HOSTILE_USERS,
  generated,
} from './corpus.js';

const SEED = 20261203;
// Chromium counting coverage runs the code several times slower, so there
// a frozen page is caught at 300 ms. Firefox is never measured for
// coverage: every run of `npm test` holds the 100 ms budget there, and
// Chromium holds it too with `COVERAGE=0`.
const MEASURED =
  !isFirefox &&
  (await executeServerCommand<boolean, undefined>('coverage-enabled'));
const BUDGET_MS = MEASURED ? 300 : 100;
const INPUTS = [...HANDPICKED, ...generated(SEED, 300)];

/** Messages quote what was typed, but never more than about a line. */
const MESSAGE_LENGTH = 200;

/** Elements that markup-looking text must never turn into. */
const INJECTED = 'img, script, svg, b, iframe, object';

/**
 * Errors that reach the window while `run` works, and its duration. A slow
 * run is timed twice more and the fastest counts: the machines are shared,
 * and a garbage collection or a neighbour must not fail the budget.
 */
async function observe(run: () => Promise<void>) {
  const first = await observeOnce(run);
  if (first.errors.length || first.duration <= BUDGET_MS) return first;

  const again = [await observeOnce(run), await observeOnce(run)];
  const duration = Math.min(
    first.duration,
    ...again.map((result) => result.duration)
  );
  return {errors: again.flatMap((result) => result.errors), duration};
}

async function observeOnce(run: () => Promise<void>) {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(event.reason);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  const start = performance.now();
  try {
    await run();
  } catch (error) {
    errors.push(error);
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return {errors, duration: performance.now() - start};
}

function label(input: unknown): string {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  return JSON.stringify((text ?? String(input)).slice(0, 60));
}

/** The fastest of three times a native input takes to hold `text`. */
function nativeCost(input: HTMLInputElement, text: string): number {
  let fastest = Infinity;
  for (let round = 0; round < 3; round += 1) {
    input.value = '';
    const start = performance.now();
    input.value = text;
    input.checkValidity();
    input.getBoundingClientRect();
    fastest = Math.min(fastest, performance.now() - start);
  }
  input.value = '';
  return fastest;
}

/** Pastes `text` the way the browser delivers a paste to the input. */
function pasteInto(input: HTMLInputElement, text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const init = {
    clipboardData: data,
    // Gecko ignores clipboardData here and fills the event's own from
    // these two members of its ClipboardEventInit; Blink ignores them.
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  input.dispatchEvent(new ClipboardEvent('paste', init));
}

/** Enter, which commits what a paste left in a list's input. */
function pressEnter(input: HTMLInputElement) {
  const init = {key: 'Enter', bubbles: true, cancelable: true, composed: true};
  input.dispatchEvent(new KeyboardEvent('keydown', init));
}

describe('hostile input', () => {
  afterEach(() => setLocale('en'));

  for (const kind of ['single', 'list', 'users'] as const) {
    it(`<contact-field kind="${kind}"> handles ${INPUTS.length} hostile inputs`, async function () {
      this.timeout(120_000);
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <contact-field name="target" kind=${kind}></contact-field>
          <contact-field name="sibling" value="keep@bareun.example">
          </contact-field>
          <input type="email" multiple name="native" />
        </form>
      `);
      const [field, sibling] = Array.from(
        form.querySelectorAll<ContactField>('contact-field')
      );
      field.users = [{email: 'minjun.kim@bareun.example', name: '김민준'}];
      await field.updateComplete;
      const inner = field.shadowRoot!.querySelector('input')!;
      const native = form.querySelector<HTMLInputElement>('input')!;
      const problems: string[] = [];

      for (const input of INPUTS) {
        for (const via of ['value', 'paste'] as const) {
          const {errors, duration} = await observe(async () => {
            field.value = '';
            if (via === 'value') field.value = input;
            else {
              pasteInto(inner, input);
              pressEnter(inner);
            }
            field.checkValidity();
            await field.updateComplete;
          });
          const where = `${via} ${label(input)}`;
          if (errors.length) problems.push(`${where}: threw ${errors[0]}`);
          // What the browser spends on the same text in its own input is
          // not ours to save.
          const own = duration - nativeCost(native, input);
          if (own > BUDGET_MS) {
            problems.push(`${where}: took ${own.toFixed(0)} ms`);
          }
          if (!field.validity.valid && !field.validationMessage.trim()) {
            problems.push(`${where}: invalid without a message`);
          }
          if (field.validationMessage.length > MESSAGE_LENGTH) {
            problems.push(`${where}: a message of a whole page`);
          }
          if (field.shadowRoot!.querySelector(INJECTED)) {
            problems.push(`${where}: built an element from the text`);
          }
          if (via === 'paste') {
            // What a commit leaves in the input is left as it is by the next.
            const left = inner.value;
            pressEnter(inner);
            await field.updateComplete;
            if (inner.value !== left) {
              problems.push(`${where}: Enter changed what was left`);
            }
          }
          if (sibling.value !== 'keep@bareun.example') {
            problems.push(`${where}: the other field lost its value`);
          }
        }
      }

      expect(problems).to.deep.equal([]);
    });
  }

  it('says what is wrong in Korean too', async () => {
    await setLocale('ko');
    const field = await fixture<ContactField>(html`
      <contact-field kind="list"></contact-field>
    `);
    const messages = new Set<string>();

    for (const input of HANDPICKED) {
      field.value = input;
      if (!field.checkValidity()) messages.add(field.validationMessage);
    }

    expect(messages.size).to.be.greaterThan(5);
    for (const message of messages) expect(message).to.match(/[가-힣]/);
  });

  it('<support-hours-picker> survives malformed and hostile values', async function () {
    this.timeout(60_000);
    const picker = await fixture<SupportHoursPicker>(html`
      <support-hours-picker required></support-hours-picker>
    `);
    const problems: string[] = [];

    for (const json of HOSTILE_HOURS_JSON) {
      for (const via of ['attribute', 'property'] as const) {
        const {errors, duration} = await observe(async () => {
          if (via === 'attribute') {
            picker.removeAttribute('value');
            picker.setAttribute('value', json);
          } else {
            let parsed: unknown = json;
            try {
              parsed = JSON.parse(json);
            } catch {
              // A host may also pass the raw string.
            }
            picker.value = parsed as SupportHoursPicker['value'];
          }
          picker.checkValidity();
          await picker.updateComplete;
        });
        const where = `${via} ${label(json)}`;
        if (errors.length) problems.push(`${where}: threw ${errors[0]}`);
        if (duration > BUDGET_MS) {
          problems.push(`${where}: took ${duration.toFixed(0)} ms`);
        }
        if (!picker.validity.valid && !picker.validationMessage.trim()) {
          problems.push(`${where}: invalid without a message`);
        }
        if (picker.validationMessage.length > MESSAGE_LENGTH) {
          problems.push(`${where}: a message of a whole page`);
        }
        if (picker.shadowRoot!.querySelector(INJECTED)) {
          problems.push(`${where}: built an element from the text`);
        }
      }
    }

    expect(problems).to.deep.equal([]);
  });

  it('<contact-info-modal> survives hostile values and settings from a host', async function () {
    this.timeout(60_000);
    const modal = await fixture<ContactInfoModal>(html`
      <contact-info-modal mode="page"></contact-info-modal>
    `);
    const problems: string[] = [];
    const cases: [string, () => void][] = [
      ...HOSTILE_RECORDS.map((value): [string, () => void] => [
        `value ${label(value)}`,
        () => (modal.value = value as ContactInfoModal['value']),
      ]),
      ...HOSTILE_USERS.map((users): [string, () => void] => [
        `portalUsers ${label(users)}`,
        () => (modal.portalUsers = users as ContactInfoModal['portalUsers']),
      ]),
      [
        'environment',
        () => (modal.environment = 'moon' as ContactInfoModal['environment']),
      ],
      [
        'platform name',
        () => (modal.platformName = '<img src=x onerror=alert(1)>'),
      ],
    ];

    for (const [name, apply] of cases) {
      const {errors, duration} = await observe(async () => {
        apply();
        await modal.updateComplete;
      });
      if (errors.length) problems.push(`${name}: threw ${errors[0]}`);
      if (duration > BUDGET_MS * 5) {
        problems.push(`${name}: took ${duration.toFixed(0)} ms`);
      }
      for (const root of [
        modal.shadowRoot!,
        ...Array.from(
          modal.shadowRoot!.querySelectorAll('contact-field'),
          (field) => field.shadowRoot!
        ),
      ]) {
        if (root.querySelector(INJECTED)) {
          problems.push(`${name}: built an element from the text`);
        }
      }
    }

    expect(problems).to.deep.equal([]);
    expect(modal.shadowRoot!.textContent).to.contain(
      '<img src=x onerror=alert(1)>'
    );
  });
});
