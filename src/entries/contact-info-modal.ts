import {defineElements} from '../define.js';

// Registers <contact-info-modal> and the two fields it draws.
export {ContactInfoModal} from '../contact-info-modal/contact-info-modal.js';
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
} from '../contact-info-modal/events.js';
export type {ContactInfoModalMode} from '../types.js';

defineElements();
