import {defineElements} from './define.js';

export {ContactField} from './contact-field/contact-field.js';
export type {ContactFieldKind} from './contact-field/contact-field.js';
export {SupportHoursPicker} from './support-hours-picker/support-hours-picker.js';
export {ContactInfoModal} from './contact-info-modal/contact-info-modal.js';
export type * from './contact-info-modal/events.js';
export {defineElements, ELEMENTS} from './define.js';
export {
  setLocale,
  activeLocale,
  loadContactInfoTranslations,
  LOCALES,
} from './localization/locale.js';
export type {LocaleCode} from './localization/locale.js';
export * from './record/index.js';
export type * from './hours/types.js';

defineElements();
