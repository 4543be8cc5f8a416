/** The sample leagues' tables as residents read them in the built HTML, checked against hand counts. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_SITE } from './support/paths.ts';

const html = (path: string) => readFileSync(join(BUILT_SITE, path, 'index.html'), 'utf8');
const text = (fragment: string) => fragment.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** Each table on the page: its caption and its rows as "rank team points". */
function tables(page: string) {
  return [...page.matchAll(/<table class="standings"[^>]*>([\s\S]*?)<\/table>/g)].map(([, body]) => ({
    caption: text(/<caption>([\s\S]*?)<\/caption>/.exec(body!)![1]!),
    rows: [...body!.matchAll(/<tr>\s*<td>(\d+)<\/td>\s*<th scope="row"[^>]*>([\s\S]*?)<\/th>[\s\S]*?<td><strong>(-?\d+)<\/strong><\/td>\s*<\/tr>/g)].map(
      ([, rank, team, points]) => `${rank} ${text(team!).replace(/\s*\*$/, '')} ${points}`,
    ),
  }));
}

describe('league tables on the built site', () => {
  it('air volleyball: 陈州 beat 柳开 2-1 (2 points, 柳开 1) and 荷花 2-0 (3 points)', () => {
    expect(tables(html('sports/2026-air-volleyball'))).toEqual([{ caption: '积分榜', rows: ['1 陈州社区气排球队 5', '2 柳开社区气排球队 1', '3 荷花社区气排球队 0'] }]);
  });

  it('3x3 basketball: level pairs separated by point difference (they have not met), and the page says so', () => {
    // 依山 21-17 江滨, 人和 15-21 陈州: winners 2, losers 1. 陈州 +6 above 依山 +4; 江滨 −4 above 人和 −6.
    const page = html('sports/2026-3x3-basketball');
    expect(tables(page)).toEqual([{ caption: '积分榜', rows: ['1 陈州社区队 2', '2 依山社区队 2', '3 江滨社区队 1', '4 人和社区队 1'] }]);
    expect(text(page)).toContain('陈州社区队 与 依山社区队 积分相同(2 分),按“净胜分”排在前面。');
    expect(text(html('en/sports/2026-3x3-basketball'))).toContain('陈州社区队 and 依山社区队 are level on 2 points; 陈州社区队 is placed higher by Point difference.');
  });

  it('the Saike Cup: one table per group, table tennis ties won 2 points and lost 1', () => {
    expect(tables(html('sports/2026-saike-cup'))).toEqual([
      { caption: 'A 组', rows: ['1 柳开社区队 2', '2 江滨社区队 1', '3 小桥社区队 0'] },
      { caption: 'B 组', rows: ['1 人和社区队 2', '2 文昌社区队 1', '3 荷花社区队 0'] },
    ]);
  });

  it('the badminton cup: a bracket with byes and a final won by walkover', () => {
    const page = html('sports/2026-badminton-autumn-cup');
    expect(tables(page)).toEqual([]);
    const bracket = text(/<ol class="bracket">([\s\S]*?)<\/ol>/.exec(page)![1]!);
    expect(bracket).toMatch(/第一轮 荷花羽毛球俱乐部 2 – 1 小桥羽毛球俱乐部 · 胜者:荷花羽毛球俱乐部 文昌羽毛球俱乐部 \(轮空\) 柳开羽毛球俱乐部 \(轮空\) 江滨羽毛球俱乐部 \(轮空\)/);
    expect(bracket).toMatch(/决赛 文昌羽毛球俱乐部 – 江滨羽毛球俱乐部 弃权 · 胜者:文昌羽毛球俱乐部/);
  });

  it('lists leagues under way first, and gives every team a page with its calendar feed', () => {
    const index = text(html('sports'));
    expect(index.indexOf('2026 社区羽毛球俱乐部秋季淘汰赛')).toBeGreaterThan(index.indexOf('2026—2027 社区气排球联赛'));
    const team = html('sports/2026-saike-cup/liukai');
    expect(team).toContain('href="/calendar/team/2026-saike-cup/liukai.ics"');
    expect(readFileSync(join(BUILT_SITE, 'calendar/team/2026-saike-cup/liukai.ics'), 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});
