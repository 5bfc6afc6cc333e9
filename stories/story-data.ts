import type {ContactRecord, PortalUser, Schedule} from '../src/index.js';

// Realistic values for the stories, taken from the shared fixture cases
// (a Korean clinic, a US clinic, an overnight desk in New York).

export const bareunUsers: PortalUser[] = [
  {email: 'minjun.kim@bareun.example', name: '김민준'},
  {email: 'seoyeon.lee@bareun.example', name: '이서연'},
  {email: 'jihoon.park@bareun.example', name: '박지훈'},
];

export const mapleUsers: PortalUser[] = [
  {email: 'olivia.chen@maplefamily.example', name: 'Olivia Chen'},
  {email: 'sam.ortiz@maplefamily.example', name: 'Sam Ortiz'},
];

const nineToSix: [string, string][] = [['09:00', '18:00']];

export const seoulOfficeHours: Schedule = {
  timeZone: 'Asia/Seoul',
  days: {
    mon: nineToSix,
    tue: nineToSix,
    wed: nineToSix,
    thu: nineToSix,
    fri: nineToSix,
    sat: [['09:00', '13:00']],
  },
};

const overnight: [string, string][] = [['22:00', '06:00']];

export const newYorkOvernight: Schedule = {
  timeZone: 'America/New_York',
  days: {
    mon: overnight,
    tue: overnight,
    wed: overnight,
    thu: overnight,
    fri: overnight,
    sat: overnight,
    sun: overnight,
  },
};

const eightToFive: [string, string][] = [['08:00', '17:00']];

export const losAngelesWeekdays: Schedule = {
  timeZone: 'America/Los_Angeles',
  days: {
    mon: eightToFive,
    tue: eightToFive,
    wed: eightToFive,
    thu: eightToFive,
    fri: eightToFive,
  },
};

export const londonLunchBreak: Schedule = {
  timeZone: 'Europe/London',
  days: {
    mon: [
      ['08:30', '12:00'],
      ['13:00', '17:30'],
    ],
    wed: [
      ['08:30', '12:00'],
      ['13:00', '17:30'],
    ],
  },
};

export const seoulAroundTheClock: Schedule = {
  timeZone: 'Asia/Seoul',
  aroundTheClock: true,
};

export const overlappingMonday: Schedule = {
  timeZone: 'Asia/Seoul',
  days: {
    mon: [
      ['09:00', '13:00'],
      ['12:00', '18:00'],
    ],
  },
};

export const emptyRange: Schedule = {
  timeZone: 'Asia/Seoul',
  days: {mon: [['09:00', '09:00']]},
};

/** The Korean clinic's complete record, as the host stores it. */
export const bareunRecord: ContactRecord = {
  version: 1,
  alertContacts: ['minjun.kim@bareun.example', 'seoyeon.lee@bareun.example'],
  technicalEmergency: ['oncall@alerts.bareun.example'],
  technicalNonEmergency: ['dev-support@bareun.example'],
  operationsPlatform: ['ops-escalation@bareun.example'],
  operationsPublic: 'help@bareun.example',
  operationalSupport: [seoulOfficeHours],
};

/** The same clinic where the integration has the merchant-issues field. */
export const bareunRecordWithMerchants: ContactRecord = {
  ...bareunRecord,
  merchantIssues: ['merchants@bareun.example'],
};

/** The US clinic's record in the sandbox: no alert contacts there. */
export const mapleSandboxRecord: ContactRecord = {
  version: 1,
  technicalEmergency: ['pager-maple@oncall.example'],
  technicalNonEmergency: [
    'integrations@maplefamily.example',
    'api-team@maplefamily.example',
  ],
  operationsPlatform: ['partner-ops@maplefamily.example'],
  operationsPublic: 'support@maplefamily.example',
  operationalSupport: [losAngelesWeekdays],
};

/** Typing mistakes from the fixtures, one per kind of address problem. */
export const mistakes = {
  noDotInDomain: 'oncall@bareun',
  spaceInside: 'dev support@bareun.example',
  twoAts: 'ops@@bareun.example',
  notAPortalUser: 'outsider@mail.example',
  fullWidthAt: 'help＠bareun.example',
  koreanLocalPart: '지원@bareun.example',
  twoWhereOneIsAsked: 'help@bareun.example, info@bareun.example',
  pastedFromMail:
    'Kim Minjun <Minjun.Kim@BAREUN.example>; dev-support@bareun.example;\n' +
    ' dev-support@Bareun.Example',
  internationalDomain: '지원팀 <help@예시병원.한국>',
};
