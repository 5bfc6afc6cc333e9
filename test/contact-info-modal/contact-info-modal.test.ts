import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ContactField, ContactInfoModal} from '../../src/index.js';
import type {
  ContactKey,
  ContactRecord,
  PortalUser,
} from '../../src/record/types.js';
import {setLocale} from '../../src/localization/locale.js';
import {fieldOf} from '../support/fill-contact-form.js';
import {
  click,
  compose,
  deepActiveElement,
  innerInput,
  press,
  type,
  until,
} from '../support/person.js';

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

/** A record with the given fields emptied, for a person to fill. */
function recordWithout(...keys: ContactKey[]): ContactRecord {
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  for (const key of keys) {
    copy[key] = key === 'operationsPublic' ? '' : [];
  }
  return copy as unknown as ContactRecord;
}

async function openModal(
  value: ContactRecord | undefined = undefined
): Promise<ContactInfoModal> {
  const modal = await fixture<ContactInfoModal>(html`
    <contact-info-modal
      .portalUsers=${users}
      .value=${value}
      support-href="mailto:partner-support@platform.example"
      help-href="https://help.example/contact"
    ></contact-info-modal>
  `);
  modal.show();
  await modal.updateComplete;
  return modal;
}

function dialogOf(modal: ContactInfoModal): HTMLDialogElement {
  return modal.shadowRoot!.querySelector('dialog')!;
}

function inputOf(modal: ContactInfoModal, key: ContactKey) {
  return innerInput(fieldOf(modal, key)!);
}

/**
 * Leaves the field being typed in, then clicks Save. Leaving first matters:
 * a message that appears on leaving moves the button, and a person aims
 * again after it moved.
 */
async function submit(modal: ContactInfoModal) {
  await press('Tab');
  await modal.updateComplete;
  await click(modal.shadowRoot!.querySelector('[part="submit"]')!);
}

/** Counts the modal's own events by type. */
function recordEvents(modal: ContactInfoModal): Map<string, Event[]> {
  const seen = new Map<string, Event[]>();
  for (const type of [
    'save-request',
    'record-complete',
    'close-request',
    'close',
  ]) {
    seen.set(type, []);
    modal.addEventListener(type, (event) => seen.get(type)!.push(event));
  }
  return seen;
}

afterEach(async () => {
  await setLocale('en');
  sessionStorage.clear();
});

describe('<contact-info-modal> as a blocking modal', () => {
  for (const times of [1, 2, 5]) {
    it(`stays open with values intact after Escape ×${times}`, async () => {
      const modal = await openModal();
      const events = recordEvents(modal);
      await click(inputOf(modal, 'technicalEmergency'));
      await type('oncall@alerts.bareun.example');

      for (let i = 0; i < times; i += 1) await press('Escape');
      await modal.updateComplete;

      expect(dialogOf(modal).open).to.equal(true);
      expect(dialogOf(modal).matches(':modal')).to.equal(true);
      expect(modal.open).to.equal(true);
      expect(events.get('record-complete')).to.have.length(0);
      expect(events.get('close-request')).to.have.length(0);
      expect(inputOf(modal, 'technicalEmergency').value).to.equal(
        'oncall@alerts.bareun.example'
      );
    });
  }

  it('stays open when Escape dismisses a Korean IME candidate', async () => {
    const modal = await openModal();
    await click(inputOf(modal, 'operationsPublic'));
    await type('help@');
    await compose(['ㅎ', '하', '한']);

    await press('Escape');
    await press('Escape');

    expect(dialogOf(modal).open).to.equal(true);
    expect(inputOf(modal, 'operationsPublic').value).to.match(/^help@/);
  });

  it('keeps focus inside through Tab ×15 and Shift+Tab ×15 from another shadow root', async () => {
    const outer = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = outer.attachShadow({mode: 'open'});
    const modal = document.createElement('contact-info-modal');
    modal.supportHref = 'mailto:partner-support@platform.example';
    shadow.append(modal);
    modal.show();
    await modal.updateComplete;
    const inside = () => {
      const active = deepActiveElement();
      return Boolean(
        active &&
        (modal.shadowRoot!.contains(active) ||
          dialogOf(modal).contains(active) ||
          isInsideField(active, modal))
      );
    };

    const escapes: string[] = [];
    for (const key of [
      ...Array(15).fill('Tab'),
      ...Array(15).fill('Shift+Tab'),
    ]) {
      await press(key);
      if (!inside()) escapes.push(`${key} → ${deepActiveElement()?.localName}`);
    }

    expect(escapes).to.deep.equal([]);
  });

  it('returns focus to the button that opened it, after completion', async () => {
    const host = await fixture<HTMLElement>(html`
      <div>
        <button id="opener">Contact information</button>
        <contact-info-modal></contact-info-modal>
      </div>
    `);
    const modal = host.querySelector('contact-info-modal')!;
    modal.portalUsers = users;
    modal.value = record;
    const opener = host.querySelector<HTMLButtonElement>('#opener')!;
    opener.addEventListener('click', () => modal.show());
    opener.focus();

    await press('Enter');
    await until(() => dialogOf(modal).open, 'opened');
    await submit(modal);
    await until(() => !dialogOf(modal).open, 'completed');

    expect(deepActiveElement()).to.equal(opener);
  });

  it('focuses the first field when opened in the task that created it', async () => {
    const modal = document.createElement('contact-info-modal');
    document.body.append(modal);
    modal.show();
    await modal.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));

    const focused = deepActiveElement() === inputOf(modal, 'alertContacts');
    modal.remove();

    expect(focused, 'focus is in the first field').to.equal(true);
  });

  it('lets a click within 100 ms of opening win over the initial focus', async () => {
    const modal = await fixture<ContactInfoModal>(html`
      <contact-info-modal .portalUsers=${users}></contact-info-modal>
    `);

    modal.show();
    await modal.updateComplete;
    await click(inputOf(modal, 'technicalEmergency'));
    await type('pager@bareun.example');
    await new Promise((resolve) => setTimeout(resolve, 150));

    expect(inputOf(modal, 'technicalEmergency').value).to.equal(
      'pager@bareun.example'
    );
    expect(inputOf(modal, 'alertContacts').value).to.equal('');
  });

  it('does not let the page behind scroll while open', async () => {
    const modal = await openModal();

    expect(getComputedStyle(document.documentElement).overflow).to.equal(
      'hidden'
    );
    modal.close();
    await modal.updateComplete;
    expect(getComputedStyle(document.documentElement).overflow).to.not.equal(
      'hidden'
    );
  });
});

describe('<contact-info-modal> submission', () => {
  for (const locale of ['en', 'ko'] as const) {
    it(`announces one summary that counts the problems (${locale})`, async () => {
      await setLocale(locale);
      const modal = await openModal(
        recordWithout('technicalEmergency', 'operationsPlatform')
      );
      await click(inputOf(modal, 'technicalEmergency'));
      await type('oncall@bareun');
      await click(inputOf(modal, 'operationsPlatform'));
      await type('ops@@bareun.example');

      await submit(modal);
      await modal.updateComplete;
      const summary = modal.shadowRoot!.querySelector('#summary')!;

      expect(deepActiveElement()).to.equal(summary);
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(summary.querySelector('p')!.textContent).to.equal(
        locale === 'en'
          ? '2 problems need your attention.'
          : '확인이 필요한 문제가 2개 있습니다.'
      );
      expect(summary.querySelectorAll('a')).to.have.length(2);
    });
  }

  it('says “1 problem” in the singular', async () => {
    const modal = await openModal(recordWithout('technicalEmergency'));
    await click(inputOf(modal, 'technicalEmergency'));
    await type('oncall@bareun');

    await submit(modal);
    await modal.updateComplete;

    expect(modal.shadowRoot!.querySelector('#summary p')!.textContent).to.equal(
      '1 problem needs your attention.'
    );
  });

  it('moves focus to the field a summary link names', async () => {
    const modal = await openModal(recordWithout('operationsPlatform'));
    await submit(modal);
    await modal.updateComplete;

    await click(modal.shadowRoot!.querySelector('#summary a')!);

    expect(deepActiveElement()).to.equal(inputOf(modal, 'operationsPlatform'));
  });

  it('completes at once when no host answers', async () => {
    const modal = await openModal(record);
    const events = recordEvents(modal);

    await submit(modal);

    expect(events.get('record-complete')).to.have.length(1);
    expect(dialogOf(modal).open).to.equal(false);
  });

  it('keeps values after a failed save, and a retry completes once', async () => {
    const modal = await openModal(record);
    const events = recordEvents(modal);
    const answers = [{ok: false, message: 'The server is busy.'}, {ok: true}];
    modal.addEventListener('save-request', (event) =>
      event.detail.respondWith(Promise.resolve(answers.shift()!))
    );

    await submit(modal);
    await until(
      () => Boolean(modal.shadowRoot!.querySelector('.save-error')),
      'failure shown'
    );
    expect(
      modal.shadowRoot!.querySelector('.save-error')!.textContent!.trim()
    ).to.equal('The server is busy.');
    expect(dialogOf(modal).open).to.equal(true);
    expect(inputOf(modal, 'operationsPublic').value).to.equal(
      'help@bareun.example'
    );

    await submit(modal);
    await until(() => !dialogOf(modal).open, 'completed');

    expect(events.get('save-request')).to.have.length(2);
    expect(events.get('record-complete')).to.have.length(1);
    const completed = (events.get('record-complete')![0] as CustomEvent).detail
      .record;
    expect(completed).to.deep.equal(record);
  });

  it('shows per-field errors from the host’s server on those fields', async () => {
    const modal = await openModal(record);
    modal.addEventListener('save-request', (event) =>
      event.detail.respondWith({
        ok: false,
        fieldErrors: {technicalEmergency: 'This domain does not accept mail.'},
      })
    );

    await submit(modal);
    const field = fieldOf(modal, 'technicalEmergency') as ContactField;
    await until(
      () =>
        field
          .shadowRoot!.querySelector('[part="error"]')!
          .textContent!.trim() !== '',
      'field error'
    );

    expect(
      field.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim()
    ).to.equal('This domain does not accept mail.');
    expect(
      fieldOf(modal, 'operationsPublic')!
        .shadowRoot!.querySelector('[part="error"]')!
        .textContent!.trim()
    ).to.equal('');

    // The server spoke of the value it was sent: an edit takes it back.
    await click(innerInput(field));
    await type('x');
    await until(() => !field.validity.customError, 'server error cleared');
    expect(field.validationMessage).to.not.include('does not accept mail');
  });

  it('sends nothing on a second submit while the host is saving', async () => {
    const modal = await openModal(record);
    const events = recordEvents(modal);
    let finish!: () => void;
    modal.addEventListener('save-request', (event) =>
      event.detail.respondWith(
        new Promise<void>((resolve) => {
          finish = resolve;
        })
      )
    );

    await submit(modal);
    await modal.updateComplete;
    const button = modal.shadowRoot!.querySelector('[part="submit"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await submit(modal);
    finish();
    await until(() => !dialogOf(modal).open, 'completed');

    expect(events.get('save-request')).to.have.length(1);
    expect(events.get('record-complete')).to.have.length(1);
  });
});

describe('<contact-info-modal> when the host allows dismissal', () => {
  it('asks to close on Escape, says why, and keeps values for a reopen', async () => {
    const modal = await openModal();
    modal.dismissible = true;
    await modal.updateComplete;
    const events = recordEvents(modal);
    await click(inputOf(modal, 'operationsPublic'));
    await type('help@bareun.example');

    await press('Escape');
    await until(() => !dialogOf(modal).open, 'closed');
    modal.show();
    await modal.updateComplete;

    const [request] = events.get('close-request') as CustomEvent[];
    expect(request.detail.reason).to.equal('escape');
    expect(inputOf(modal, 'operationsPublic').value).to.equal(
      'help@bareun.example'
    );
  });

  it('stays open when the host cancels the close request', async () => {
    const modal = await openModal();
    modal.dismissible = true;
    await modal.updateComplete;
    modal.addEventListener('close-request', (event) => event.preventDefault());
    await click(inputOf(modal, 'operationsPublic'));

    await click(modal.shadowRoot!.querySelector('.close')!);

    expect(dialogOf(modal).open).to.equal(true);
  });
});

describe('<contact-info-modal> events', () => {
  it('reports each committed change with the record so far', async () => {
    const modal = await openModal(recordWithout('operationsPublic'));
    const changes: CustomEvent[] = [];
    modal.addEventListener('record-change', (event) => changes.push(event));

    await click(inputOf(modal, 'operationsPublic'));
    await type('Help@Bareun.Example');
    await press('Tab');

    expect(changes.length).to.be.greaterThan(0);
    const last = changes.at(-1)!;
    expect(last.bubbles && last.composed).to.equal(true);
    expect(last.detail.valid).to.equal(true);
    expect(last.detail.record.operationsPublic).to.equal('Help@bareun.example');
  });

  it('fires nothing when the host sets properties', async () => {
    const modal = await openModal();
    const fired: string[] = [];
    for (const type of [
      'record-change',
      'input',
      'change',
      'record-complete',
    ]) {
      modal.addEventListener(type, () => fired.push(type));
    }

    modal.value = record;
    modal.environment = 'sandbox';
    modal.portalUsers = [...users];
    await modal.updateComplete;

    expect(fired).to.deep.equal([]);
  });
});

describe('<contact-info-modal> links, drafts and the update page', () => {
  it('lets the host take over “Contact support”', async () => {
    const modal = await openModal();
    let href = '';
    modal.addEventListener('support-request', (event) => {
      href = event.detail.href;
      event.preventDefault();
    });

    await click(modal.shadowRoot!.querySelector('a[href^="mailto:"]')!);

    expect(href).to.equal('mailto:partner-support@platform.example');
    expect(dialogOf(modal).open).to.equal(true);
  });

  it('keeps a draft across a reload and clears it on completion', async () => {
    const first = await fixture<ContactInfoModal>(html`
      <contact-info-modal
        draft-key="account-7"
        .portalUsers=${users}
        .value=${recordWithout('operationsPublic')}
      ></contact-info-modal>
    `);
    first.show();
    await first.updateComplete;
    await click(inputOf(first, 'operationsPublic'));
    await type('help@bareun.example');
    first.remove();

    const second = await openModalWithDraft('account-7');

    expect(inputOf(second, 'operationsPublic').value).to.equal(
      'help@bareun.example'
    );
    await submit(second);
    await until(() => !dialogOf(second).open, 'completed');
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.getItem('contact-info-draft:account-7')).to.equal(null);
  });

  it('enables the update page’s save button only after a change', async () => {
    const page = await fixture<ContactInfoModal>(html`
      <contact-info-modal
        mode="page"
        .portalUsers=${users}
        .value=${record}
      ></contact-info-modal>
    `);
    const button =
      page.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
    expect(page.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(button.disabled).to.equal(true);

    await click(inputOf(page, 'operationsPublic'));
    await press('End');
    await type('x');
    await page.updateComplete;

    expect(button.disabled).to.equal(false);
    expect(page.hasUnsavedChanges).to.equal(true);
  });
});

async function openModalWithDraft(key: string): Promise<ContactInfoModal> {
  const modal = await fixture<ContactInfoModal>(html`
    <contact-info-modal
      draft-key=${key}
      .portalUsers=${users}
      .value=${recordWithout('operationsPublic')}
    ></contact-info-modal>
  `);
  modal.show();
  await modal.updateComplete;
  return modal;
}

function isInsideField(element: Element, modal: ContactInfoModal): boolean {
  let node: Node | null = element;
  while (node) {
    if (node === modal) return true;
    node =
      node.parentNode instanceof ShadowRoot
        ? node.parentNode.host
        : node.parentNode;
  }
  return false;
}
