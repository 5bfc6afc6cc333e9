// How a host's TypeScript sees the library. Checked by `tsc` twice: here
// against the sources, and as a copy that imports the packed package, so
// the published declarations are held to the same lines. A line marked
// `@ts-expect-error` is a misuse that must stay an error.
import {
  ContactField,
  ContactInfoModal,
  SupportHoursPicker,
  defineElement,
  defineElements,
  setLocale,
} from '../../src/index.js';
import type {
  AccessRequestDetail,
  CloseRequestDetail,
  ContactFieldEventMap,
  ContactInfoModalEventMap,
  ContactInfoModalMode,
  ContactRecord,
  ContactSettings,
  Environment,
  HostAnswer,
  LinkRequestDetail,
  LocaleCode,
  PortalUser,
  RecordChangeDetail,
  RecordCompleteDetail,
  SaveRequestDetail,
  Schedule,
  SupportHoursPickerEventMap,
  TagNames,
} from '../../src/index.js';
import {validateContactRecord} from '../../src/record/index.js';
import {ContactField as FieldOnly} from '../../src/entries/contact-field.js';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
    ? true
    : false;

function expectType<T extends true>(): T | void {}

// --- Tags -------------------------------------------------------------

const modal = document.createElement('contact-info-modal');
const field = document.createElement('contact-field');
const picker = document.createElement('support-hours-picker');
expectType<Equal<typeof modal, ContactInfoModal>>();
expectType<Equal<typeof field, ContactField>>();
expectType<Equal<typeof picker, SupportHoursPicker>>();
expectType<Equal<typeof FieldOnly, typeof ContactField>>();
document.querySelector('contact-field')?.addresses satisfies
  string[] | undefined;

// --- The modal's events ---------------------------------------------

modal.addEventListener('save-request', (event) => {
  expectType<Equal<typeof event, CustomEvent<SaveRequestDetail>>>();
  event.detail.record satisfies ContactRecord;
  event.detail.respondWith(Promise.resolve({ok: true}));
  event.detail.respondWith({
    ok: false,
    message: 'Saving failed.',
    fieldErrors: {operationsPublic: 'This alias bounces.'},
  });
  // @ts-expect-error: the record has no such field
  event.detail.respondWith({ok: false, fieldErrors: {pager: 'No.'}});
  // @ts-expect-error: `ok` is a boolean
  event.detail.respondWith({ok: 'yes'});
  event.preventDefault();
});
modal.addEventListener('record-complete', (event) => {
  expectType<Equal<typeof event, CustomEvent<RecordCompleteDetail>>>();
  event.detail.record.version satisfies 1;
  // @ts-expect-error: completion carries the record only
  void event.detail.valid;
});
modal.addEventListener('record-change', (event) => {
  expectType<Equal<typeof event.detail, RecordChangeDetail>>();
  event.detail.valid satisfies boolean;
  event.detail.record.technicalEmergency satisfies string[] | undefined;
});
modal.addEventListener('access-request', (event) => {
  expectType<Equal<typeof event.detail, AccessRequestDetail>>();
  event.detail.access satisfies 'portal';
  event.detail.respondWith(Promise.resolve<HostAnswer>(undefined));
});
modal.addEventListener('support-request', (event) => {
  expectType<Equal<typeof event.detail, LinkRequestDetail>>();
  event.detail.href satisfies string;
});
modal.addEventListener('help-request', (event) => event.detail.href);
modal.addEventListener('close-request', (event) => {
  expectType<Equal<typeof event.detail, CloseRequestDetail>>();
  // @ts-expect-error: closing has two causes only
  event.detail.reason satisfies 'backdrop';
});
// They bubble and are composed: a host may listen at the top.
document.addEventListener('record-complete', (event) => {
  event.detail.record satisfies ContactRecord;
});
window.addEventListener('close-request', (event) => {
  event.detail.reason satisfies 'escape' | 'close-button';
});
expectType<
  Equal<
    keyof ContactInfoModalEventMap,
    | 'save-request'
    | 'record-complete'
    | 'record-change'
    | 'access-request'
    | 'support-request'
    | 'help-request'
    | 'close-request'
  >
>();

// --- The fields fire the platform's own events ----------------------

for (const control of [field, picker]) {
  control.addEventListener('input', (event) => {
    expectType<Equal<typeof event, Event>>();
  });
  control.addEventListener('change', (event) => {
    expectType<Equal<typeof event, ContactFieldEventMap['change']>>();
    // @ts-expect-error: a native event has no detail
    void event.detail;
  });
  control.addEventListener('invalid', (event) => {
    expectType<Equal<typeof event, SupportHoursPickerEventMap['invalid']>>();
  });
}

// --- Properties -----------------------------------------------------

modal.mode = 'page';
expectType<Equal<ContactInfoModalMode, 'modal' | 'page'>>();
// @ts-expect-error: there is no drawer mode
modal.mode = 'drawer';
modal.environment = 'sandbox';
// @ts-expect-error: production or sandbox
modal.environment = 'staging';
modal.portalUsers = [{email: 'minjun.kim@bareun.example', name: '김민준'}];
// @ts-expect-error: a portal user has a name
modal.portalUsers = [{email: 'minjun.kim@bareun.example'}];
modal.value = undefined;
field.kind = 'users';
// @ts-expect-error: single, list or users
field.kind = 'table';
field.value = 'help@bareun.example';
field.validity satisfies ValidityState;
picker.value = [{timeZone: 'Asia/Seoul', aroundTheClock: true}];
picker.value = [{timeZone: 'Asia/Seoul', days: {mon: [['09:00', '18:00']]}}];
// @ts-expect-error: a range is a start and an end
picker.value = [{timeZone: 'Asia/Seoul', days: {mon: [['09:00']]}}];
// @ts-expect-error: weekdays are three-letter keys
picker.value = [{timeZone: 'Asia/Seoul', days: {monday: []}}];

// --- The record and the settings ------------------------------------

const hours: Schedule[] = [{timeZone: 'Asia/Seoul', aroundTheClock: true}];
const record: ContactRecord = {
  version: 1,
  technicalEmergency: ['oncall@alerts.bareun.example'],
  technicalNonEmergency: ['dev-support@bareun.example'],
  operationsPlatform: ['ops-escalation@bareun.example'],
  operationsPublic: 'help@bareun.example',
  operationalSupport: hours,
};
// @ts-expect-error: a stored record says its version
const unversioned: ContactRecord = {...record, version: undefined};
// @ts-expect-error: the public contact is one alias
const listed: ContactRecord = {...record, operationsPublic: ['a@b.example']};
const environment: Environment = 'production';
const users: readonly PortalUser[] = [];
const settings: ContactSettings = {
  environment,
  merchantIssues: false,
  portalUsers: users,
};
const result = validateContactRecord(record, settings);
if (result.success) result.record satisfies ContactRecord;
// @ts-expect-error: the environment is production or sandbox
validateContactRecord(record, {...settings, environment: 'prod'});

// --- Registration and locale ----------------------------------------

const tags: TagNames = {'contact-info-modal': 'partner-contact-modal'};
defineElements({tags})['contact-info-modal'] satisfies string | undefined;
// @ts-expect-error: no element has that name
defineElements({tags: {'contact-modal': 'x-modal'}});
defineElement('contact-field', ContactField, {tags});
// @ts-expect-error: the modal needs its fields: defineElements
defineElement('contact-info-modal', ContactInfoModal);
// @ts-expect-error: the class must be the named element's
defineElement('contact-field', SupportHoursPicker);
void setLocale('ko' satisfies LocaleCode);

export {listed, unversioned};
