import {expect} from '@open-wc/testing';
import {ELEMENTS} from '../../src/index.js';
import type {
  ContactField,
  ContactFieldEventMap,
  ContactInfoModal,
  ContactInfoModalEventMap,
  ContactRecord,
  SupportHoursPicker,
} from '../../src/index.js';
import {click, innerInput, press, type, until} from '../support/person.js';

// The declarations say what each event carries; these tests make the code
// say it too, so that neither drifts from the other. The tables are typed
// against the declarations (checked by the type test), and the events are
// caught from real use.

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
    ? true
    : false;

function expectType<T extends true>(): T | void {}

type DetailKeys = {
  [
    K in keyof ContactInfoModalEventMap
  ]: readonly (keyof ContactInfoModalEventMap[K]['detail'])[];
};

/** Every modal event, the keys of its detail, and whether it cancels. */
const MODAL_EVENTS = {
  'save-request': {keys: ['record', 'respondWith'], cancelable: true},
  'record-complete': {keys: ['record'], cancelable: false},
  'record-change': {keys: ['record', 'valid'], cancelable: false},
  'access-request': {
    keys: ['access', 'email', 'respondWith'],
    cancelable: true,
  },
  'support-request': {keys: ['href'], cancelable: true},
  'help-request': {keys: ['href'], cancelable: true},
  'close-request': {keys: ['reason'], cancelable: true},
} as const satisfies {
  [K in keyof DetailKeys]: {keys: DetailKeys[K]; cancelable: boolean};
};

// The other way round: every declared key of a detail is in the table.
type Listed = {
  -readonly [
    K in keyof typeof MODAL_EVENTS
  ]: (typeof MODAL_EVENTS)[K]['keys'][number];
};
type Declared = {
  [
    K in keyof ContactInfoModalEventMap
  ]: keyof ContactInfoModalEventMap[K]['detail'];
};
expectType<Equal<Listed, Declared>>();

const FIELD_EVENTS = ['input', 'change', 'invalid'] as const;
expectType<Equal<(typeof FIELD_EVENTS)[number], keyof ContactFieldEventMap>>();

expectType<
  Equal<
    {-readonly [K in keyof typeof ELEMENTS]: HTMLElementTagNameMap[K]},
    {
      'contact-field': ContactField;
      'support-hours-picker': SupportHoursPicker;
      'contact-info-modal': ContactInfoModal;
    }
  >
>();

const record: ContactRecord = {
  version: 1,
  alertContacts: ['minjun.kim@bareun.example'],
  technicalEmergency: ['oncall@alerts.bareun.example'],
  technicalNonEmergency: ['dev-support@bareun.example'],
  operationsPlatform: ['ops-escalation@bareun.example'],
  operationsPublic: 'help@bareun.example',
  operationalSupport: [{timeZone: 'Asia/Seoul', aroundTheClock: true}],
};

interface ManifestDeclaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  events?: {name: string; type?: {text: string}}[];
}

async function manifestElements(): Promise<ManifestDeclaration[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: {declarations?: ManifestDeclaration[]}[];
  };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
}

describe('declarations and code agree', () => {
  const caught = new Map<string, CustomEvent>();
  let modal: ContactInfoModal;

  const record_ = (event: Event) => {
    caught.set(event.type, event as CustomEvent);
  };

  before(() => {
    for (const name of Object.keys(MODAL_EVENTS)) {
      document.addEventListener(name, record_);
    }
  });

  after(() => {
    for (const name of Object.keys(MODAL_EVENTS)) {
      document.removeEventListener(name, record_);
    }
  });

  beforeEach(async () => {
    modal = document.createElement('contact-info-modal');
    modal.supportHref = 'mailto:partner-support@platform.example';
    modal.helpHref = 'https://support.google.com/';
    modal.dismissible = true;
    modal.portalUsers = [{email: 'minjun.kim@bareun.example', name: '김민준'}];
    modal.value = record;
    // The links lead away; the host opens its own flow instead.
    modal.addEventListener('support-request', (event) =>
      event.preventDefault()
    );
    modal.addEventListener('help-request', (event) => event.preventDefault());
    document.body.append(modal);
    modal.show();
    await modal.updateComplete;
  });

  afterEach(() => modal.remove());

  it('fires from real use the details that are declared', async function () {
    this.timeout(30_000);
    const root = modal.shadowRoot!;

    await click(root.querySelector('a[href^="mailto:"]')!);
    await click(root.querySelector('a[href^="https:"]')!);
    await click(
      innerInput(root.querySelector('#field-technicalNonEmergency')!)
    );
    await type('api-team@bareun.example');
    await press('Tab');
    await click(root.querySelector('#tab-users')!);
    await click(innerInput(root.querySelector('#grant-email')!));
    await type('jiwoo.han@bareun.example');
    await press('Enter');
    await until(() => caught.has('access-request'), 'access-request');
    await click(root.querySelector('#tab-contacts')!);
    await click(root.querySelector('[part="submit"]')!);
    await until(() => caught.has('record-complete'), 'record-complete', 5000);
    modal.show();
    await modal.updateComplete;
    await click(root.querySelector('.close')!);

    for (const [name, expected] of Object.entries(MODAL_EVENTS)) {
      const event = caught.get(name);
      expect(event, `${name} was fired`).to.be.instanceOf(CustomEvent);
      expect(Object.keys(event!.detail).sort(), name).to.deep.equal(
        [...expected.keys].sort()
      );
      expect(
        [event!.bubbles, event!.composed, event!.cancelable],
        `${name}: bubbles, composed, cancelable`
      ).to.deep.equal([true, true, expected.cancelable]);
    }
  });

  it('lists in the manifest exactly the events of the event maps', async () => {
    const elements = await manifestElements();
    const eventsOf = (tag: string) =>
      elements
        .find((element) => element.tagName === tag)!
        .events!.map((event) => [event.name, event.type?.text])
        .sort();

    expect(eventsOf('contact-info-modal')).to.deep.equal(
      Object.keys(MODAL_EVENTS)
        .map((name) => [name, `CustomEvent<${detailName(name)}>`])
        .sort()
    );
    for (const tag of ['contact-field', 'support-hours-picker']) {
      expect(eventsOf(tag), tag).to.deep.equal(
        FIELD_EVENTS.map((name) => [name, 'Event']).sort()
      );
    }
  });

  it('declares a tag for every element of the manifest', async () => {
    const tags = (await manifestElements()).map((element) => element.tagName);

    expect(tags.sort()).to.deep.equal(Object.keys(ELEMENTS).sort());
  });
});

/** The detail type's name the event map gives an event. */
function detailName(event: string): string {
  const names: Record<keyof ContactInfoModalEventMap, string> = {
    'save-request': 'SaveRequestDetail',
    'record-complete': 'RecordCompleteDetail',
    'record-change': 'RecordChangeDetail',
    'access-request': 'AccessRequestDetail',
    'support-request': 'LinkRequestDetail',
    'help-request': 'LinkRequestDetail',
    'close-request': 'CloseRequestDetail',
  };
  return names[event as keyof ContactInfoModalEventMap];
}
