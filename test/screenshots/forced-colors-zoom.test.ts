import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand, setViewport} from '@web/test-runner-commands';
import '../../src/index.js';
import type {ContactInfoModal} from '../../src/index.js';
import {isFirefox, skipInFirefox} from '../support/browser.js';

interface Shot {
  actual: string;
  baseline: string | null;
}

/**
 * Forced colours, as Windows High Contrast sets them. Screenshots also ask
 * for reduced motion, so that no opening animation is caught half-way.
 */
function forcedColors(value: 'active' | 'none') {
  return executeServerCommand('cdp:send', {
    method: 'Emulation.setEmulatedMedia',
    params: {
      features: [
        {name: 'forced-colors', value},
        {name: 'prefers-reduced-motion', value: 'reduce'},
      ],
    },
  });
}

async function pixels(base64: string): Promise<ImageData> {
  const response = await fetch(`data:image/png;base64,${base64}`);
  const bitmap = await createImageBitmap(await response.blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/**
 * The share of pixels that differ by more than anti-aliasing does; 1 when
 * the sizes differ.
 */
async function difference(a: string, b: string): Promise<number> {
  const [first, second] = await Promise.all([pixels(a), pixels(b)]);
  if (first.width !== second.width || first.height !== second.height) {
    return 1;
  }

  let differing = 0;
  for (let index = 0; index < first.data.length; index += 4) {
    const delta =
      Math.abs(first.data[index] - second.data[index]) +
      Math.abs(first.data[index + 1] - second.data[index + 1]) +
      Math.abs(first.data[index + 2] - second.data[index + 2]);
    if (delta > 96) differing += 1;
  }
  return differing / (first.width * first.height);
}

async function expectLikeBaseline(name: string) {
  // Two frames: layout and paint settle after the last update.
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  const shot = await executeServerCommand<Shot, {name: string}>('screenshot', {
    name,
  });

  expect(
    shot.baseline,
    `no baseline for ${name}: run UPDATE_BASELINES=1 npx wtr ` +
      'test/screenshots/*.test.ts, look at it, and commit it'
  ).to.not.equal(null);
  expect(await difference(shot.actual, shot.baseline!)).to.be.below(0.01);
}

const record = {
  version: 1 as const,
  alertContacts: ['minjun.kim@bareun.example'],
  technicalEmergency: ['oncall@alerts.bareun.example'],
  technicalNonEmergency: ['dev-support@bareun.example'],
  operationsPlatform: ['ops-escalation@bareun.example'],
  operationsPublic: 'help@bareun.example',
  operationalSupport: [
    {timeZone: 'Asia/Seoul', days: {mon: [['09:00', '18:00']]}},
  ],
};

describe('<contact-info-modal> as people with other display needs see it', () => {
  afterEach(async () => {
    if (!isFirefox) await forcedColors('none');
    await setViewport({width: 800, height: 600});
  });

  it('keeps its borders, focus and errors in forced-colors mode', async function () {
    // Firefox 153 has no forced-colours emulation over WebDriver BiDi, only
    // a preference that would hold for the whole run.
    skipInFirefox(this, 'no forced-colors emulation over WebDriver BiDi');
    await setViewport({width: 1000, height: 800});
    await forcedColors('active');
    const modal = await fixture<ContactInfoModal>(html`
      <contact-info-modal
        .portalUsers=${[{email: 'minjun.kim@bareun.example', name: 'Minjun'}]}
      ></contact-info-modal>
    `);
    modal.show();
    await modal.updateComplete;
    modal
      .shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!
      .click();
    await modal.updateComplete;

    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await expectLikeBaseline('modal-forced-colors');
  });

  it('reflows without horizontal scrolling at 200% zoom (640 CSS px)', async () => {
    // A 1280-pixel-wide window at 200% zoom lays out 640 CSS pixels.
    await setViewport({width: 640, height: 720});
    if (!isFirefox) await forcedColors('none');
    const modal = await fixture<ContactInfoModal>(html`
      <contact-info-modal mode="page" .value=${record}></contact-info-modal>
    `);
    await modal.updateComplete;

    const page = modal.shadowRoot!.querySelector('section')!;
    expect(page.scrollWidth).to.be.at.most(page.clientWidth + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    // The baselines are Chromium's rendering; Gecko draws text and borders
    // a little differently, so Firefox checks the reflow only.
    if (!isFirefox) await expectLikeBaseline('page-zoom-200');
  });

  it('is usable at 320 CSS px wide', async () => {
    await setViewport({width: 320, height: 640});
    const modal = await fixture<ContactInfoModal>(html`
      <contact-info-modal></contact-info-modal>
    `);
    modal.show();
    await modal.updateComplete;

    const dialog = modal.shadowRoot!.querySelector('dialog')!;
    expect(dialog.getBoundingClientRect().width).to.be.at.most(320);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
  });
});
