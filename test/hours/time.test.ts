/// <reference types="mocha" />

import {expect} from '@open-wc/testing';

import {
  MINUTES_PER_DAY,
  formatClock,
  formatTime,
  parseClock,
  parseTimeInput,
} from '../../src/hours/index.js';

describe('hours: time', () => {
  describe('parseClock', () => {
    it('reads stored times as minutes after midnight', () => {
      expect(parseClock('00:00')).to.equal(0);
      expect(parseClock('09:30')).to.equal(570);
      expect(parseClock('23:59')).to.equal(1439);
    });

    it('takes 24:00 as the end of a day, never as a start', () => {
      expect(parseClock('24:00', 'end')).to.equal(MINUTES_PER_DAY);
      expect(parseClock('24:00', 'start')).to.equal(undefined);
      expect(parseClock('24:00')).to.equal(undefined);
    });

    it('refuses anything that is not HH:MM within a day', () => {
      const texts = ['9:00', '24:01', '24:30', '12:60', '1200', '', 'ab'];
      for (const text of texts) {
        expect(parseClock(text, 'end'), text).to.equal(undefined);
      }
    });
  });

  describe('formatClock', () => {
    it('writes minutes in the stored form', () => {
      expect(formatClock(0)).to.equal('00:00');
      expect(formatClock(570)).to.equal('09:30');
      expect(formatClock(MINUTES_PER_DAY)).to.equal('24:00');
    });

    it('throws for a value that is no time of day', () => {
      expect(() => formatClock(-1)).to.throw(RangeError);
      expect(() => formatClock(1441)).to.throw(RangeError);
      expect(() => formatClock(1.5)).to.throw(RangeError);
    });
  });

  describe('formatTime', () => {
    it('shows 00:30 as 12:30 AM in English and 오전 12:30 in Korean', () => {
      expect(formatTime('00:30', 'en-US')).to.equal('12:30 AM');
      expect(formatTime('00:30', 'ko')).to.equal('오전 12:30');
    });

    it('shows noon as 12:00 PM and 오후 12:00', () => {
      expect(formatTime('12:00', 'en-US')).to.equal('12:00 PM');
      expect(formatTime('12:00', 'ko')).to.equal('오후 12:00');
    });

    it('shows the 24:00 end of a day as midnight in the locale style', () => {
      expect(formatTime('24:00', 'en-US')).to.equal('12:00 AM');
      expect(formatTime('24:00', 'ko')).to.equal('오전 12:00');
      expect(formatTime('24:00', 'en-GB')).to.equal('00:00');
    });

    it('never shows an hour as 24, even where the locale counts to 24', () => {
      const locales = ['en-US', 'en-GB', 'ko', 'ja', 'de', 'en-US-u-hc-h24'];
      for (const locale of locales) {
        for (let minutes = 0; minutes <= MINUTES_PER_DAY; minutes += 15) {
          const shown = formatTime(formatClock(minutes), locale);
          expect(shown, `${locale} ${minutes}`).not.to.match(/24[:.]/);
        }
      }
    });

    it('gives text that is not a stored time back unchanged', () => {
      expect(formatTime('9:00', 'en-US')).to.equal('9:00');
      expect(formatTime('', 'ko')).to.equal('');
    });
  });

  describe('parseTimeInput', () => {
    it('reads Korean day periods: 오후 4:00 is 16:00', () => {
      expect(parseTimeInput('오후 4:00', 'ko')).to.equal('16:00');
      expect(parseTimeInput('오후 4시', 'ko')).to.equal('16:00');
      expect(parseTimeInput('오후4시 30분', 'ko')).to.equal('16:30');
      expect(parseTimeInput('오전 9시 반', 'ko')).to.equal('09:30');
    });

    it('reads 오전 12:00 as midnight and 오후 12:00 as noon', () => {
      expect(parseTimeInput('오전 12:00', 'ko')).to.equal('00:00');
      expect(parseTimeInput('오후 12:00', 'ko')).to.equal('12:00');
      expect(parseTimeInput('오전 12:30', 'ko')).to.equal('00:30');
    });

    it('reads English 12-hour times in their usual spellings', () => {
      expect(parseTimeInput('4:00 PM', 'en-US')).to.equal('16:00');
      expect(parseTimeInput('4pm', 'en-US')).to.equal('16:00');
      expect(parseTimeInput('4 p.m.', 'en-US')).to.equal('16:00');
      expect(parseTimeInput('12:00 AM', 'en-US')).to.equal('00:00');
      expect(parseTimeInput('12 pm', 'en-US')).to.equal('12:00');
    });

    it('reads 24-hour times, with or without a colon', () => {
      expect(parseTimeInput('16:00', 'ko')).to.equal('16:00');
      expect(parseTimeInput('9:05', 'en-US')).to.equal('09:05');
      expect(parseTimeInput('0930', 'en-US')).to.equal('09:30');
      expect(parseTimeInput('7', 'en-GB')).to.equal('07:00');
      expect(parseTimeInput('24:00', 'en-GB')).to.equal('24:00');
    });

    it('reads full-width digits and colons', () => {
      expect(parseTimeInput('１６：００', 'ko')).to.equal('16:00');
      expect(parseTimeInput('오후 ４：００', 'ko')).to.equal('16:00');
    });

    it('reads English day periods in a Korean page and the reverse', () => {
      expect(parseTimeInput('4:00 PM', 'ko')).to.equal('16:00');
      expect(parseTimeInput('오후 4:00', 'en-US')).to.equal('16:00');
    });

    it('refuses what is not a time', () => {
      for (const text of ['', ' ', '13 pm', '0 pm', '25:00', '12:75', 'soon']) {
        expect(parseTimeInput(text, 'en-US'), text).to.equal(undefined);
      }
    });

    it('reads back every time it shows, in every locale', () => {
      for (const locale of ['en-US', 'en-GB', 'ko', 'ja']) {
        for (let minutes = 0; minutes < MINUTES_PER_DAY; minutes += 1) {
          const stored = formatClock(minutes);
          const shown = formatTime(stored, locale);
          expect(parseTimeInput(shown, locale), `${locale} ${shown}`).to.equal(
            stored
          );
        }
      }
    });
  });
});
