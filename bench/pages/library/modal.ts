import '../start-mark.js';
import '../../../src/entries/contact-info-modal.js';
import type {ContactInfoModal} from '../../../src/elements.js';
import {PORTAL_USERS} from '../users.js';

const modal = document.querySelector<ContactInfoModal>('contact-info-modal')!;
modal.portalUsers = PORTAL_USERS;
// Limitation: opened before its fields have rendered, the modal leaves
// focus on its Save button; after one update it focuses the first field.
await modal.updateComplete;
modal.show();
