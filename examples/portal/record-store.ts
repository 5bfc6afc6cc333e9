import {
  migrateContactRecord,
  validateContactRecord,
} from '../../src/record/index.js';
import type {ContactRecord, ContactSettings} from '../../src/record/index.js';

/**
 * Where the portal keeps the account's contact record. This demo keeps it
 * in the browser's localStorage; a real host implements the same two
 * methods against its own API, and its server checks what it receives with
 * the same `validateContactRecord` (from `contact-info-elements/record`).
 */
export interface RecordStore {
  load(): Promise<ContactRecord | undefined>;
  save(record: ContactRecord): Promise<void>;
}

const KEY = 'demo-portal:contact-record';

export function localRecordStore(settings: ContactSettings): RecordStore {
  return {
    async load() {
      const text = localStorage.getItem(KEY);
      if (!text) return undefined;

      try {
        const stored = migrateContactRecord(JSON.parse(text));
        const result = validateContactRecord(stored, settings);
        // A damaged or outdated entry must not lock the account out for
        // good: the modal asks again.
        return result.success ? result.record : undefined;
      } catch {
        return undefined;
      }
    },

    async save(record) {
      localStorage.setItem(KEY, JSON.stringify(record));
    },
  };
}
