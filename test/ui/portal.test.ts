import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {ContactInfoModal} from '../../src/index.js';
import {loadCases} from '../support/fixtures.js';
import {fillContactForm, fieldOf} from '../support/fill-contact-form.js';
import {click, until} from '../support/person.js';

const STORAGE_KEY = 'demo-portal:contact-record';

/** Loads the demo portal in a frame and waits until it has started. */
async function openPortal(frame: HTMLIFrameElement, search = '') {
  const loaded = new Promise((resolve) =>
    frame.addEventListener('load', resolve, {once: true})
  );
  frame.src = `/examples/portal/index.html${search}`;
  await loaded;
  const portal = frame.contentDocument!;
  await until(
    () => Boolean(portal.querySelector('#gate')?.shadowRoot),
    'the portal registers its elements',
    10_000
  );
  const gate = portal.querySelector<ContactInfoModal>('#gate')!;
  await gate.updateComplete;
  // start() reads the store asynchronously before it locks or unlocks.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {portal, gate};
}

describe('the demo portal', () => {
  let frame: HTMLIFrameElement;

  beforeEach(async () => {
    await setViewport({width: 1200, height: 900});
    localStorage.removeItem(STORAGE_KEY);
    localStorage.removeItem('demo-portal:locale');
    frame = document.createElement('iframe');
    frame.style.cssText = 'width:1180px;height:880px;border:0';
    document.body.append(frame);
  });

  afterEach(() => {
    frame.remove();
    localStorage.removeItem(STORAGE_KEY);
    localStorage.removeItem('demo-portal:locale');
  });

  it('stays locked behind the modal until the record is submitted, then stays unlocked', async function () {
    this.timeout(90_000);
    const [testCase] = (await loadCases()).filter(
      (item) => item.id === 'ko-production'
    );
    const {portal, gate} = await openPortal(frame, '?lang=ko');
    const dialog = gate.shadowRoot!.querySelector('dialog')!;

    expect(dialog.matches(':modal'), 'modal open on load').to.equal(true);
    expect(portal.querySelector<HTMLElement>('#nav')!.inert).to.equal(true);
    expect(portal.querySelector<HTMLElement>('#content')!.inert).to.equal(true);
    expect(gate.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      '연락처 정보'
    );

    await fillContactForm(gate, testCase.typed);
    await click(gate.shadowRoot!.querySelector('[part="submit"]')!);
    await until(() => !dialog.open, 'the modal closes');

    expect(portal.querySelector<HTMLElement>('#nav')!.inert).to.equal(false);
    expect(portal.querySelector<HTMLElement>('#content')!.inert).to.equal(
      false
    );
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    const {version, ...record} = stored;
    expect(version).to.equal(1);
    if (!testCase.expect.valid) throw new Error('ko-production is valid');
    expect(record).to.deep.equal(testCase.expect.record);

    const reloaded = await openPortal(frame, '?lang=ko');
    expect(
      reloaded.gate.shadowRoot!.querySelector('dialog')!.open,
      'no modal after reload'
    ).to.equal(false);
    expect(reloaded.portal.querySelector<HTMLElement>('#nav')!.inert).to.equal(
      false
    );

    await click(reloaded.portal.querySelector('a[data-view="contact"]')!);
    const page =
      reloaded.portal.querySelector<ContactInfoModal>('#contact-page')!;
    await until(() => page.checkVisibility(), 'the update page shows');
    const field = fieldOf(page, 'technicalEmergency') as HTMLElement & {
      value: string;
    };
    expect(field.value).to.equal('oncall@alerts.bareun.example');
  });

  it('switches the modal between Korean and English from the header switch', async function () {
    this.timeout(30_000);
    const {gate} = await openPortal(frame, '?lang=ko');
    const title = () => gate.shadowRoot!.querySelector('h2')!.textContent;
    const button = (locale: string) =>
      gate.querySelector<HTMLButtonElement>(`[data-locale="${locale}"]`)!;

    await click(button('en'));
    await until(() => title() === 'Contact information', 'English');
    await click(button('ko'));
    await until(() => title() === '연락처 정보', 'Korean');

    expect(button('ko').getAttribute('aria-pressed')).to.equal('true');
  });
});
