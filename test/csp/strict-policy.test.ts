import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {ContactInfoModal} from '../../src/index.js';
import {isFirefox} from '../support/browser.js';
import {loadCases} from '../support/fixtures.js';
import {fillContactForm} from '../support/fill-contact-form.js';
import {click, until} from '../support/person.js';

type PolicyWindow = Window & {violations: string[]; ready?: boolean};

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('runs the whole modal flow without a single violation', async function () {
    this.timeout(90_000);
    // The frame must fit the window for the mouse to reach all of it.
    await setViewport({width: 1200, height: 900});
    const [testCase] = (await loadCases()).filter(
      (item) => item.id === 'markup-in-names'
    );
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1100px;height:850px;border:0';
    document.body.append(frame);
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, {once: true})
    );
    frame.src = '/test/csp/page.html';
    await loaded;
    const view = frame.contentWindow as PolicyWindow;
    await until(() => Boolean(view.ready), 'the page started', 10_000);
    const modal =
      frame.contentDocument!.querySelector<ContactInfoModal>('#modal')!;
    await modal.updateComplete;
    const completed: unknown[] = [];
    modal.addEventListener('record-complete', (event) =>
      completed.push(event.detail.record)
    );

    await fillContactForm(modal, testCase.typed);
    await click(modal.shadowRoot!.querySelector('[part="submit"]')!);
    await until(() => completed.length === 1, 'record-complete');

    expect(view.violations).to.deep.equal([]);
    expect(
      modal.shadowRoot!.querySelector('#field-alertContacts')!.shadowRoot!
        .textContent
    ).to.contain('<img src=x onerror=alert(1)>');
    expect(modal.shadowRoot!.textContent).to.contain(
      '<script>alert(1)</script>'
    );
    frame.remove();
  });

  it('is a policy that blocks what it should (so the test above can fail)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, {once: true})
    );
    frame.src = '/test/csp/page.html';
    await loaded;
    const view = frame.contentWindow as PolicyWindow;
    await until(() => Boolean(view.ready), 'the page started', 10_000);

    const doc = frame.contentDocument!;
    const div = doc.createElement('div');

    // Firefox ESR before 153 has no Trusted Types: there the policy's
    // style and script rules are all that holds, and all that is checked.
    if ('trustedTypes' in view || !isFirefox) {
      // Blink's message names the type it wanted; Gecko's says "Sink type
      // mismatch violation blocked by CSP".
      expect(() => (div.innerHTML = '<b>x</b>')).to.throw(
        isFirefox ? /Sink type mismatch/ : /TrustedHTML/
      );
    }
    const link = doc.createElement('div');
    link.setAttribute('style', 'color: red');
    doc.body.append(link);
    await until(() => view.violations.length > 0, 'a reported violation');
    expect(view.violations.join()).to.match(/style-src|trusted-types/);
    frame.remove();
  });
});
