import {expect} from '@open-wc/testing';

import {
  RECORD_VERSION,
  parseAddressList,
  validateContactRecord,
} from '../../src/record/index.js';
import type {
  ContactKey,
  ContactSettings,
  RecordValidation,
} from '../../src/record/index.js';
import {loadCases} from '../support/fixtures.js';
import type {FixtureCase} from '../support/fixtures.js';

const LIST_KEYS = [
  'alertContacts',
  'technicalEmergency',
  'technicalNonEmergency',
  'merchantIssues',
  'operationsPlatform',
] as const;

const cases = await loadCases();

function settingsOf(fixture: FixtureCase): ContactSettings {
  const {environment, merchantIssues, portalUsers} = fixture.setting;
  return {environment, merchantIssues, portalUsers};
}

/** Whether the form shows the field (and so judges it) in this setting. */
function applies(fixture: FixtureCase, key: ContactKey): boolean {
  if (key === 'alertContacts') {
    return fixture.setting.environment === 'production';
  }
  return key !== 'merchantIssues' || fixture.setting.merchantIssues;
}

/** The fields with an error, in the order of the record's keys. */
function fieldsWithErrors(result: RecordValidation): ContactKey[] {
  if (result.success) return [];
  return [...new Set(result.errors.map((error) => error.field))];
}

function sorted(keys: Iterable<ContactKey>): ContactKey[] {
  return [...keys].sort();
}

function expectOutcome(
  fixture: FixtureCase,
  result: RecordValidation,
  extraErrors: Iterable<ContactKey> = []
): void {
  const fields = new Set([...fieldsWithErrors(result), ...extraErrors]);

  if (fixture.expect.valid) {
    expect(sorted(fields)).to.deep.equal([]);
    if (!result.success) return;

    const {version, ...record} = result.record;
    expect(version).to.equal(RECORD_VERSION);
    expect(record).to.deep.equal(fixture.expect.record);
    return;
  }

  expect(sorted(fields)).to.deep.equal(sorted(fixture.expect.errors));
}

describe('record: shared fixture cases', () => {
  describe('as typed text', () => {
    for (const fixture of cases) {
      it(`${fixture.id}: ${fixture.title}`, () => {
        const input = {version: RECORD_VERSION, ...fixture.typed};

        const result = validateContactRecord(input, settingsOf(fixture));

        expectOutcome(fixture, result);
      });
    }
  });

  // What the list fields hand over: their parsed addresses. Text they could
  // not read keeps the field invalid, as the field itself reports it.
  describe('as the fields hand it over', () => {
    for (const fixture of cases) {
      it(`${fixture.id}: ${fixture.title}`, () => {
        const unread = new Set<ContactKey>();
        const input: Record<string, unknown> = {
          version: RECORD_VERSION,
          ...fixture.typed,
        };
        for (const key of LIST_KEYS) {
          const parsed = parseAddressList(fixture.typed[key]);
          input[key] = parsed.addresses;
          if (parsed.problems.length > 0 && applies(fixture, key)) {
            unread.add(key);
          }
        }

        const result = validateContactRecord(input, settingsOf(fixture));

        expectOutcome(fixture, result, unread);
      });
    }
  });
});
