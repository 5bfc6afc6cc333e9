// The whole public API without registering anything: a host that defines
// the elements itself, under other names or in its own registry, imports
// from `contact-info-elements/elements`.

export {ContactField} from './contact-field/contact-field.js';
export type {ContactFieldKind} from './contact-field/contact-field.js';
export {SupportHoursPicker} from './support-hours-picker/support-hours-picker.js';
export {ContactInfoModal} from './contact-info-modal/contact-info-modal.js';
export type {
  AccessRequestDetail,
  CloseReason,
  CloseRequestDetail,
  ContactInfoModalEventMap,
  HostAnswer,
  LinkRequestDetail,
  RecordChangeDetail,
  RecordCompleteDetail,
  SaveRequestDetail,
} from './contact-info-modal/events.js';
export type * from './types.js';
export {defineElements, ELEMENTS} from './define.js';
export {defineElement} from './registration.js';
export type {DefineOptions, ElementName, TagNames} from './registration.js';
export {
  setLocale,
  activeLocale,
  loadContactInfoTranslations,
  LOCALES,
} from './localization/locale.js';
export type {LocaleCode} from './localization/locale.js';
export * from './record/index.js';
export {WEEKDAYS} from './hours/types.js';
export type {
  AroundTheClockSchedule,
  HoursLocation,
  HoursProblem,
  HoursProblemCode,
  Schedule,
  TimeRange,
  Weekday,
  WeeklySchedule,
} from './hours/types.js';
