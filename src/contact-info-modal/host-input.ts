import type {PortalUser} from '../record/types.js';
import {warnOnce} from '../warnings.js';

/**
 * The host's portal users, keeping only well-formed entries: a careless
 * value must not break the form the person is filling in.
 */
export function portalUsersFrom(users: unknown): PortalUser[] {
  if (!Array.isArray(users)) {
    if (users != null) {
      warnOnce(
        'contact-info-modal/portal-users',
        'portalUsers must be an array of {email, name}; it was ignored.'
      );
    }
    return [];
  }

  const valid = users.filter(
    (user): user is PortalUser =>
      typeof user === 'object' &&
      user !== null &&
      typeof user.email === 'string' &&
      typeof user.name === 'string'
  );
  if (valid.length < users.length) {
    warnOnce(
      'contact-info-modal/portal-user',
      'portalUsers holds entries without a string email and name; they ' +
        'were left out.'
    );
  }
  return valid;
}

/** A stored list of addresses as the field's text, whatever was stored. */
export function addressText(stored: unknown): string {
  if (typeof stored === 'string') return stored;
  if (!Array.isArray(stored)) return '';

  return stored.filter((item) => typeof item === 'string').join(', ');
}
