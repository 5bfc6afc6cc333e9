import {expect} from '@open-wc/testing';

import {
  RECORD_VERSION,
  createContactRecordSchema,
  migrateContactRecord,
  validateContactRecord,
} from '../../src/record/index.js';
import type {
  ContactSettings,
  RecordValidation,
} from '../../src/record/index.js';

const users = [
  {email: 'minjun.kim@bareun.example', name: '김민준'},
  {email: 'seoyeon.lee@bareun.example', name: '이서연'},
];

const production: ContactSettings = {
  environment: 'production',
  merchantIssues: false,
  portalUsers: users,
};

const sandbox: ContactSettings = {...production, environment: 'sandbox'};

const seoul = {timeZone: 'Asia/Seoul', days: {mon: [['09:00', '18:00']]}};

function complete(): Record<string, unknown> {
  return {
    version: RECORD_VERSION,
    alertContacts: ['minjun.kim@bareun.example'],
    technicalEmergency: ['oncall@alerts.bareun.example'],
    technicalNonEmergency: ['dev-support@bareun.example'],
    operationsPlatform: ['ops-escalation@bareun.example'],
    operationsPublic: 'help@bareun.example',
    operationalSupport: [seoul],
  };
}

function errorsOf(result: RecordValidation) {
  if (result.success) throw new Error('the record was accepted');
  return result.errors;
}

describe('validateContactRecord', () => {
  it('accepts a complete record and returns it normalised', () => {
    const input = {
      ...complete(),
      technicalEmergency: [
        ' Oncall@ALERTS.bareun.example ',
        'a@bücher.example',
      ],
    };

    const result = validateContactRecord(input, production);

    expect(result).to.deep.equal({
      success: true,
      record: {
        ...complete(),
        technicalEmergency: [
          'Oncall@alerts.bareun.example',
          'a@xn--bcher-kva.example',
        ],
      },
    });
  });

  it('reads pasted text in a list field', () => {
    const input = {
      ...complete(),
      technicalEmergency: 'Pager <pager@bareun.example>; oncall@bareun.example',
    };

    const result = validateContactRecord(input, production);

    expect(result.success && result.record.technicalEmergency).to.deep.equal([
      'pager@bareun.example',
      'oncall@bareun.example',
    ]);
  });

  it('removes duplicates from an array, keeping order', () => {
    const input = {
      ...complete(),
      operationsPlatform: ['b@bareun.example', 'a@x.kr', 'B@Bareun.example'],
    };

    const result = validateContactRecord(input, production);

    expect(result.success && result.record.operationsPlatform).to.deep.equal([
      'b@bareun.example',
      'a@x.kr',
    ]);
  });

  it('reports a bad address in an array with its index and code', () => {
    const input = {
      ...complete(),
      technicalNonEmergency: ['ok@bareun.example', '담당@bareun.example'],
    };

    const errors = errorsOf(validateContactRecord(input, production));

    expect(errors).to.deep.equal([
      {
        field: 'technicalNonEmergency',
        code: 'local-non-ascii',
        index: 1,
        detail: '담',
      },
    ]);
  });

  it('reports an empty required list as value-missing', () => {
    const input = {...complete(), technicalEmergency: []};

    const errors = errorsOf(validateContactRecord(input, production));

    expect(errors).to.deep.equal([
      {field: 'technicalEmergency', code: 'value-missing'},
    ]);
  });

  it('reports a missing required list as value-missing', () => {
    const {operationsPlatform: _, ...input} = complete();

    const errors = errorsOf(validateContactRecord(input, production));

    expect(errors).to.deep.equal([
      {field: 'operationsPlatform', code: 'value-missing'},
    ]);
  });

  it('reports a value of the wrong type', () => {
    const input = {...complete(), technicalEmergency: 42};

    const errors = errorsOf(validateContactRecord(input, production));

    expect(errors).to.deep.equal([
      {field: 'technicalEmergency', code: 'invalid-type'},
    ]);
  });

  it('takes exactly one public operations address', () => {
    const input = {
      ...complete(),
      operationsPublic: 'help@bareun.example, info@bareun.example',
    };

    const errors = errorsOf(validateContactRecord(input, production));

    expect(errors).to.deep.equal([
      {field: 'operationsPublic', code: 'too-many'},
    ]);
  });

  it('reads a display name in the public operations address', () => {
    const input = {
      ...complete(),
      operationsPublic: 'Help <HELP@Bareun.example>',
    };

    const result = validateContactRecord(input, production);

    expect(result.success && result.record.operationsPublic).to.equal(
      'HELP@bareun.example'
    );
  });

  it('names the problem of a bad public operations address', () => {
    const input = {...complete(), operationsPublic: 'help@bareun.example.'};

    const errors = errorsOf(validateContactRecord(input, production));

    expect(errors).to.deep.equal([
      {field: 'operationsPublic', code: 'domain-dot'},
    ]);
  });

  it('refuses an alert contact who is not a portal user', () => {
    const input = {
      ...complete(),
      alertContacts: ['minjun.kim@bareun.example', 'outsider@mail.example'],
    };

    const errors = errorsOf(validateContactRecord(input, production));

    expect(errors).to.deep.equal([
      {field: 'alertContacts', code: 'not-portal-user', index: 1},
    ]);
  });

  it('stores an alert contact as the portal spells the user', () => {
    const input = {...complete(), alertContacts: 'MINJUN.KIM@bareun.example'};

    const result = validateContactRecord(input, production);

    expect(result.success && result.record.alertContacts).to.deep.equal([
      'minjun.kim@bareun.example',
    ]);
  });

  it('requires alert contacts in production', () => {
    const input = {...complete(), alertContacts: []};

    const errors = errorsOf(validateContactRecord(input, production));

    expect(errors).to.deep.equal([
      {field: 'alertContacts', code: 'value-missing'},
    ]);
  });

  it('drops alert contacts in the sandbox, even invalid ones', () => {
    const input = {...complete(), alertContacts: ['outsider@@mail']};

    const result = validateContactRecord(input, sandbox);

    expect(result.success).to.be.true;
    expect(result.success && result.record).not.to.have.property(
      'alertContacts'
    );
  });

  it('drops merchant issues where the integration has no such field', () => {
    const input = {...complete(), merchantIssues: ['m@bareun.example']};

    const result = validateContactRecord(input, production);

    expect(result.success && result.record).not.to.have.property(
      'merchantIssues'
    );
  });

  it('requires merchant issues where the integration has the field', () => {
    const settings = {...production, merchantIssues: true};

    const errors = errorsOf(validateContactRecord(complete(), settings));

    expect(errors).to.deep.equal([
      {field: 'merchantIssues', code: 'value-missing'},
    ]);
  });

  it('keeps merchant issues where the integration has the field', () => {
    const settings = {...production, merchantIssues: true};
    const input = {...complete(), merchantIssues: 'm@bareun.example'};

    const result = validateContactRecord(input, settings);

    expect(result.success && result.record.merchantIssues).to.deep.equal([
      'm@bareun.example',
    ]);
  });

  it('requires at least one support schedule', () => {
    const input = {...complete(), operationalSupport: []};

    const errors = errorsOf(validateContactRecord(input, production));

    expect(errors).to.deep.equal([
      {field: 'operationalSupport', code: 'hours-missing'},
    ]);
  });

  it('accepts an around-the-clock schedule', () => {
    const schedule = {aroundTheClock: true, timeZone: 'Asia/Seoul'};
    const input = {...complete(), operationalSupport: [schedule]};

    const result = validateContactRecord(input, production);

    expect(result.success && result.record.operationalSupport).to.deep.equal([
      schedule,
    ]);
  });

  it('reports a rule of the hours with its schedule and details', () => {
    const overlap = {
      timeZone: 'Asia/Seoul',
      days: {
        mon: [
          ['09:00', '13:00'],
          ['12:00', '18:00'],
        ],
      },
    };
    const input = {...complete(), operationalSupport: [seoul, overlap]};

    const errors = errorsOf(validateContactRecord(input, production));

    expect(errors).to.have.length(2);
    expect(errors[1]).to.deep.include({
      field: 'operationalSupport',
      code: 'range-overlap',
      index: 1,
    });
    expect(errors[1]!.detail).to.deep.include({schedule: 1, day: 'mon'});
  });

  it('stores the hours in the normal form of src/hours', () => {
    const calcutta = {timeZone: 'Asia/Calcutta', aroundTheClock: true};
    const input = {...complete(), operationalSupport: [calcutta]};

    const result = validateContactRecord(input, production);

    expect(result.success && result.record.operationalSupport).to.deep.equal([
      {timeZone: 'Asia/Kolkata', aroundTheClock: true},
    ]);
  });

  it('refuses a schedule of the wrong shape, naming its index', () => {
    const broken = {timeZone: 'Asia/Seoul', days: {mon: [['09:00']]}};
    const input = {...complete(), operationalSupport: [seoul, broken]};

    const errors = errorsOf(validateContactRecord(input, production));

    expect(errors).to.deep.equal([
      {field: 'operationalSupport', code: 'invalid-type', index: 1},
    ]);
  });

  it('reports every field of an empty object, and the missing version', () => {
    const result = validateContactRecord({}, sandbox);

    expect(result).to.deep.equal({
      success: false,
      recordProblem: 'version-missing',
      errors: [
        {field: 'technicalEmergency', code: 'value-missing'},
        {field: 'technicalNonEmergency', code: 'value-missing'},
        {field: 'operationsPlatform', code: 'value-missing'},
        {field: 'operationsPublic', code: 'value-missing'},
        {field: 'operationalSupport', code: 'hours-missing'},
      ],
    });
  });

  it('lists the errors in the order the form shows the fields', () => {
    const settings = {...production, merchantIssues: true};

    const errors = errorsOf(validateContactRecord({version: 1}, settings));

    expect(errors.map((error) => error.field)).to.deep.equal([
      'alertContacts',
      'technicalEmergency',
      'technicalNonEmergency',
      'merchantIssues',
      'operationsPlatform',
      'operationsPublic',
      'operationalSupport',
    ]);
  });

  it('refuses a version it does not read', () => {
    const input = {...complete(), version: 2};

    const result = validateContactRecord(input, production);

    expect(result).to.deep.equal({
      success: false,
      errors: [],
      recordProblem: 'version-unknown',
    });
  });

  it('refuses what is not an object', () => {
    const result = validateContactRecord('help@bareun.example', production);

    expect(result).to.deep.equal({
      success: false,
      errors: [],
      recordProblem: 'not-an-object',
    });
  });
});

describe('createContactRecordSchema', () => {
  it('puts the problem code in the message, params and path', () => {
    const schema = createContactRecordSchema(production);
    const input = {...complete(), technicalEmergency: ['a@b', 'ok@x.kr']};

    const result = schema.safeParse(input);

    expect(result.success).to.be.false;
    expect(
      result.error?.issues.map(({message, path}) => ({message, path}))
    ).to.deep.equal([
      {message: 'domain-no-dot', path: ['technicalEmergency', 0]},
    ]);
  });

  it('strips keys the record does not have', () => {
    const schema = createContactRecordSchema(production);

    const result = schema.safeParse({...complete(), note: 'x'});

    expect(result.data).not.to.have.property('note');
  });
});

describe('migrateContactRecord', () => {
  it('reads a record without version as version 1', () => {
    const {version: _, ...stored} = complete();

    const result = validateContactRecord(
      migrateContactRecord(stored),
      production
    );

    expect(result.success && result.record.version).to.equal(1);
  });

  it('leaves a versioned record as it is', () => {
    const stored = {...complete(), version: 7};

    expect(migrateContactRecord(stored)).to.equal(stored);
  });
});
