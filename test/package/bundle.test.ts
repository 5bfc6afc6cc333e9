import {expect} from '@open-wc/testing';
import {longCommand} from './long-command.js';
import {until} from '../support/person.js';

interface Built {
  ok: boolean;
  output?: string;
}

type BundleModule = {setLocale(locale: string): Promise<void>};

/** What the page fetched, but for the test server's own live-reload socket. */
function requests(view: Window): string[] {
  return view.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server'));
}

describe('the single-file build', () => {
  let frame: HTMLIFrameElement;

  before(async function () {
    this.timeout(180_000);
    const built = await longCommand<Built>('package:build');
    expect(built.ok, built.output).to.equal(true);
  });

  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:700px;border:0';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, {once: true})
    );
    frame.src = '/test/package/bundle-page.html';
    document.body.append(frame);
    await loaded;
  });

  afterEach(() => frame.remove());

  it('registers all three from one request', async () => {
    const view = frame.contentWindow!;
    await until(
      () => Boolean(view.customElements.get('contact-info-modal')),
      'the bundle defines the elements',
      10_000
    );
    const modal = view.document.querySelector('contact-info-modal')!;
    await modal.updateComplete;

    expect(
      ['contact-field', 'support-hours-picker', 'contact-info-modal'].map(
        (tag) => Boolean(view.customElements.get(tag))
      )
    ).to.deep.equal([true, true, true]);
    expect(modal.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      'Contact information'
    );
    expect(requests(view)).to.deep.equal([
      '/dist/contact-info-elements.bundle.js',
    ]);
  });

  it('switches to Korean without loading anything more', async () => {
    const view = frame.contentWindow! as Window & typeof globalThis;
    await until(() => Boolean(view.customElements.get('contact-info-modal')));
    // The same URL is the same module instance as the page's script.
    const bundle = (await view.eval(
      'import("/dist/contact-info-elements.bundle.js")'
    )) as BundleModule;
    await bundle.setLocale('ko');
    const modal = view.document.querySelector('contact-info-modal')!;
    await modal.updateComplete;

    expect(modal.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      '연락처 정보'
    );
    expect(requests(view)).to.deep.equal([
      '/dist/contact-info-elements.bundle.js',
    ]);
  });
});
