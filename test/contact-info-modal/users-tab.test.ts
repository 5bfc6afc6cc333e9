import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ContactInfoModal} from '../../src/index.js';
import type {PortalUser} from '../../src/record/types.js';
import {
  click,
  deepActiveElement,
  innerInput,
  press,
  type,
  until,
} from '../support/person.js';

const users: PortalUser[] = [
  {email: 'minjun.kim@bareun.example', name: '<b>김민준</b>'},
];

async function openModal(): Promise<ContactInfoModal> {
  const modal = await fixture<ContactInfoModal>(html`
    <contact-info-modal .portalUsers=${users}></contact-info-modal>
  `);
  modal.show();
  await modal.updateComplete;
  return modal;
}

const $ = (modal: ContactInfoModal, selector: string) =>
  modal.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('<contact-info-modal> tabs and the Users tab', () => {
  it('moves between tabs with the arrow keys, as the tabs pattern says', async () => {
    const modal = await openModal();
    await click($(modal, '#tab-contacts'));

    await press('ArrowRight');
    await modal.updateComplete;

    expect(deepActiveElement()).to.equal($(modal, '#tab-users'));
    expect($(modal, '#tab-users').getAttribute('aria-selected')).to.equal(
      'true'
    );
    expect($(modal, '#panel-users').hidden).to.equal(false);
    expect($(modal, '#panel-contacts').hidden).to.equal(true);
    await press('Home');
    await modal.updateComplete;
    expect(deepActiveElement()).to.equal($(modal, '#tab-contacts'));
  });

  it('keeps what was typed when the person switches tabs and back', async () => {
    const modal = await openModal();
    await click(innerInput($(modal, '#field-operationsPublic')));
    await type('help@bareun');

    await click($(modal, '#tab-users'));
    await click($(modal, '#tab-contacts'));

    expect(innerInput($(modal, '#field-operationsPublic')).value).to.equal(
      'help@bareun'
    );
  });

  it('lists portal users as text, never as markup', async () => {
    const modal = await openModal();
    await click($(modal, '#tab-users'));

    const item = $(modal, '.users li .name');
    expect(item.textContent).to.equal('<b>김민준</b>');
    expect(item.querySelector('b')).to.equal(null);
  });

  it('grants a colleague access through the host and says so in place', async () => {
    const modal = await openModal();
    const requests: string[] = [];
    modal.addEventListener('access-request', (event) => {
      requests.push(event.detail.email);
      event.detail.respondWith(Promise.resolve({ok: true}));
    });
    await click($(modal, '#tab-users'));

    await click(innerInput($(modal, '#grant-email')));
    await type('Jiwoo.Han@BAREUN.example');
    await press('Enter');
    await until(
      () => $(modal, '.grant-status').textContent!.trim() !== '',
      'status'
    );

    expect(requests).to.deep.equal(['Jiwoo.Han@bareun.example']);
    expect($(modal, '.grant-status').textContent!.trim()).to.equal(
      'Jiwoo.Han@bareun.example can now use the portal.'
    );
  });

  it('says that a portal user has access already, without asking the host', async () => {
    const modal = await openModal();
    let asked = false;
    modal.addEventListener('access-request', () => (asked = true));
    await click($(modal, '#tab-users'));

    await click(innerInput($(modal, '#grant-email')));
    await type('MinJun.Kim@bareun.example');
    await press('Enter');
    await modal.updateComplete;

    expect(asked).to.equal(false);
    expect($(modal, '.grant-status').textContent!.trim()).to.equal(
      '<b>김민준</b> (minjun.kim@bareun.example) already uses the portal.'
    );
  });

  it('clears what an earlier grant said when the next address is wrong', async () => {
    const modal = await openModal();
    modal.addEventListener('access-request', (event) =>
      event.detail.respondWith(Promise.resolve({ok: true}))
    );
    await click($(modal, '#tab-users'));
    await click(innerInput($(modal, '#grant-email')));
    await type('jiwoo.han@bareun.example');
    await press('Enter');
    await until(
      () => $(modal, '.grant-status').textContent!.trim() !== '',
      'status'
    );

    await type('bad address');
    await press('Enter');
    await modal.updateComplete;

    expect($(modal, '.grant-status').textContent!.trim()).to.equal('');
  });

  it('refuses a bad address without asking the host', async () => {
    const modal = await openModal();
    let asked = false;
    modal.addEventListener('access-request', () => (asked = true));
    await click($(modal, '#tab-users'));

    await click(innerInput($(modal, '#grant-email')));
    await type('jiwoo@bareun');
    await press('Enter');
    await modal.updateComplete;

    expect(asked).to.equal(false);
    const field = $(modal, '#grant-email');
    expect(
      field.shadowRoot!.querySelector('[part="error"]')!.textContent
    ).to.contain('needs a dot');
  });

  it('shows the host’s failure in place and keeps the address', async () => {
    const modal = await openModal();
    modal.addEventListener('access-request', (event) =>
      event.detail.respondWith(
        Promise.resolve({
          ok: false,
          message: 'That person is in another organisation.',
        })
      )
    );
    await click($(modal, '#tab-users'));

    await click(innerInput($(modal, '#grant-email')));
    await type('jiwoo@other.example');
    await press('Enter');
    await until(
      () => $(modal, '.grant-status').textContent!.trim() !== '',
      'status'
    );

    expect($(modal, '.grant-status').textContent!.trim()).to.equal(
      'That person is in another organisation.'
    );
    expect(innerInput($(modal, '#grant-email')).value).to.equal(
      'jiwoo@other.example'
    );
  });
});
