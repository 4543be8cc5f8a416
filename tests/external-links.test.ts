import { describe, expect, it } from 'vitest';
import { checkLinks, externalLinks } from '../src/lib/external-links.ts';
import { contentFiles } from './support/content.ts';

describe('external links', () => {
  it('are found in front matter fields and Markdown bodies, with where they are written', () => {
    expect(
      externalLinks(
        'content/x.md',
        {
          url: 'https://www.nlc.cn/',
          materials: [
            { title: 'a', url: '/uploads/a.pdf' },
            { title: 'b', url: 'https://www.npc.gov.cn/' },
          ],
        },
        '见 [国家图书馆](https://www.nlc.cn/read) 和 <https://example.org/x>',
      ),
    ).toEqual([
      { url: 'https://www.nlc.cn/', where: 'content/x.md: url' },
      { url: 'https://www.npc.gov.cn/', where: 'content/x.md: materials.1.url' },
      { url: 'https://www.nlc.cn/read', where: 'content/x.md: 正文' },
      { url: 'https://example.org/x', where: 'content/x.md: 正文' },
    ]);
  });

  it('in the sample content include the digital library', () => {
    const all = contentFiles('library').flatMap((f) => externalLinks(f.file, f.data));
    expect(all).toContainEqual({ url: 'https://www.nlc.cn/', where: 'content/library/national-digital-library.md: url' });
  });

  const links = [
    { url: 'https://a.example/', where: 'content/a.md: url' },
    { url: 'https://b.example/', where: 'content/b.md: url' },
  ];

  it('are reported broken with file and field when one answers 404', async () => {
    const report = await checkLinks(links, async (url) => ({ status: url.includes('b.example') ? 404 : 200 }));
    expect(report).toEqual({ offline: false, checked: 2, broken: [{ link: links[1], problem: 'HTTP 404' }] });
  });

  it('are skipped, not failed, when none can be reached (no network)', async () => {
    const report = await checkLinks(links, async () => {
      throw new Error('getaddrinfo ENOTFOUND');
    });
    expect(report).toEqual({ offline: true, checked: 2, broken: [] });
  });

  it('count as broken when only some cannot be reached', async () => {
    const report = await checkLinks(links, async (url) => {
      if (url.includes('a.example')) throw new Error('connect ECONNREFUSED');
      return { status: 200 };
    });
    expect(report.broken).toEqual([{ link: links[0], problem: 'connect ECONNREFUSED' }]);
  });
});
