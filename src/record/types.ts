import type {Schedule} from '../hours/types.js';

/** Keys of the record, in the order the form shows them. */
export const CONTACT_KEYS = [
  'alertContacts',
  'technicalEmergency',
  'technicalNonEmergency',
  'merchantIssues',
  'operationsPlatform',
  'operationsPublic',
  'operationalSupport',
] as const;

export type ContactKey = (typeof CONTACT_KEYS)[number];

/** The keys whose value is a list of addresses. */
export type AddressListKey = Exclude<
  ContactKey,
  'operationsPublic' | 'operationalSupport'
>;

/** The version of the record's JSON form that this code writes. */
export const RECORD_VERSION = 1;

/**
 * An account's contact information: the JSON contract between the elements
 * and the host. Addresses are normalised: trimmed, domain lower-cased and in
 * its ASCII (punycode) form, without duplicates, in the order given.
 */
export interface ContactRecord {
  version: typeof RECORD_VERSION;
  /** Portal users; present in production only. */
  alertContacts?: string[];
  technicalEmergency: string[];
  technicalNonEmergency: string[];
  /** Present only where the integration has the field. */
  merchantIssues?: string[];
  operationsPlatform: string[];
  operationsPublic: string;
  operationalSupport: Schedule[];
}

export interface PortalUser {
  email: string;
  name: string;
}

export type Environment = 'production' | 'sandbox';

/** What the host says about the account; it decides which fields apply. */
export interface ContactSettings {
  environment: Environment;
  /** Whether the integration has the merchant-issues field. */
  merchantIssues: boolean;
  portalUsers: readonly PortalUser[];
}

export type AddressProblemCode =
  /** Nothing where an address is required. */
  | 'value-missing'
  /** No `@`. */
  | 'at-missing'
  /** More than one `@`. */
  | 'at-repeated'
  /** Nothing before the `@`. */
  | 'local-empty'
  /** Nothing after the `@`. */
  | 'domain-empty'
  /** A local part that starts or ends with a dot or has two in a row. */
  | 'local-dot'
  /** A character that no address may hold before the `@` (`character`). */
  | 'local-character'
  /** A letter outside Latin script before the `@` (`character`). */
  | 'local-non-ascii'
  /** A domain without a dot (`ops@localhost`). */
  | 'domain-no-dot'
  /** A domain that ends with a dot or has two in a row. */
  | 'domain-dot'
  /** A character that no domain may hold (`character`). */
  | 'domain-character'
  /** A domain label that starts or ends with a hyphen or is too long. */
  | 'domain-label'
  /** Longer than mail servers accept (64 before the @, 254 in all). */
  | 'too-long'
  /** Spaces inside what looks like one address. */
  | 'space'
  /** A control character (`character`). */
  | 'control-character'
  /** More than one address where one is asked for. */
  | 'too-many'
  /** An address that is not one of the portal's users. */
  | 'not-portal-user';

export interface AddressProblem {
  code: AddressProblemCode;
  /** The text the problem is about, as the person gave it. */
  input: string;
  /** The offending character, for codes that name one. */
  character?: string;
}

export type AddressResult =
  {ok: true; address: string} | {ok: false; problem: AddressProblem};

/** The outcome of reading what a person typed or pasted. */
export interface ParsedAddresses {
  /** Good addresses, normalised, duplicates removed, order kept. */
  addresses: string[];
  /** Pieces that are not addresses, in the order they came. */
  problems: AddressProblem[];
}

export interface RecordFieldError {
  field: ContactKey;
  /** An address problem or an hours problem code. */
  code: string;
  /** Index of the address in a list field, when it is about one. */
  index?: number;
  /** The offending character or hours detail, when there is one. */
  detail?: unknown;
}
