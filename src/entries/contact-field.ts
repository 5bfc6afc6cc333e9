import {ContactField} from '../contact-field/contact-field.js';
import {defineElement} from '../registration.js';

// Registers <contact-field> only, for a host that reuses the field in its
// own forms; the other elements stay out of the host's bundle.
export {ContactField};
export type {ContactFieldKind} from '../contact-field/contact-field.js';
export type {ContactFieldEventMap} from '../types.js';

defineElement('contact-field', ContactField);
