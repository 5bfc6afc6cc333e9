import {ContactField} from './contact-field/contact-field.js';
import {ContactInfoModal} from './contact-info-modal/contact-info-modal.js';
import {SupportHoursPicker} from './support-hours-picker/support-hours-picker.js';

/** The library's elements under their default tag names. */
export const ELEMENTS = {
  'contact-field': ContactField,
  'support-hours-picker': SupportHoursPicker,
  'contact-info-modal': ContactInfoModal,
} as const;

/**
 * Registers the elements whose tag is still free, so a page that already
 * has one (another copy of the library, say) keeps it.
 */
export function defineElements(registry = customElements): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}
