import type {ContactRecord, PortalUser} from '../../src/index.js';

// The account's users, as a real host gets them from its session, and a
// stand-in for its server.

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
