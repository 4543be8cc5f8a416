/** The placeholder address and the warning `npm run build` prints when it is used. */
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, placeholderSiteWarning, siteUrl } from '../src/lib/site-url.ts';

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
});
