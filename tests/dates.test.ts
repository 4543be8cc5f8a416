import { describe, expect, it } from 'vitest';
import {
  dateFromYamlDate,
  formatDateTime,
  formatTime,
  parseLocalDate,
  parseShanghaiDateTime,
  shanghaiDay,
  shanghaiWeek,
  toShanghaiIso,
} from '../src/lib/dates.ts';
import { buildNow } from '../src/lib/now.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { isRealYamlTimestamp, restoreImpossibleDates } from '../src/lib/written-dates.ts';

describe('Beijing time, whatever the machine zone', () => {
  it('runs under the zone its project sets (see vitest.config.ts)', () => {
    const offsets: Record<string, number> = { 'America/New_York': 300, UTC: 0, 'Asia/Shanghai': -480 };
    expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(offsets[process.env['TZ']!]);
  });

  it('reads content date-times as Beijing time', () => {
    expect(parseShanghaiDateTime('2026-12-05 19:30')?.toISOString()).toBe('2026-12-05T11:30:00.000Z');
    expect(parseShanghaiDateTime('2026-12-05T19:30:15')?.toISOString()).toBe('2026-12-05T11:30:15.000Z');
    expect(parseShanghaiDateTime('2026-12-05')?.toISOString()).toBe('2026-12-04T16:00:00.000Z');
  });

  it('refuses dates and times that do not exist', () => {
    for (const bad of ['2026-13-40', '2026-02-29', '2026-04-31', '2026-12-05 24:00', '2026-12-05 19:60', '5 Dec 2026', '']) {
      expect(parseShanghaiDateTime(bad), bad).toBeNull();
    }
    expect(parseShanghaiDateTime('2028-02-29 08:00')).not.toBeNull();
    expect(parseLocalDate('2026-02-30')).toBeNull();
  });

  it('recovers a date-only YAML value and refuses a YAML timestamp with a time', () => {
    expect(dateFromYamlDate(new Date('2026-12-05T00:00:00Z'))).toBe('2026-12-05');
    expect(dateFromYamlDate(new Date('2026-12-05T19:30:00Z'))).toBeNull();
  });

  it('formats in Beijing time in both languages', () => {
    const late = parseShanghaiDateTime('2026-12-31 23:30')!;
    expect(formatDateTime(late, 'zh-CN')).toBe('2026年12月31日周四 23:30');
    expect(formatDateTime(late, 'en')).toBe('Thu, 31 December 2026 23:30');
    expect(formatTime(parseShanghaiDateTime('2026-12-01 07:05')!, 'zh-CN')).toBe('07:05');
    expect(toShanghaiIso(late)).toBe('2026-12-31T23:30:00+08:00');
    expect(shanghaiDay(late)).toBe('2026-12-31');
  });

  it('finds the Monday-to-Sunday week in Beijing, also late on Sunday evening', () => {
    const sundayNight = parseShanghaiDateTime('2026-11-29 23:30')!; // still Sunday 15:30 UTC
    const week = shanghaiWeek(sundayNight);
    expect(toShanghaiIso(week.start)).toBe('2026-11-23T00:00:00+08:00');
    expect(toShanghaiIso(week.end)).toBe('2026-11-30T00:00:00+08:00');
    expect(toShanghaiIso(shanghaiWeek(parseShanghaiDateTime('2026-11-30 00:10')!).start)).toBe('2026-11-30T00:00:00+08:00');
  });

  it('pins the build clock with SITE_NOW and refuses a bad value', () => {
    expect(buildNow({ SITE_NOW: '2026-11-27 10:00' }).toISOString()).toBe('2026-11-27T02:00:00.000Z');
    expect(() => buildNow({ SITE_NOW: 'tomorrow' })).toThrow(/SITE_NOW/);
  });
});

describe('impossible dates written without quotes (js-yaml rolls them over)', () => {
  it('tells real YAML timestamps from impossible ones', () => {
    for (const good of ['2026-12-05', '2028-02-29', '2026-12-05T00:00:00', '2026-12-05 19:30:00', '2026-12-05T08:00:00+08:00', '2026-12-05t08:00:00Z']) {
      expect(isRealYamlTimestamp(good), good).toBe(true);
    }
    for (const bad of [
      '2026-13-40',
      '2027-02-30',
      '2026-02-29',
      '2026-00-10',
      '2026-04-31',
      '2026-12-05T24:00:00',
      '2026-12-05T23:60:00',
      '2026-02-30T08:00:00+08:00',
      'soon',
    ]) {
      expect(isRealYamlTimestamp(bad), bad).toBe(false);
    }
  });

  it('puts a rolled-over Date back as the text the editor wrote, and leaves real dates alone', () => {
    const contents =
      '---\ntitle: 演出\npublished: 2026-13-40\nend: 2027-02-30\nstart: 2026-12-05\nlessons:\n  - date: 2026-02-30\n  - date: 2026-03-01\n---\n正文\n';
    const { data } = readFrontmatter(contents);
    // What Astro's reader hands over: a real-looking date in 2027.
    expect(data['published']).toEqual(new Date('2027-02-09T00:00:00Z'));
    const restored = restoreImpossibleDates(data, contents) as Record<string, unknown>;
    expect(restored['published']).toBe('2026-13-40');
    expect(restored['end']).toBe('2027-02-30');
    expect(restored['start']).toEqual(new Date('2026-12-05T00:00:00Z'));
    expect(restored['lessons']).toEqual([{ date: '2026-02-30' }, { date: new Date('2026-03-01T00:00:00Z') }]);
    expect(restored['title']).toBe('演出');
  });
});
