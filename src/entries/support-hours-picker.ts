import {SupportHoursPicker} from '../support-hours-picker/support-hours-picker.js';
import {defineElement} from '../registration.js';

// Registers <support-hours-picker> only.
export {SupportHoursPicker};
export type {SupportHoursPickerEventMap} from '../types.js';
export type {Schedule} from '../hours/types.js';

defineElement('support-hours-picker', SupportHoursPicker);
