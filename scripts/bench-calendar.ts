/**
 * Calendar benchmark (`npm run bench:calendar`): generates 5,000 events over a year, writes the
 * month files the site would publish and reports the largest one gzipped (goal: < 60 KB), then
 * measures the JavaScript the built calendar page downloads, gzipped (goal: < 180 KB in all).
 * Figures, not a test: nothing fails, the numbers are printed for the reader to compare.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pageWeight } from '../src/lib/page-weight.ts';
import { calendarMonths, monthItems } from '../src/lib/calendar-data.ts';
import { EVENT_TYPES, type SiteEvent } from '../src/lib/events.ts';
import { PLACEHOLDER_SITE_URL } from '../src/lib/site-url.ts';

const root = new URL('../', import.meta.url);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// A repeatable pseudo-random sequence (mulberry32), so runs can be compared.
let seed = 20261127;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

const communities = Array.from({ length: 46 }, (_, i) => `community-${i + 1}`);
const venues = Array.from({ length: 120 }, (_, i) => `venue-${i + 1}`);
const words = ['社区', '文艺', '演出', '乒乓球', '健身操', '法律讲座', '文明市民', '志愿服务', '图书馆', '川汇之声', '歌圩', '篮球', '气排球', '手机课堂'];
const yearStart = new Date('2027-01-01T00:00:00+08:00').getTime();

const events: SiteEvent[] = Array.from({ length: 5000 }, (_, i) => {
  const start = new Date(yearStart + Math.floor(random() * 365) * 86_400_000 + (8 + Math.floor(random() * 13)) * 3_600_000);
  return {
    uid: `bench-${i}`,
    type: pick(EVENT_TYPES),
    title: `${pick(words)}${pick(words)}${pick(words)}活动第${i}场`,
    titleEn: random() < 0.3 ? `Community event no. ${i}` : undefined,
    start,
    end: new Date(start.getTime() + 90 * 60_000),
    venue: pick(venues),
    communities: [pick(communities)],
    path: `/performances/2027-bench-${i}/`,
    status: random() < 0.05 ? 'cancelled' : 'scheduled',
    source: `content/performances/2027-bench-${i}.md`,
  };
});

const venueName = (id: string) => ({ name: `${id.replace('venue-', '')}号社区文化活动中心`, nameEn: `Community centre ${id.replace('venue-', '')}` });
const months = calendarMonths(events).map((month) => {
  const json = JSON.stringify(monthItems(events, month, venueName));
  return { month, raw: Buffer.byteLength(json), gzip: gzipSync(json).length };
});
const largest = months.reduce((a, b) => (b.gzip > a.gzip ? b : a));
console.log(`5,000 events over ${months.length} months`);
console.log(`  largest month file: ${largest.month}, ${kb(largest.raw)} raw, ${kb(largest.gzip)} gzipped (goal < 60 KB)`);
console.log(`  all month files: ${kb(months.reduce((s, m) => s + m.gzip, 0))} gzipped`);

// The calendar page as built: every script it loads, followed through its imports.
const dist = new URL('dist/', root);
if (!existsSync(new URL('calendar/index.html', dist)))
  execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: process.env['SITE_URL'] || PLACEHOLDER_SITE_URL, NODE_ENV: 'production' },
  });
const weight = pageWeight(fileURLToPath(dist), '/calendar/');
console.log(`calendar page JavaScript: ${kb(weight.js)} gzipped in all (goal < 180 KB)`);
for (const path of weight.scripts) console.log(`  ${path}`);
console.log(`  HTML ${kb(weight.html)}; stylesheets ${kb(weight.css)}; first visit ${kb(weight.total)} gzipped`);
