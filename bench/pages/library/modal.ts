import '../start-mark.js';
import '../../../src/entries/contact-info-modal.js';
import type {ContactInfoModal} from '../../../src/elements.js';
import {PORTAL_USERS} from '../users.js';

const modal = document.querySelector<ContactInfoModal>('contact-info-modal')!;
modal.portalUsers = PORTAL_USERS;
// Opened in the task that upgraded it, as a host page does on load: the
// modal puts focus in its first field once that field has rendered.
modal.show();
