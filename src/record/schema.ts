import * as z from 'zod/mini';

import {
  normaliseSchedules,
  scheduleSchema,
  validateSchedules,
} from '../hours/index.js';
import type {Schedule} from '../hours/index.js';
import {findPortalUser, normaliseAddress, parseAddressList} from './address.js';
import {CONTACT_KEYS, RECORD_VERSION} from './types.js';
import type {
  AddressProblem,
  ContactKey,
  ContactRecord,
  ContactSettings,
  PortalUser,
  RecordFieldError,
} from './types.js';

/** A field value that is not of the JSON type the record expects. */
export const INVALID_TYPE = 'invalid-type';

/** What is wrong with a record as a whole rather than with one field. */
export type RecordProblem =
  /** Not a JSON object at all. */
  | 'not-an-object'
  /** No `version`: run it through `migrateContactRecord` first. */
  | 'version-missing'
  /** A `version` this code does not read. */
  | 'version-unknown';

export type RecordValidation =
  | {success: true; record: ContactRecord}
  | {
      success: false;
      /** Problems of single fields, in the order the form shows them. */
      errors: RecordFieldError[];
      /** Set when the record as a whole is wrong. */
      recordProblem?: RecordProblem;
    };

/** A schema that reads unknown input into a `ContactRecord`. */
export type ContactRecordSchema = z.ZodMiniType<ContactRecord, unknown>;

/** What the schema attaches to each of its own issues. */
export interface RecordIssueParams {
  code: string;
  detail?: unknown;
}

type Payload = z.core.ParsePayload;

function report(
  payload: Payload,
  code: string,
  index?: number,
  detail?: unknown
): void {
  const params: RecordIssueParams =
    detail === undefined ? {code} : {code, detail};
  payload.issues.push({
    code: 'custom',
    message: code,
    input: payload.value,
    path: index === undefined ? [] : [index],
    params,
  });
}

function reportAddress(
  payload: Payload,
  problem: AddressProblem,
  index?: number
): void {
  report(payload, problem.code, index, problem.character);
}

interface ListOptions {
  required: boolean;
  /** When given, every address must belong to one of these users. */
  portalUsers?: readonly PortalUser[];
}

/** An address and the index it had in an array input, if it came in one. */
interface Entry {
  address: string;
  index?: number;
}

/**
 * Reads a list field from an array of addresses (what the elements and a
 * stored record hold) or from text as people paste it.
 */
function readEntries(value: unknown, payload: Payload): Entry[] | null {
  if (value === undefined || value === null) return [];

  if (typeof value === 'string') {
    const parsed = parseAddressList(value);
    parsed.problems.forEach((problem) => reportAddress(payload, problem));
    return parsed.addresses.map((address) => ({address}));
  }

  if (!Array.isArray(value)) {
    report(payload, INVALID_TYPE);
    return null;
  }

  const entries: Entry[] = [];
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string') {
      report(payload, INVALID_TYPE, index);
      return;
    }

    const result = normaliseAddress(item);
    if (!result.ok) {
      reportAddress(payload, result.problem, index);
      return;
    }

    const key = result.address.toLowerCase();
    if (seen.has(key)) return;

    seen.add(key);
    entries.push({address: result.address, index});
  });
  return entries;
}

function addressList(options: ListOptions) {
  return z.pipe(
    z.unknown(),
    z.transform((value, payload): string[] => {
      const issuesBefore = payload.issues.length;
      const entries = readEntries(value, payload) ?? [];
      const clean = payload.issues.length === issuesBefore;

      if (options.required && clean && entries.length === 0) {
        report(payload, 'value-missing');
      }

      const {portalUsers} = options;
      if (!portalUsers) return entries.map((entry) => entry.address);

      return entries.map(({address, index}) => {
        const user = findPortalUser(address, portalUsers);
        if (!user) {
          report(payload, 'not-portal-user', index);
          return address;
        }

        // The host's own spelling of its user, where it is a valid one.
        const own = normaliseAddress(user.email);
        return own.ok ? own.address : address;
      });
    })
  );
}

/** The single public support alias; text may hold a display name. */
const singleAddress = z.pipe(
  z.unknown(),
  z.transform((value, payload): string => {
    if (value !== undefined && value !== null && typeof value !== 'string') {
      report(payload, INVALID_TYPE);
      return '';
    }

    const parsed = parseAddressList(value ?? '');
    parsed.problems.forEach((problem) => reportAddress(payload, problem));
    if (parsed.problems.length > 0) return parsed.addresses[0] ?? '';

    if (parsed.addresses.length === 0) report(payload, 'value-missing');
    if (parsed.addresses.length > 1) report(payload, 'too-many');
    return parsed.addresses[0] ?? '';
  })
);

const schedules = z.pipe(
  z.optional(z.nullable(z.array(scheduleSchema))),
  z.transform((value, payload): Schedule[] => {
    if (!value || value.length === 0) {
      report(payload, 'hours-missing');
      return [];
    }

    // The rules and the normal form of the hours are src/hours' own.
    const problems = validateSchedules(value);
    for (const problem of problems) {
      report(payload, problem.code, problem.schedule, problem);
    }
    return problems.length === 0 ? normaliseSchedules(value) : value;
  })
);

/**
 * Builds the record's schema for one account's settings: alert contacts
 * exist only in production, merchant issues only where the integration has
 * them, and fields that do not apply are dropped from the output.
 */
export function createContactRecordSchema(
  settings: ContactSettings
): ContactRecordSchema {
  const list = () => addressList({required: true});
  const base = z.object({
    version: z.literal(RECORD_VERSION),
    technicalEmergency: list(),
    technicalNonEmergency: list(),
    operationsPlatform: list(),
    operationsPublic: singleAddress,
    operationalSupport: schedules,
  });

  const {portalUsers} = settings;
  const alertContacts = addressList({required: true, portalUsers});
  const merchantIssues = list();
  if (settings.environment !== 'production') {
    return settings.merchantIssues ? z.extend(base, {merchantIssues}) : base;
  }
  return settings.merchantIssues
    ? z.extend(base, {alertContacts, merchantIssues})
    : z.extend(base, {alertContacts});
}

/**
 * Brings a stored record up to the current version. Records written before
 * the version existed are read as version 1; anything else is returned as
 * it came, for the schema to judge.
 */
export function migrateContactRecord(stored: unknown): unknown {
  if (!isObject(stored) || stored.version !== undefined) return stored;

  return {...stored, version: RECORD_VERSION};
}

/**
 * Checks a record (from the elements, or posted to a host's server) and
 * returns it normalised, or every problem found, each tied to its field.
 */
export function validateContactRecord(
  input: unknown,
  settings: ContactSettings
): RecordValidation {
  const result = createContactRecordSchema(settings).safeParse(input);
  if (result.success) return {success: true, record: result.data};

  const errors: RecordFieldError[] = [];
  let recordProblem: RecordProblem | undefined;
  for (const issue of result.error.issues) {
    const [field, index] = issue.path;
    if (field === 'version') {
      recordProblem =
        isObject(input) && input.version === undefined
          ? 'version-missing'
          : 'version-unknown';
    } else if (field === undefined) {
      recordProblem = 'not-an-object';
    } else {
      errors.push(toFieldError(issue, field as ContactKey, index));
    }
  }

  // In the order the form shows the fields, for an error summary.
  errors.sort(
    (a, b) => CONTACT_KEYS.indexOf(a.field) - CONTACT_KEYS.indexOf(b.field)
  );
  return recordProblem === undefined
    ? {success: false, errors}
    : {success: false, errors, recordProblem};
}

function toFieldError(
  issue: z.core.$ZodIssue,
  field: ContactKey,
  index: PropertyKey | undefined
): RecordFieldError {
  const params =
    issue.code === 'custom'
      ? (issue.params as RecordIssueParams | undefined)
      : undefined;
  const error: RecordFieldError = {field, code: params?.code ?? INVALID_TYPE};
  if (typeof index === 'number') error.index = index;
  if (params?.detail !== undefined) error.detail = params.detail;
  return error;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
