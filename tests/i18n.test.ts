import { describe, expect, it } from 'vitest';
import { zhCN } from '../src/i18n/zh-CN.ts';
import { en } from '../src/i18n/en.ts';
import { alternatePath, localePath, t, type UiKey } from '../src/i18n/index.ts';
import { NOTICE_CATEGORIES, NOTICE_STATUSES } from '../src/schemas/notices.ts';
import { PERFORMANCE_SERIES, PERFORMANCE_STATUSES, ADMISSION } from '../src/schemas/performances.ts';
import { SERVICE_POINT_KINDS, VENUE_KINDS } from '../src/schemas/places.ts';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('UI strings', () => {
  it('has every key in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const key of Object.keys(zhCN) as UiKey[]) {
      expect(zhCN[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('labels every value an editor can choose', () => {
    const groups: [string, readonly string[]][] = [
      ['category', NOTICE_CATEGORIES],
      ['noticeStatus', NOTICE_STATUSES],
      ['series', PERFORMANCE_SERIES],
      ['performanceStatus', PERFORMANCE_STATUSES],
      ['admission', ADMISSION],
      ['serviceKind', SERVICE_POINT_KINDS],
      ['venueKind', VENUE_KINDS],
    ];
    for (const [prefix, values] of groups) for (const value of values) expect(Object.keys(zhCN), `${prefix}.${value}`).toContain(`${prefix}.${value}`);
  });

  it('fills placeholders and builds paths for each language', () => {
    expect(t('zh-CN', 'banner.until', { date: '2027年1月15日' })).toBe('有效至 2027年1月15日');
    expect(t('en', 'notices.categoryTitle', { category: 'Jobs' })).toBe('Notices · Jobs');
    expect(localePath('en', '/notices/')).toBe('/en/notices/');
    expect(localePath('zh-CN', '/notices/')).toBe('/notices/');
    expect(alternatePath('zh-CN', '/notices/x/')).toBe('/en/notices/x/');
    expect(alternatePath('en', '/en/notices/x/')).toBe('/notices/x/');
    expect(alternatePath('en', '/en/')).toBe('/');
  });
});
