import '../start-mark.js';
// The field alone, as a host's own form loads it: the modal and the hours
// picker stay out.
import '../../../src/entries/contact-field.js';
