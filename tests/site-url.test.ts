/** The placeholder address and the warning `npm run build` prints when it is used. */
import { describe, expect, it } from 'vitest';
import { LOCAL_PREVIEW_FLAG, PLACEHOLDER_SITE_URL, missingSiteUrlError, placeholderSiteWarning, siteUrl } from '../src/lib/site-url.ts';
import { UID_NAMESPACE, calendarFeed } from '../src/lib/ical.ts';
import type { SiteEvent } from '../src/lib/events.ts';

describe('SITE_URL', () => {
  it('falls back to the placeholder when unset or empty', () => {
    expect(siteUrl({})).toBe(PLACEHOLDER_SITE_URL);
    expect(siteUrl({ SITE_URL: '' })).toBe(PLACEHOLDER_SITE_URL);
    expect(siteUrl({ SITE_URL: 'https://www.chuanhui.gov.cn' })).toBe('https://www.chuanhui.gov.cn');
  });

  it('gives a multi-line warning, in Chinese and English, when the build uses the placeholder', () => {
    for (const env of [{}, { SITE_URL: '' }, { SITE_URL: `${PLACEHOLDER_SITE_URL}/` }]) {
      const warning = placeholderSiteWarning(env);
      expect(warning).toBeDefined();
      expect(warning!.split('\n').length).toBeGreaterThan(5);
      expect(warning).toContain(PLACEHOLDER_SITE_URL);
      expect(warning).toContain('警告');
      expect(warning).toContain('SITE_URL');
      for (const word of ['canonical', 'sitemap', 'share-card']) expect(warning!.toLowerCase()).toContain(word);
    }
  });

  it('says nothing when SITE_URL names a real address', () => {
    expect(placeholderSiteWarning({ SITE_URL: 'https://www.chuanhui.gov.cn' })).toBeUndefined();
    expect(placeholderSiteWarning({ SITE_URL: 'https://example.github.io/chuanhui/' })).toBeUndefined();
  });

  it('a production build without SITE_URL refuses to run, in Chinese and English, unless asked for a local preview', () => {
    for (const env of [{}, { SITE_URL: '' }, { SITE_URL: '  ' }]) {
      const error = missingSiteUrlError(env, []);
      expect(error).toMatch(/^错误:没有设置 SITE_URL/);
      expect(error).toContain('ERROR: SITE_URL');
      expect(error).toContain(`npm run build -- ${LOCAL_PREVIEW_FLAG}`);
    }
    expect(missingSiteUrlError({}, ['--outDir', 'x', LOCAL_PREVIEW_FLAG])).toBeUndefined();
    expect(missingSiteUrlError({ SITE_URL: PLACEHOLDER_SITE_URL }, [])).toBeUndefined();
    expect(missingSiteUrlError({ SITE_URL: 'https://www.chuanhui.gov.cn' }, [])).toBeUndefined();
  });
});

describe('calendar UIDs do not depend on the address', () => {
  const event: SiteEvent = {
    uid: 'performance-2026-12-12-chuanhui-voice-final',
    type: 'performance',
    title: '川汇之声决赛',
    start: new Date('2026-12-12T11:30:00Z'),
    communities: [],
    path: '/performances/2026-12-12-chuanhui-voice-final/',
    status: 'scheduled',
    source: 'content/performances/2026-12-12-chuanhui-voice-final.md',
  };
  const uids = (site: string) =>
    calendarFeed([event], {
      name: '川汇社区',
      site: new URL(site),
      stamp: new Date('2026-11-27T02:00:00Z'),
      location: () => undefined,
      labels: { cancelled: '[已取消]', postponed: '[已延期]' },
    })
      .split(/\r?\n/)
      .filter((line) => line.startsWith('UID:'));

  it('setting or changing SITE_URL after people subscribed keeps every UID (no event shown twice)', () => {
    const before = uids(PLACEHOLDER_SITE_URL);
    expect(before).toEqual([`UID:performance-2026-12-12-chuanhui-voice-final@${UID_NAMESPACE}`]);
    expect(uids('https://www.chuanhui.gov.cn')).toEqual(before);
    expect(uids('https://example.github.io/chuanhui/')).toEqual(before);
    expect(UID_NAMESPACE).toBe('chuanhui');
  });
});
