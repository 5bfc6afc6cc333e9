import type {ContactKey, ContactRecord} from '../record/types.js';

/**
 * How a host answers a request: nothing (or `true`) for success, or what
 * went wrong: a message for the person and, from a server, per-field
 * messages that appear on those fields.
 */
export type HostAnswer =
  | void
  | boolean
  | {
      ok: boolean;
      message?: string;
      fieldErrors?: Partial<Record<ContactKey, string>>;
    };

export interface SaveRequestDetail {
  record: ContactRecord;
  /** Hands the element a promise that settles when the host has saved. */
  respondWith(answer: Promise<HostAnswer> | HostAnswer): void;
}

export interface RecordCompleteDetail {
  record: ContactRecord;
}

/** What the form holds so far, as typed, and whether it would submit. */
export interface RecordChangeDetail {
  record: Partial<ContactRecord>;
  valid: boolean;
}

export interface AccessRequestDetail {
  /** The colleague's address, normalised. */
  email: string;
  /** What is granted: access to this portal account. */
  access: 'portal';
  respondWith(answer: Promise<HostAnswer> | HostAnswer): void;
}

export interface LinkRequestDetail {
  href: string;
}

export type CloseReason = 'escape' | 'close-button';

export interface CloseRequestDetail {
  reason: CloseReason;
}

/** The modal's own events, for typed `addEventListener`. */
export interface ContactInfoModalEventMap {
  'save-request': CustomEvent<SaveRequestDetail>;
  'record-complete': CustomEvent<RecordCompleteDetail>;
  'record-change': CustomEvent<RecordChangeDetail>;
  'access-request': CustomEvent<AccessRequestDetail>;
  'support-request': CustomEvent<LinkRequestDetail>;
  'help-request': CustomEvent<LinkRequestDetail>;
  'close-request': CustomEvent<CloseRequestDetail>;
}

/** A request that the host may answer through `respondWith`. */
export interface PendingAnswer {
  /** Undefined when no listener answered. */
  answer: Promise<HostAnswer> | undefined;
  canceled: boolean;
}

/**
 * Fires a cancelable, bubbling, composed request whose listeners may hand
 * back an answer, and says what came of it.
 */
export function request<D extends object>(
  target: EventTarget,
  type: string,
  detail: D
): PendingAnswer {
  let answer: Promise<HostAnswer> | undefined;
  const event = new CustomEvent(type, {
    bubbles: true,
    composed: true,
    cancelable: true,
    detail: {
      ...detail,
      respondWith(value: Promise<HostAnswer> | HostAnswer) {
        answer = Promise.resolve(value);
      },
    },
  });
  const canceled = !target.dispatchEvent(event);
  return {answer, canceled};
}

/** Reads a host answer; a rejected promise is a failure without words. */
export async function settle(answer: Promise<HostAnswer>): Promise<{
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<ContactKey, string>>;
}> {
  try {
    const value = await answer;
    if (value === undefined || value === true) return {ok: true};
    if (value === false) return {ok: false};
    return value;
  } catch (error) {
    return {ok: false, message: error instanceof Error ? error.message : ''};
  }
}

declare global {
  // Typed listeners: `modal.addEventListener('save-request', e => ...)`.
  // An augmentation adds members through `extends`, so it has none itself.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ContactInfoModalEventMap {}
}
