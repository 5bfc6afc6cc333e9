import {expect} from '@open-wc/testing';
import {
  ContactField,
  ContactInfoModal,
  SupportHoursPicker,
  defineElement,
  defineElements,
} from '../../src/elements.js';
import type {RecordCompleteDetail} from '../../src/elements.js';
import {click, until} from '../support/person.js';

const record = {
  version: 1 as const,
  alertContacts: ['minjun.kim@bareun.example'],
  technicalEmergency: ['oncall@alerts.bareun.example'],
  technicalNonEmergency: ['dev-support@bareun.example'],
  operationsPlatform: ['ops-escalation@bareun.example'],
  operationsPublic: 'help@bareun.example',
  operationalSupport: [{timeZone: 'Asia/Seoul', aroundTheClock: true as const}],
};

/** Whether this browser has scoped custom element registries. */
function scopedRegistries(): boolean {
  try {
    return new CustomElementRegistry() instanceof CustomElementRegistry;
  } catch {
    return false;
  }
}

/** Stands for another copy of the library that got to the tags first. */
class OtherCopy extends HTMLElement {}

describe('registration', () => {
  const added: Element[] = [];

  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
  });
  it('registers nothing on import of `elements`', () => {
    expect(
      ['contact-field', 'support-hours-picker', 'contact-info-modal'].map(
        (tag) => customElements.get(tag)
      )
    ).to.deep.equal([undefined, undefined, undefined]);
  });

  it('leaves default tags that another copy defined to it', () => {
    customElements.define('contact-field', class extends OtherCopy {});
    customElements.define('support-hours-picker', class extends OtherCopy {});
    customElements.define('contact-info-modal', class extends OtherCopy {});

    const tags = defineElements();

    expect(tags).to.deep.equal({
      'contact-field': undefined,
      'support-hours-picker': undefined,
      'contact-info-modal': undefined,
    });
    expect(
      customElements.get('contact-field')!.prototype instanceof OtherCopy
    ).to.equal(true);
  });

  it('refuses a tag by name that another script has', () => {
    expect(() =>
      defineElement('contact-field', ContactField, {
        tags: {'contact-field': 'contact-info-modal'},
      })
    ).to.throw(/<contact-info-modal> is defined by another script/);
  });

  it('runs a renamed modal beside the other copy', async function () {
    this.timeout(20_000);
    const tags = {
      'contact-field': 'v2-contact-field',
      'support-hours-picker': 'v2-support-hours-picker',
      'contact-info-modal': 'v2-contact-info-modal',
    };

    if (!scopedRegistries()) {
      // Limitation: without scoped registries the modal cannot have
      // fields of its own, and says so instead of driving the other copy's.
      expect(() => defineElements({tags})).to.throw(/scoped custom element/);
      return;
    }

    expect(defineElements({tags})).to.deep.equal(tags);
    expect(defineElements({tags}), 'a second call').to.deep.equal(tags);

    const modal = document.createElement(
      'v2-contact-info-modal'
    ) as ContactInfoModal;
    modal.portalUsers = [{email: 'minjun.kim@bareun.example', name: '김민준'}];
    modal.value = record;
    document.body.append(modal);
    added.push(modal);
    modal.show();
    await modal.updateComplete;
    const field = modal.shadowRoot!.querySelector('#field-technicalEmergency')!;
    const picker = modal.shadowRoot!.querySelector('support-hours-picker')!;

    // Booleans: chai would describe a failing element at length.
    expect(modal instanceof ContactInfoModal).to.equal(true);
    expect(field instanceof ContactField, 'not the other copy').to.equal(true);
    expect(picker instanceof SupportHoursPicker).to.equal(true);
    expect((field as ContactField).value).to.equal(
      'oncall@alerts.bareun.example'
    );

    const completed = new Promise<RecordCompleteDetail>((resolve) =>
      modal.addEventListener('record-complete', (event) =>
        resolve(event.detail)
      )
    );
    // The modal places focus once its fields have rendered, which may
    // scroll it; a person clicks after that.
    await until(
      () => modal.shadowRoot!.activeElement !== null,
      'focus is in the modal'
    );
    await click(modal.shadowRoot!.querySelector('[part="submit"]')!);
    await until(() => !modal.open, 'the modal closes on completion', 5000);

    expect((await completed).record).to.deep.equal(record);
  });

  it('registers a renamed field for a host form', async () => {
    const tag = defineElement('contact-field', ContactField, {
      tags: {'contact-field': 'host-contact-field'},
    });
    const form = document.createElement('form');
    form.innerHTML =
      '<host-contact-field name="pager" value="pager@bareun.example">' +
      '</host-contact-field>';
    document.body.append(form);
    added.push(form);
    await (form.firstElementChild as ContactField).updateComplete;

    expect(tag).to.equal('host-contact-field');
    expect([...new FormData(form)]).to.deep.equal([
      ['pager', 'pager@bareun.example'],
    ]);
  });
});
