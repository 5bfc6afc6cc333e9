import {defineElements} from './define.js';

// The package's main entry: everything, with the three tags registered.
// `contact-info-elements/elements` is the same without registering.
export * from './elements.js';

defineElements();
