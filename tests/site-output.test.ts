/** Reads the site built by the global setup (clock pinned to 2026-11-27 10:00, machine zone New York). */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { BUILT_SITE, FIXTURE_CONTENT } from './support/paths.ts';
import { contentFiles } from './support/content.ts';
import { htmlFiles } from './support/pages.ts';

const page = (path: string) => {
  const file = join(BUILT_SITE, path, path.endsWith('.html') || path.endsWith('.xml') ? '' : 'index.html');
  expect(existsSync(file), `${path} was built`).toBe(true);
  return readFileSync(file, 'utf8');
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** The text of <main> only: the urgent banner and navigation are on every page. */
const mainText = (html: string) => text(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '');

describe('the built site', () => {
  const sections = ['/', '/notices/', '/performances/', '/communities/', '/venues/'];

  it('has every section, detail page and filter page in both languages', () => {
    const detail = ['notices', 'performances', 'communities', 'venues'].flatMap((c) => contentFiles(c).map((f) => `/${c}/${f.id}/`));
    const filters = ['/notices/category/service/', '/notices/community/liukai/'];
    for (const path of [...sections, ...detail, ...filters]) {
      expect(page(path)).toContain('<html lang="zh-CN">');
      expect(page(`/en${path}`)).toContain('<html lang="en">');
    }
  });

  it('ships no JavaScript on any page but the CMS, the calendar island and the search page', () => {
    const admin = page('/admin/');
    expect(admin).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    const withScripts = ['admin', 'calendar', 'en/calendar', 'search', 'en/search'].map((dir) => join(BUILT_SITE, dir, 'index.html'));
    for (const file of htmlFiles(BUILT_SITE).filter((f) => !withScripts.includes(f))) {
      const html = readFileSync(file, 'utf8');
      expect(html, relative(BUILT_SITE, file)).not.toMatch(/<script\b[^>]*\bsrc=/);
      const inline = [...html.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      // The one inline script of every page is elder mode (长者模式): a few hundred bytes to apply the
      // reader's choice before drawing, and its controls.
      for (const code of inline) expect(code.length, relative(BUILT_SITE, file)).toBeLessThan(code.includes('chuanhui-elder') ? 2000 : 600);
    }
  });

  it('asks for the CMS script’s own imports together with it (modulepreload), not once it has arrived', () => {
    const admin = page('/admin/');
    const entry = /<script type="module" src="\/_astro\/([^"]+\.js)"><\/script>/.exec(admin)![1]!;
    const script = readFileSync(join(BUILT_SITE, '_astro', entry), 'utf8');
    // The static imports at the top of the minified entry: import{…}from"./cms-….js"
    const imports = [...script.slice(0, 5000).matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    const preloaded = [...admin.matchAll(/<link rel="modulepreload" href="\/_astro\/([^"]+)"/g)].map((m) => m[1]!);
    expect(preloaded.sort()).toEqual([...new Set(imports)].sort());
  });

  it('puts the Decap backend of the build’s Git host into the CMS scripts, and no other host’s (nor GitHub’s GraphQL client)', () => {
    const cmsScripts = readdirSync(join(BUILT_SITE, '_astro'))
      .filter((name) => /^cms[.-].*\.js$/.test(name))
      .map((name) => readFileSync(join(BUILT_SITE, '_astro', name), 'utf8'))
      .join('\n');
    // Each backend's default API address, which only its own code holds.
    expect(cmsScripts).toContain('https://api.github.com');
    for (const other of ['https://gitlab.com/api/v4', 'https://try.gitea.io/api/v1', 'https://api.bitbucket.org/2.0']) expect(cmsScripts).not.toContain(other);
    // Nor the GitHub backend's GraphQL client, which the configuration does not use: a fragment of its queries.
    expect(cmsScripts).not.toContain('RepositoryParts');
  });

  it('puts no copy of the content into the browser bundles (the CMS imports the schemas, not the entries)', () => {
    const scripts = readdirSync(join(BUILT_SITE, '_astro')).filter((name) => name.endsWith('.js'));
    // Astro's content-store module is replaced by an empty Map in the browser build.
    for (const name of scripts.filter((n) => n.includes('data-layer'))) expect(statSync(join(BUILT_SITE, '_astro', name)).size, name).toBeLessThan(100);
    // A sentence from a notice body, which Astro's content store would carry rendered.
    const sentence = '统一接待登记本';
    expect(readFileSync(join(FIXTURE_CONTENT, 'notices/2026-11-02-reception-room-rules.md'), 'utf8')).toContain(sentence);
    for (const name of scripts) expect(readFileSync(join(BUILT_SITE, '_astro', name), 'utf8'), name).not.toContain(sentence);
  });

  it('shows the urgent banner until the notice expires, with the expiry date', () => {
    const home = page('/');
    expect(home).toMatch(/class="urgent-banner"[\s\S]*寒潮及道路结冰预警[\s\S]*有效至 2027年1月15日/);
    expect(page('/en/')).toMatch(/Urgent notice[\s\S]*Cold wave and icy roads/);
  });

  it('puts pinned notices and this week’s events (Beijing time) on the home page', () => {
    const home = mainText(page('/'));
    expect(home).toMatch(/置顶通知 .*民愿接待室实行“四个统一”规范接待/);
    expect(home).toMatch(/本周活动 2026年11月23日周一 至 2026年11月29日周日 .*2026年11月28日周六 19:00 – 21:00 江滨广场周末文艺晚会/);
    expect(home).not.toMatch(/本周活动.*第十届“川汇之声”社区群众文艺会演·决赛.*最新通知/);
  });

  it('leads the home page with what is on: poster cards first (the first poster loaded at once, the rest lazy), then notices, results, this week, the civility school', () => {
    const html = page('/');
    const main = /<main[\s\S]*<\/main>/.exec(html)![0];
    // The first thing after the heading and tagline is the list of cards.
    expect(main).toMatch(/<h1>川汇社区<\/h1>\s*<p class="home-tagline">[^<]*<\/p>\s*<section[^>]*>\s*<h2[^>]*>近期看点<\/h2>\s*<ul class="card-grid">/);
    const cards = [...main.matchAll(/<li class="event-card[^"]*">([\s\S]*?)<\/li>\s*(?=<li class="event-card|<\/ul>)/g)].map((m) => text(m[1]!));
    expect(cards[0]).toMatch(/2026 年冬季社区三人制篮球赛 2026年11月28日周六 15:00 · 2 场比赛/);
    expect(cards[1]).toMatch(/演出 本周 江滨广场周末文艺晚会 2026年11月28日周六 19:00/);
    expect(cards.length).toBeLessThanOrEqual(6);
    const loading = [...main.matchAll(/<img [^>]*loading="(\w+)"/g)].map((m) => m[1]);
    expect(loading.length).toBeGreaterThan(1);
    expect(loading).toEqual(['eager', ...loading.slice(1).map(() => 'lazy')]);
    const order = ['近期看点', '紧急和置顶通知', '最新赛果', '本周活动', '文明市民学校', '最新通知', '川汇区的社区文化'].map((heading) =>
      mainText(html).indexOf(heading),
    );
    expect(
      order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)),
      `order ${order}`,
    ).toBe(true);
    // Results: played matches only (the sample's 赛克杯 results are dated 5 December, after "now").
    expect(mainText(html)).toMatch(/最新赛果 2026—2027 社区气排球联赛 第2轮 · 2026年11月22日周日 荷花社区气排球队 0:2 陈州社区气排球队/);
    expect(mainText(html)).not.toMatch(/最新赛果.*柳开社区队 3:1 江滨社区队.*本周活动/);
    expect(mainText(html)).toMatch(/近期课程 .*《公民道德建设实施纲要》学习班:每周学习会 2026年11月28日周六 09:00/);
    expect(mainText(html)).toMatch(/正在进行的教育活动 “给你一把金钥匙”科普征文比赛/);
    for (const href of ['href="/calendar/"', 'href="/this-week/"', 'href="webcal://chuanhui.example.cn/calendar/all.ics"', 'href="/notices/rss.xml"'])
      expect(main).toContain(href);
    expect(mainText(page('/en/'))).toMatch(/What’s on .*Latest results .*Civility school .*Community culture in Chuanhui/);
  });

  it('marks a repealed notice and links it to its replacement, and back', () => {
    const old = page('/notices/2026-11-05-heating-schedule/');
    expect(old).toMatch(/已废止[\s\S]*本通知已由新通知替代:[\s\S]*href="\/notices\/2026-11-18-heating-schedule-revised\/"/);
    expect(page('/notices/2026-11-18-heating-schedule-revised/')).toContain('href="/notices/2026-11-05-heating-schedule/"');
  });

  it('links attachments that exist in the output', () => {
    expect(page('/notices/2026-11-10-low-income-review/')).toContain('href="/uploads/2026/low-income-review-form.pdf"');
    expect(readFileSync(join(BUILT_SITE, 'uploads/2026/low-income-review-form.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('filters notices by category and by community as static pages', () => {
    const service = mainText(page('/notices/category/employment/'));
    expect(service).toContain('冬季再就业专场招聘会');
    expect(service).not.toContain('寒潮及道路结冰预警');
    const renhe = mainText(page('/notices/community/renhe/'));
    expect(renhe).toContain('人和社区爱心超市十二月开放日');
    expect(renhe).toContain('民愿接待室实行“四个统一”规范接待'); // district-wide notices concern every community
    expect(renhe).not.toContain('招募冬季义务巡逻队员'); // only for 依山 and 小桥
  });

  it('shows a cancelled performance as cancelled, with the reason', () => {
    const html = page('/performances/2026-12-19-opera-afternoon/');
    expect(html).toMatch(/已取消[\s\S]*因寒潮大风天气取消/);
    expect(page('/en/performances/2026-12-19-opera-afternoon/')).toContain('Cancelled');
  });

  it('lists what happens at a venue and in a community', () => {
    expect(text(page('/venues/jiangbin-plaza/'))).toMatch(/这里即将举行 .*江滨广场周末文艺晚会/);
    expect(text(page('/communities/renhe/'))).toMatch(/本社区近期活动 .*人和社区爱心超市十二月开放日/);
  });

  it('falls back to Chinese with a note where there is no English version', () => {
    const html = page('/en/notices/2026-11-05-heating-schedule/');
    expect(html).toContain('This content is not yet available in English');
    expect(html).toContain('<h1 lang="zh-CN">2026—2027 年度冬季供暖时间安排</h1>');
    expect(page('/en/notices/2026-11-20-cold-wave-safety/')).toContain('<h1 lang="en">Cold wave and icy roads: older people and children should stay in</h1>');
  });

  it('lists the next 30 days on the calendar page for readers without JavaScript', () => {
    const calendar = mainText(page('/calendar/'));
    expect(calendar).toMatch(/未来 30 天 .*演出 2026年11月28日周六 19:00 – 21:00 江滨广场周末文艺晚会 地点: ?江滨社区文化广场/);
    expect(calendar).toMatch(/课程 2026年11月28日周六 09:00 – 10:30 《公民道德建设实施纲要》学习班:每周学习会 地点: ?柳开社区综合服务中心多功能厅/);
    expect(calendar).not.toContain('2026年12月28日'); // beyond 30 days
    expect(mainText(page('/en/calendar/'))).toMatch(/The next 30 days .*Performance Sat, 28 November 2026 19:00 – 21:00/);
    expect(page('/calendar/')).toMatch(/href="webcal:\/\/[^"]+\/calendar\/all\.ics"/);
  });

  it('puts this week’s classes of a weekly series on the home page', () => {
    expect(mainText(page('/'))).toMatch(/本周活动 .*2026年11月28日周六 09:00 – 10:30 《公民道德建设实施纲要》学习班:每周学习会/);
  });

  it('gives an event page an add-to-calendar file and schema.org Event data', () => {
    const html = page('/performances/2026-12-19-opera-afternoon/');
    const link = /<a href="(\/calendar\/event\/[^"]+\.ics)"[^>]*>添加到日历<\/a>/.exec(html);
    expect(link).not.toBeNull();
    expect(existsSync(join(BUILT_SITE, link![1]!))).toBe(true);
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'Event',
      name: '豫剧戏迷专场',
      startDate: '2026-12-19T14:30:00+08:00',
      eventStatus: 'https://schema.org/EventCancelled',
      location: { '@type': 'Place', name: '江滨社区文化广场' },
    });
  });

  it('lists the civility school’s courses by audience with the next lesson, and its schools', () => {
    const school = mainText(page('/school/'));
    expect(school).toMatch(/面向居民的课程 .*《公民道德建设实施纲要》学习班 .*下一次:2026年11月28日周六 09:00/);
    expect(school).toMatch(/面向老年人的课程 .*老年人智能手机与防诈骗课堂/);
    expect(school).toMatch(/学校名录 文明市民学校 .*柳开社区文明市民学校/);
    const liukai = mainText(page('/school/schools/liukai-civility/'));
    expect(liukai).toMatch(/本校课程 《公民道德建设实施纲要》学习班/);
    expect(liukai).toMatch(/参与的教育活动 .*未成年人教育理论研讨会/);
  });

  it('lists a course’s lessons with the next one first', () => {
    // The content lists 识别电信诈骗 (24 Dec) before 用手机挂号、缴费 (10 Dec); the page puts the sooner first.
    expect(mainText(page('/school/courses/seniors-smartphone/'))).toMatch(/课时安排 用手机挂号、缴费 .* 识别电信诈骗/);
  });

  it('lists libraries by kind with their hours, external links marked', () => {
    const html = page('/library/');
    const text = mainText(html);
    expect(text).toMatch(/社区图书馆 .*江滨社区图书馆 .*开放时间 星期一 — 星期二 09:00–18:00/);
    expect(text).toMatch(/电子阅览室 .*依山社区电子阅览室/);
    expect(text).toMatch(/数字资源 国家数字图书馆 .*www\.nlc\.cn \(外部网站\)/);
    expect(html).toContain('<a href="https://www.nlc.cn/" rel="noopener external">');
  });

  it('publishes an RSS feed of notices in each language', () => {
    for (const [path, title] of [
      ['/notices/rss.xml', '寒潮及道路结冰预警:请老人儿童减少外出'],
      ['/en/notices/rss.xml', 'Cold wave and icy roads: older people and children should stay in'],
    ] as const) {
      const feed = new XMLParser().parse(page(path));
      const items = feed.rss.channel.item as { title: string; link: string; pubDate: string }[];
      expect(items.length).toBe(contentFiles('notices').length);
      const item = items.find((i) => i.title === title)!;
      expect(item.link).toMatch(/^https?:\/\/[^/]+(\/en)?\/notices\/2026-11-20-cold-wave-safety\/$/);
      expect(new Date(item.pubDate).toISOString()).toBe('2026-11-19T23:30:00.000Z');
    }
  });
});
