import type {ContactField} from './contact-field/contact-field.js';
import type {ContactInfoModal} from './contact-info-modal/contact-info-modal.js';
import type {ContactInfoModalEventMap} from './contact-info-modal/events.js';
import type {SupportHoursPicker} from './support-hours-picker/support-hours-picker.js';

/** How `<contact-info-modal>` shows: blocking modal or inline page. */
export type ContactInfoModalMode = ContactInfoModal['mode'];

/**
 * The events of the field elements: the platform's own, with no detail.
 * They are plain `Event`s (the `input` of a person's typing is an
 * `InputEvent`), exactly as a native `<input>` fires them.
 */
export interface FormControlEventMap {
  input: Event;
  change: Event;
  invalid: Event;
}

export type ContactFieldEventMap = FormControlEventMap;

export type SupportHoursPickerEventMap = FormControlEventMap;

/** Every element of the library with the events it fires. */
export interface ContactInfoElementEventMaps {
  'contact-field': [ContactField, ContactFieldEventMap];
  'support-hours-picker': [SupportHoursPicker, SupportHoursPickerEventMap];
  'contact-info-modal': [ContactInfoModal, ContactInfoModalEventMap];
}

declare global {
  // The modal's events bubble and are composed, so a host may listen at
  // the document or the window as well as on the element. Augmentations
  // add members through `extends` and have none of their own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ContactInfoModalEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends ContactInfoModalEventMap {}
}
