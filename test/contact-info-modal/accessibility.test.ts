import {expect, fixture, html} from '@open-wc/testing';
import {a11ySnapshot} from '@web/test-runner-commands';
import '../../src/index.js';
import type {ContactInfoModal} from '../../src/index.js';
import type {ContactRecord, PortalUser} from '../../src/record/types.js';
import {setLocale} from '../../src/localization/locale.js';
import {
  countAccessibleNodes,
  startAccessibilityTree,
} from '../support/accessibility-tree.js';
import {isFirefox} from '../support/browser.js';

const users: PortalUser[] = [
  {email: 'minjun.kim@bareun.example', name: '김민준'},
  {email: 'seoyeon.lee@bareun.example', name: '이서연'},
];

const record: ContactRecord = {
  version: 1,
  alertContacts: ['minjun.kim@bareun.example'],
  technicalEmergency: ['oncall@alerts.bareun.example'],
  technicalNonEmergency: ['dev-support@bareun.example'],
  operationsPlatform: ['ops-escalation@bareun.example'],
  operationsPublic: 'help@bareun.example',
  operationalSupport: [
    {timeZone: 'Asia/Seoul', days: {mon: [['09:00', '18:00']]}},
  ],
};

interface State {
  name: string;
  attributes?: Partial<Record<'environment' | 'mode' | 'style', string>>;
  merchantIssues?: boolean;
  value?: ContactRecord;
  /** Brings the modal into the state after it opened. */
  act?: (modal: ContactInfoModal) => Promise<void>;
}

async function submitNow(modal: ContactInfoModal) {
  modal
    .shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!
    .click();
  await modal.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await modal.updateComplete;
}

const states: State[] = [
  {name: 'empty'},
  {name: 'with errors', act: submitNow},
  {
    name: 'saving',
    value: record,
    act: async (modal) => {
      modal.addEventListener('save-request', (event) =>
        event.detail.respondWith(new Promise(() => {}))
      );
      await submitNow(modal);
    },
  },
  {
    name: 'with a server error',
    value: record,
    act: async (modal) => {
      modal.addEventListener('save-request', (event) =>
        event.detail.respondWith({
          ok: false,
          message: 'The server is busy.',
          fieldErrors: {operationsPublic: 'This alias bounces.'},
        })
      );
      await submitNow(modal);
    },
  },
  {name: 'in the sandbox', attributes: {environment: 'sandbox'}},
  {name: 'with the merchant-issues field', merchantIssues: true},
  {name: 'as the update page', attributes: {mode: 'page'}, value: record},
  {name: 'in the dark theme', attributes: {style: 'color-scheme: dark'}},
];

describe('<contact-info-modal> accessibility', () => {
  before(startAccessibilityTree);

  afterEach(() => setLocale('en'));

  for (const locale of ['en', 'ko'] as const) {
    for (const state of states) {
      it(`has no axe violations ${state.name} (${locale})`, async () => {
        await setLocale(locale);
        const modal = await fixture<ContactInfoModal>(html`
          <contact-info-modal
            .portalUsers=${users}
            .value=${state.value}
            ?merchant-issues=${state.merchantIssues}
            environment=${state.attributes?.environment ?? 'production'}
            mode=${state.attributes?.mode ?? 'modal'}
            style=${state.attributes?.style ?? ''}
            support-href="mailto:partner-support@platform.example"
            help-href="https://help.example/contact"
          ></contact-info-modal>
        `);
        if (modal.mode === 'modal') modal.show();
        await modal.updateComplete;
        await state.act?.(modal);

        await expect(modal).to.be.accessible();
      });
    }

    it(`names the dialog after its title (${locale})`, async () => {
      await setLocale(locale);
      const modal = await fixture<ContactInfoModal>(html`
        <contact-info-modal .portalUsers=${users}></contact-info-modal>
      `);
      modal.show();
      await modal.updateComplete;
      const title = locale === 'en' ? 'Contact information' : '연락처 정보';

      // Firefox has no accessibility snapshot over WebDriver BiDi; it finds
      // nodes by role and name.
      if (isFirefox) {
        expect(
          await countAccessibleNodes(modal.shadowRoot!, 'dialog', title)
        ).to.equal(1);
        return;
      }

      const snapshot = (await a11ySnapshot({})) as unknown as AXNode;
      const dialog = findNode(snapshot, (node) => node.role === 'dialog');

      expect(dialog?.name).to.equal(title);
    });
  }
});

interface AXNode {
  role: string;
  name: string;
  children?: AXNode[];
}

function findNode(
  node: AXNode,
  test: (node: AXNode) => boolean
): AXNode | undefined {
  if (test(node)) return node;

  for (const child of node.children ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}
