import {msg, str} from '@lit/localize';
import type {ContactKey} from '../record/types.js';

/** A field's words, in the active locale; read at render time only. */
export interface FieldWords {
  label: string;
  help: string;
}

/** Labels and help texts of the record's fields (SPEC section 2). */
export function fieldWords(key: ContactKey, platform: string): FieldWords {
  switch (key) {
    case 'alertContacts':
      return {
        label: msg('Alert contacts'),
        help: msg(
          'Portal users who can troubleshoot non-urgent technical problems in production. Automatic alert emails go to them whenever a problem is detected.'
        ),
      };
    case 'technicalEmergency':
      return {
        label: msg('Technical emergency contacts'),
        help: msg(
          'Notified in an emergency, for example when the integration is disabled. We recommend a paging alias.'
        ),
      };
    case 'technicalNonEmergency':
      return {
        label: msg('Technical non-emergency contacts'),
        help: msg(
          'Ongoing partner support that needs technical input, such as API migrations or matching problems.'
        ),
      };
    case 'merchantIssues':
      return {
        label: msg('Operations contact for merchant issues'),
        help: msg(
          'Notified about merchant problems, for example a merchant asking to be removed from a partner it has no business relationship with.'
        ),
      };
    case 'operationsPlatform':
      return {
        label: msg(str`Operations contact (for ${platform})`),
        help: msg(
          str`User escalations that need you to act, such as a booking that was not honoured. Only ${platform} sees this address; it is never shown to users.`
        ),
      };
    case 'operationsPublic':
      return {
        label: msg('Operations contact (shared with users)'),
        help: msg(
          'Visible to users: shared with them for refunds, cancellations or order changes. Enter one support alias of your main brand.'
        ),
      };
    case 'operationalSupport':
      return {
        label: msg('Operational support hours'),
        help: msg(
          'The hours and time zones in which you provide user support. Add every schedule that applies.'
        ),
      };
  }
}

/** Why alert contacts cannot be set outside production. */
export function sandboxNote(): string {
  return msg('Alert contacts can only be set in the production environment.');
}
