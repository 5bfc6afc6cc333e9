import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ContactInfoModal} from '../../src/index.js';
import {setLocale} from '../../src/localization/locale.js';
import {
  accessibleNodes,
  countAccessibleNodes,
  startAccessibilityTree,
} from '../support/accessibility-tree.js';
import {isFirefox, skipInFirefox} from '../support/browser.js';
import type {AccessibleNode} from '../support/accessibility-tree.js';

const CONTROLS = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'listbox',
  'radio',
  'searchbox',
  'spinbutton',
  'tab',
  'textbox',
]);

function descendants(node: AccessibleNode): AccessibleNode[] {
  return node.children.flatMap((child) => [child, ...descendants(child)]);
}

async function dialogTree(): Promise<AccessibleNode> {
  const dialog = (await accessibleNodes()).find(
    (node) => node.role === 'dialog'
  );
  if (!dialog) throw new Error('No dialog in the accessibility tree');
  return dialog;
}

async function openModal(): Promise<ContactInfoModal> {
  const modal = await fixture<ContactInfoModal>(html`
    <contact-info-modal
      merchant-issues
      support-href="mailto:partner-support@platform.example"
      help-href="https://help.example/contact"
      .portalUsers=${[{email: 'minjun.kim@bareun.example', name: '김민준'}]}
    ></contact-info-modal>
  `);
  modal.show();
  await modal.updateComplete;
  return modal;
}

describe('<contact-info-modal> in the accessibility tree', () => {
  before(startAccessibilityTree);
  before(() => setLocale('ko'));
  after(() => setLocale('en'));

  it('names and describes the dialog, its tabs and every control', async () => {
    const modal = await openModal();
    // Over WebDriver BiDi Firefox finds nodes by role and name, and tells
    // nothing of descriptions, states or nodes without a name.
    if (isFirefox) {
      const count = (role: string, name: string) =>
        countAccessibleNodes(modal.shadowRoot!, role, name);
      expect(await count('dialog', '연락처 정보')).to.equal(1);
      expect(await count('tab', '연락처 정보')).to.equal(1);
      expect(await count('tab', '사용자')).to.equal(1);
      return;
    }

    const dialog = await dialogTree();
    const inside = descendants(dialog);
    const controls = inside.filter((node) => CONTROLS.has(node.role));
    const tabs = inside.filter((node) => node.role === 'tab');

    expect(dialog.name).to.equal('연락처 정보');
    expect(dialog.description).to.contain('계정 전체에 적용');
    expect(dialog.properties.modal).to.equal(true);
    expect(
      tabs.map((tab) => [tab.name, tab.properties.selected])
    ).to.deep.equal([
      ['연락처 정보', true],
      ['사용자', false],
    ]);
    expect(controls.length).to.be.greaterThan(15);
    expect(
      controls.filter((node) => !node.name.trim()).map((node) => node.role),
      'controls without a name'
    ).to.deep.equal([]);
  });

  it('marks required fields and describes each with its help text', async function () {
    skipInFirefox(this, 'no descriptions or states over WebDriver BiDi');
    await openModal();

    const inside = descendants(await dialogTree());
    const field = (name: string) =>
      inside.find(
        (node) =>
          (node.role === 'textbox' || node.role === 'combobox') &&
          node.name.startsWith(name)
      );

    const emergency = field('기술 관련 긴급 연락처');
    expect(emergency?.properties.required).to.equal(true);
    expect(emergency?.description).to.contain('호출(페이징) 별칭');
    const alerts = field('알림 연락처');
    expect(alerts?.role).to.equal('combobox');
    expect(alerts?.properties.required).to.equal(true);
    expect(field('판매자 문제 관련 운영 연락처')?.properties.required).to.equal(
      true
    );
    expect(field('운영 연락처(사용자와 공유됨)')?.name).to.contain(
      '사용자에게 공개'
    );
  });

  it('marks fields invalid and reads their message after a failed submit', async function () {
    skipInFirefox(this, 'no descriptions or states over WebDriver BiDi');
    const modal = await openModal();

    modal
      .shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!
      .click();
    await modal.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));

    const inside = descendants(await dialogTree());
    const emergency = inside.find(
      (node) =>
        node.role === 'textbox' && node.name.startsWith('기술 관련 긴급 연락처')
    );
    expect(emergency?.properties.invalid).to.equal('true');
    expect(emergency?.description).to.contain('이메일 주소를 입력하세요');
    const summary = inside.find(
      (node) => node.role === 'alert' || node.name.includes('문제가')
    );
    expect(summary, 'the error summary is in the tree').to.not.equal(undefined);
  });
});
