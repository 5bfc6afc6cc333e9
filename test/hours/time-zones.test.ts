/// <reference types="mocha" />

import {expect} from '@open-wc/testing';

import {
  canonicalTimeZone,
  defaultTimeZone,
  listTimeZones,
  searchTimeZones,
  timeZoneName,
  utcOffset,
} from '../../src/hours/index.js';
import {KOREA_KO_NAMES} from './words.js';

describe('hours: time zones', () => {
  describe('canonicalTimeZone', () => {
    it('gives the current id of a renamed zone', () => {
      expect(canonicalTimeZone('Asia/Calcutta')).to.equal('Asia/Kolkata');
      expect(canonicalTimeZone('Europe/Kiev')).to.equal('Europe/Kyiv');
      expect(canonicalTimeZone('Asia/Saigon')).to.equal('Asia/Ho_Chi_Minh');
      expect(canonicalTimeZone('Asia/Katmandu')).to.equal('Asia/Kathmandu');
      expect(canonicalTimeZone('Asia/Rangoon')).to.equal('Asia/Yangon');
      expect(canonicalTimeZone('America/Buenos_Aires')).to.equal(
        'America/Argentina/Buenos_Aires'
      );
    });

    it('keeps current ids, whatever their case', () => {
      expect(canonicalTimeZone('Asia/Kolkata')).to.equal('Asia/Kolkata');
      expect(canonicalTimeZone('Europe/Kyiv')).to.equal('Europe/Kyiv');
      expect(canonicalTimeZone('asia/seoul')).to.equal('Asia/Seoul');
      expect(canonicalTimeZone('ASIA/CALCUTTA')).to.equal('Asia/Kolkata');
    });

    it('gives UTC for every name of the zero-offset zone', () => {
      for (const id of ['UTC', 'Etc/UTC', 'Etc/GMT', 'UCT', 'Zulu', 'GMT']) {
        expect(canonicalTimeZone(id), id).to.equal('UTC');
      }
    });

    it('knows links to other zones', () => {
      expect(canonicalTimeZone('US/Eastern')).to.equal('America/New_York');
    });

    it('gives undefined for an unknown zone, without throwing', () => {
      expect(() => canonicalTimeZone('Mars/Olympus')).not.to.throw();
      expect(canonicalTimeZone('Mars/Olympus')).to.equal(undefined);
      expect(canonicalTimeZone('')).to.equal(undefined);
      expect(canonicalTimeZone('Asia/')).to.equal(undefined);
      expect(canonicalTimeZone(42 as unknown as string)).to.equal(undefined);
    });

    it('refuses offsets, which are not IANA ids', () => {
      expect(canonicalTimeZone('+09:00')).to.equal(undefined);
    });
  });

  describe('listTimeZones', () => {
    it('lists current ids once each, with UTC, sorted', () => {
      const zones = listTimeZones();

      expect(zones).to.include.members([
        'UTC',
        'Asia/Seoul',
        'Asia/Kolkata',
        'Europe/Kyiv',
        'America/New_York',
      ]);
      expect(zones).not.to.include('Asia/Calcutta');
      expect(zones).not.to.include('Europe/Kiev');
      expect(new Set(zones).size).to.equal(zones.length);
      expect(zones).to.deep.equal([...zones].sort());
    });

    it('holds only ids that are their own canonical form', () => {
      for (const zone of listTimeZones()) {
        expect(canonicalTimeZone(zone), zone).to.equal(zone);
      }
    });

    it('gives a copy that the caller may change', () => {
      listTimeZones().length = 0;

      expect(listTimeZones()).to.include('UTC');
    });
  });

  describe('defaultTimeZone', () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;

    function reportZone(timeZone: string | undefined) {
      const stub = function (...args: unknown[]) {
        if (args.length > 0) {
          return new RealDateTimeFormat(...(args as [string]));
        }
        return {resolvedOptions: () => ({timeZone})};
      };
      Intl.DateTimeFormat = stub as unknown as typeof Intl.DateTimeFormat;
    }

    afterEach(() => {
      Intl.DateTimeFormat = RealDateTimeFormat;
    });

    it("is the runtime's zone, canonical and in the list", () => {
      const zone = defaultTimeZone();

      expect(zone).to.equal(
        canonicalTimeZone(new Intl.DateTimeFormat().resolvedOptions().timeZone)
      );
      expect(listTimeZones()).to.include(zone);
    });

    it('is canonical when the browser reports an alias', () => {
      reportZone('Asia/Calcutta');

      expect(defaultTimeZone()).to.equal('Asia/Kolkata');
    });

    it('is UTC when the browser reports Etc/UTC or nothing', () => {
      reportZone('Etc/UTC');
      expect(defaultTimeZone()).to.equal('UTC');

      reportZone(undefined);
      expect(defaultTimeZone()).to.equal('UTC');
    });
  });

  describe('timeZoneName', () => {
    it('names a zone in English and Korean', () => {
      expect(timeZoneName('Asia/Seoul', 'en-US')).to.equal(
        'Korean Standard Time'
      );
      expect(KOREA_KO_NAMES).to.include(timeZoneName('Asia/Seoul', 'ko'));
    });

    it('gives the generic name, the same in winter and summer', () => {
      expect(timeZoneName('America/New_York', 'en-US')).to.equal(
        'Eastern Time'
      );
      expect(timeZoneName('America/New_York', 'en-US', 'short')).to.equal('ET');
    });

    it('names UTC in words rather than as an offset', () => {
      // Older CLDR data calls it GMT, in every language.
      expect(['Coordinated Universal Time', 'GMT']).to.include(
        timeZoneName('UTC', 'en-US')
      );
      expect(['협정 세계시', 'GMT']).to.include(timeZoneName('UTC', 'ko'));
    });

    it('names an alias as its zone, and an unknown id as given', () => {
      expect(timeZoneName('Asia/Calcutta', 'en-US')).to.equal(
        'India Standard Time'
      );
      expect(timeZoneName('Mars/Olympus', 'en-US')).to.equal('Mars/Olympus');
    });
  });

  describe('utcOffset', () => {
    it('gives the offset in force at an instant', () => {
      const winter = new Date('2026-01-15T12:00:00Z');
      const summer = new Date('2026-07-15T12:00:00Z');

      expect(utcOffset('Asia/Seoul', winter)).to.equal('UTC+09:00');
      expect(utcOffset('Asia/Calcutta', winter)).to.equal('UTC+05:30');
      expect(utcOffset('America/New_York', winter)).to.equal('UTC-05:00');
      expect(utcOffset('America/New_York', summer)).to.equal('UTC-04:00');
      expect(utcOffset('UTC', summer)).to.equal('UTC+00:00');
    });

    it('gives undefined for an unknown zone or an invalid date', () => {
      const now = new Date('2026-01-15T12:00:00Z');

      expect(utcOffset('Mars/Olympus', now)).to.equal(undefined);
      expect(utcOffset('Asia/Seoul', new Date(NaN))).to.equal(undefined);
    });
  });

  describe('searchTimeZones', () => {
    it('finds Seoul by its city in English and Korean', () => {
      for (const query of ['seoul', 'Seoul', 'SEOUL', 'ｓｅｏｕｌ', '서울']) {
        expect(searchTimeZones(query, 'ko')[0], query).to.equal('Asia/Seoul');
        expect(searchTimeZones(query, 'en-US')[0], query).to.equal(
          'Asia/Seoul'
        );
      }
    });

    it('finds Seoul by its zone name in English and Korean', () => {
      const queries = ['Korean Standard Time', '한국 표준시', '한국표준시'];
      for (const query of queries) {
        expect(searchTimeZones(query, 'en-US')[0], query).to.equal(
          'Asia/Seoul'
        );
      }
    });

    it('finds Kolkata by its current and its former name', () => {
      expect(searchTimeZones('kolkata', 'en-US')[0]).to.equal('Asia/Kolkata');
      expect(searchTimeZones('calcutta', 'en-US')[0]).to.equal('Asia/Kolkata');
      expect(searchTimeZones('calcutta', 'en-US')).not.to.include(
        'Asia/Calcutta'
      );
    });

    it('reads spaces and underscores alike', () => {
      for (const query of ['new york', 'New_York', 'newyork', '뉴욕']) {
        expect(searchTimeZones(query, 'ko')[0], query).to.equal(
          'America/New_York'
        );
      }
      expect(searchTimeZones('Los_Angeles', 'en-US')[0]).to.equal(
        'America/Los_Angeles'
      );
      expect(searchTimeZones('los angeles', 'en-US')[0]).to.equal(
        'America/Los_Angeles'
      );
      for (const query of ['ho chi minh', 'Ho_Chi_Minh', 'saigon']) {
        expect(searchTimeZones(query, 'en-US')[0], query).to.equal(
          'Asia/Ho_Chi_Minh'
        );
      }
    });

    it('puts an exact match before names that only start with it', () => {
      const found = searchTimeZones('yakutsk', 'en-US');

      // Chita keeps Yakutsk Time, and sorts before it by id.
      expect(found[0]).to.equal('Asia/Yakutsk');
      expect(found).to.include('Asia/Chita');
    });

    it('finds UTC, and nothing for a place that has no zone', () => {
      expect(searchTimeZones('utc', 'en-US')[0]).to.equal('UTC');
      expect(searchTimeZones('Olympus Mons', 'en-US')).to.deep.equal([]);
    });

    it('puts the zones of a known abbreviation first', () => {
      for (const locale of ['en-US', 'ko']) {
        expect(searchTimeZones('KST', locale)[0]).to.equal('Asia/Seoul');
        expect(searchTimeZones('ist', locale).slice(0, 3)).to.deep.equal([
          'Asia/Kolkata',
          'Europe/Dublin',
          'Asia/Jerusalem',
        ]);
        expect(searchTimeZones('CET', locale)[0]).to.equal('Europe/Paris');
      }
    });

    it('matches text within a word, not across words', () => {
      const found = searchTimeZones('kst', 'en-US');

      // Yakutsk Standard Time and Vladivostok Standard Time hold `k st`.
      expect(found).not.to.include('Asia/Yakutsk');
      expect(found).not.to.include('Asia/Vladivostok');
      expect(searchTimeZones('ngeles', 'en-US')[0]).to.equal(
        'America/Los_Angeles'
      );
    });

    it('puts a zone id typed in full first, under its current name', () => {
      expect(searchTimeZones('Europe/Kiev', 'en-US')[0]).to.equal(
        'Europe/Kyiv'
      );
      expect(searchTimeZones('Asia/Calcutta', 'ko')[0]).to.equal(
        'Asia/Kolkata'
      );
      // A link that names no city and no zone name (`ROK` is Seoul's) is
      // found by the id alone, however the runtime writes it.
      const rok = canonicalTimeZone('ROK');
      expect(rok).not.to.equal(undefined);
      expect(searchTimeZones('ROK', 'en-US')[0]).to.equal(rok);
    });

    it('finds the zones at a typed offset, at the moment given', () => {
      const winter = new Date(Date.UTC(2026, 0, 15));
      const summer = new Date(Date.UTC(2026, 6, 15));

      for (const query of ['UTC+9', 'GMT+09:00', '+0900', 'utc +9']) {
        const found = searchTimeZones(query, 'en-US', winter);
        expect(found[0], query).to.equal('Asia/Seoul');
        expect(found, query).to.include('Asia/Tokyo');
        expect(found, query).not.to.include('Asia/Shanghai');
      }
      expect(searchTimeZones('GMT+5:30', 'ko', winter)[0]).to.equal(
        'Asia/Kolkata'
      );
      expect(searchTimeZones('UTC−5', 'en-US', winter)[0]).to.equal(
        'America/New_York'
      );
      expect(searchTimeZones('UTC+0', 'en-US', winter)[0]).to.equal('UTC');
      expect(searchTimeZones('UTC-5', 'en-US', summer)).not.to.include(
        'America/New_York'
      );
      expect(searchTimeZones('GMT-0', 'en-US', summer)).to.include('UTC');
    });

    it('gives every zone for an empty query', () => {
      expect(searchTimeZones('  ', 'ko')).to.deep.equal(listTimeZones());
    });
  });
});
