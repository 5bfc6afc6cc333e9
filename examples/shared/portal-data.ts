import type {ContactRecord, PortalUser} from '../../src/index.js';

// What the React and Vue hosts share: the account's users, as a real host
// gets them from its session, a stand-in for its server, and the host's
// own words around the elements.

export const portalUsers: PortalUser[] = [
  {email: 'minjun.kim@bareun.example', name: '김민준'},
  {email: 'seoyeon.lee@bareun.example', name: '이서연'},
  {email: 'jihoon.park@bareun.example', name: '박지훈'},
];

/** The host's API; it answers after a moment, as a server does. */
export const contactApi = {
  saved: undefined as ContactRecord | undefined,

  async save(record: ContactRecord): Promise<{ok: true}> {
    await new Promise((resolve) => setTimeout(resolve, 300));
    this.saved = record;
    return {ok: true};
  },
};

export type Locale = 'en' | 'ko';

export const words = {
  en: {
    title: 'Partner Portal',
    locked: 'Complete your contact information to use the portal.',
    unlocked: 'The portal is unlocked.',
    publicContact: 'Contact shared with users',
    update: 'Update contact information',
  },
  ko: {
    title: '파트너 포털',
    locked: '포털을 사용하려면 연락처 정보를 입력하세요.',
    unlocked: '포털을 사용할 수 있습니다.',
    publicContact: '사용자와 공유되는 연락처',
    update: '연락처 정보 수정',
  },
} as const;
