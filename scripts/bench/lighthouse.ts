/**
 * Lighthouse (mobile preset: throttled CPU and network) on Debian's Chromium for the home page,
 * a notice, a performance with its poster, the calendar and a league page of a built site.
 *
 *   node scripts/bench/lighthouse.ts [dist]     (default: the test build, .tmp/test-dist)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { freePort, startPreview, CHROMIUM } from '../../tests/support/browser.ts';

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'Speed Index'],
] as const;

export async function lighthouseReport(dist: string, cwd: string): Promise<string[]> {
  const first = (folder: string) =>
    readdirSync(join(dist, folder))
      .sort()
      .find((name) => !name.includes('.') && !['category', 'community', 'page'].includes(name));
  const withPoster = readdirSync(join(dist, 'performances')).find(
    (name) => !name.includes('.') && readFileSync(join(dist, 'performances', name, 'index.html'), 'utf8').includes('<figure class="poster"'),
  );
  const pages = [
    ['home', '/'],
    ['notice', `/notices/${first('notices')}/`],
    ...(withPoster ? ([['performance with poster', `/performances/${withPoster}/`]] as const) : []),
    ['calendar', '/calendar/'],
    ['league', `/sports/${first('sports')}/`],
  ] as const;
  const preview = await startPreview(dist, cwd);
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [`--remote-debugging-port=${port}`, '--headless', '--no-sandbox'] });
  const lines = [
    `| Lighthouse ${'(mobile)'} | performance | accessibility | best practices | SEO | ${METRICS.map(([, label]) => label).join(' | ')} |`,
    `|---|${'---:|'.repeat(4 + METRICS.length)}`,
  ];
  try {
    for (const [name, path] of pages) {
      const result = await lighthouse(`${preview.url}${path}`, { port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
      lines.push(
        `| ${name} \`${path}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${METRICS.map(([id]) => audits[id]?.displayValue ?? '?').join(' | ')} |`,
      );
    }
  } finally {
    await browser.close();
    preview.stop();
  }
  return lines;
}

if (import.meta.main) {
  const dist = process.argv[2] ?? join(import.meta.dirname, '..', '..', '.tmp', 'test-dist');
  console.log((await lighthouseReport(dist, join(import.meta.dirname, '..', '..'))).join('\n'));
}
