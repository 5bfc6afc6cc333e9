import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {ContactField, ContactInfoModal} from '../../src/index.js';
import {longCommand} from '../package/long-command.js';
import {loadCases} from '../support/fixtures.js';
import type {FixtureCase} from '../support/fixtures.js';
import {fieldOf, fillContactForm} from '../support/fill-contact-form.js';
import {click, until} from '../support/person.js';

// The React and Vue hosts, as built by their own Vite configs: each locks
// its portal behind the modal, passes properties, listens for the modal's
// events and unlocks when the record is complete.

interface Host {
  frame: HTMLIFrameElement;
  page: Document;
  gate: ContactInfoModal;
}

async function openHost(frame: HTMLIFrameElement, name: string): Promise<Host> {
  const loaded = new Promise((resolve) =>
    frame.addEventListener('load', resolve, {once: true})
  );
  frame.src = `/__examples__/${name}/index.html`;
  await loaded;
  const page = frame.contentDocument!;
  await until(
    () => Boolean(page.querySelector('#gate')?.shadowRoot),
    `the ${name} host renders the modal`,
    10_000
  );
  const gate = page.querySelector<ContactInfoModal>('#gate')!;
  await gate.updateComplete;
  return {frame, page, gate};
}

const inert = (page: Document, selector: string) =>
  page.querySelector<HTMLElement>(selector)!.inert;

for (const name of ['react', 'vue']) {
  describe(`the ${name} host`, () => {
    let frame: HTMLIFrameElement;
    let testCase: FixtureCase;

    before(async function () {
      this.timeout(180_000);
      const built = await longCommand<{ok: boolean; output?: string}>(
        'examples:build'
      );
      expect(built.ok, built.output).to.equal(true);
      [testCase] = (await loadCases()).filter(
        (item) => item.id === 'around-the-clock'
      );
    });

    beforeEach(async () => {
      await setViewport({width: 1200, height: 900});
      frame = document.createElement('iframe');
      frame.style.cssText = 'width:1180px;height:880px;border:0';
      document.body.append(frame);
    });

    afterEach(() => frame.remove());

    it('locks the portal and passes properties', async () => {
      const {page, gate} = await openHost(frame, name);
      const dialog = gate.shadowRoot!.querySelector('dialog')!;

      expect(dialog.matches(':modal'), 'the modal is open').to.equal(true);
      expect(inert(page, 'header'), 'header inert').to.equal(true);
      expect(inert(page, 'main'), 'content inert').to.equal(true);
      expect(gate.environment).to.equal('production');
      expect(
        (fieldOf(gate, 'alertContacts') as ContactField).users.map(
          (user) => user.email
        ),
        'portal users arrive as a property'
      ).to.deep.equal([
        'minjun.kim@bareun.example',
        'seoyeon.lee@bareun.example',
        'jihoon.park@bareun.example',
      ]);
    });

    it('switches to Korean from its slotted control', async () => {
      const {page, gate} = await openHost(frame, name);
      await click(page.querySelector('[data-locale="ko"]')!);
      await until(
        () =>
          gate.shadowRoot!.querySelector('h2')!.textContent === '연락처 정보',
        'Korean'
      );

      // The host renders its own words once setLocale has resolved.
      await until(
        () => page.querySelector('#status')!.textContent!.includes('포털'),
        'the host follows in Korean'
      );
      expect(
        page.querySelector('[data-locale="ko"]')!.getAttribute('aria-pressed')
      ).to.equal('true');
    });

    it('unlocks on completion with the saved record', async function () {
      this.timeout(90_000);
      const {page, gate} = await openHost(frame, name);

      await fillContactForm(gate, testCase.typed);
      await click(gate.shadowRoot!.querySelector('[part="submit"]')!);
      await until(
        () => !inert(page, 'main'),
        'the host unlocks on record-complete',
        10_000
      );

      expect(gate.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
      expect(inert(page, 'header')).to.equal(false);
      expect(page.querySelector('#public-contact')!.textContent).to.equal(
        'help@bareun.example'
      );
      const update = page.querySelector<ContactInfoModal>('#contact-page')!;
      await until(() => Boolean(update.shadowRoot), 'the update page renders');
      await update.updateComplete;
      expect(
        (fieldOf(update, 'operationsPublic') as ContactField).value,
        'the update page is prefilled from the host'
      ).to.equal('help@bareun.example');
    });
  });
}
