/** The sample leagues' tables as residents read them in the built HTML, checked against hand counts. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_SITE } from './support/paths.ts';

const html = (path: string) => readFileSync(join(BUILT_SITE, path, 'index.html'), 'utf8');
const text = (fragment: string) =>
  fragment
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

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
    expect(tables(html('sports/2026-air-volleyball'))).toEqual([
      { caption: '积分榜', rows: ['1 陈州社区气排球队 5', '2 柳开社区气排球队 1', '3 荷花社区气排球队 0'] },
    ]);
  });

  it('3x3 basketball (FIBA 3x3): level pairs that have not met go to the average of points scored, and the page says so', () => {
    // 依山 21-17 江滨, 人和 15-21 陈州: one win each for 陈州 and 依山, none for 江滨 and 人和.
    // Head-to-head (two level) cannot separate teams that have not met; average points scored: both 21,
    // and no lots drawn: they share the place (listed in name order). 江滨 17 above 人和 15.
    const page = html('sports/2026-3x3-basketball');
    expect(tables(page)).toEqual([{ caption: '积分榜', rows: ['1 陈州社区队 2', '1 依山社区队 2', '3 江滨社区队 1', '4 人和社区队 1'] }]);
    expect(text(page)).toContain('江滨社区队、人和社区队 胜场数相同(0)、相互间比赛的胜场数(仅两队相同时)相同(0);按场均总得分:江滨社区队 17、人和社区队 15。');
    expect(text(html('en/sports/2026-3x3-basketball'))).toContain(
      '江滨社区队, 人和社区队 are level on wins (0), head-to-head wins (two teams level only) (0); by average points scored: 江滨社区队 17, 人和社区队 15.',
    );
  });

  it('futsal: a three-way tie shown with its mini-table and true notes in both languages, and a final won on penalties', () => {
    // A组: 柳开 2-1 荷花, 荷花 3-1 陈州, 陈州 2-0 柳开 — 3 points each. Among the three: 3 points each;
    // goal difference 荷花 −1+2 = +1, 陈州 −2+2 = 0, 柳开 +1−2 = −1.
    const page = html('sports/2026-futsal-invitational');
    expect(tables(page)[0]).toEqual({ caption: 'A 组', rows: ['1 荷花社区足球队 3', '2 陈州社区足球队 3', '3 柳开社区足球队 3'] });
    expect(text(page)).toContain(
      '荷花社区足球队、陈州社区足球队、柳开社区足球队 积分相同(3)、相互间比赛的积分相同(3);按相互间比赛的净胜球:荷花社区足球队 1、陈州社区足球队 0、柳开社区足球队 -1。',
    );
    const mini = text(/<table class="standings mini-table"[^>]*>([\s\S]*?)<\/table>/.exec(page)![1]!);
    expect(mini).toBe(
      '荷花社区足球队、陈州社区足球队、柳开社区足球队 相互间比赛 队伍 场次 胜 平 负 进球/失球 积分 荷花社区足球队 2 1 0 1 4/3 3 陈州社区足球队 2 1 0 1 3/3 3 柳开社区足球队 2 1 0 1 2/3 3',
    );
    expect(text(html('en/sports/2026-futsal-invitational'))).toContain(
      '荷花社区足球队, 陈州社区足球队, 柳开社区足球队 are level on points (3), head-to-head points (3); by head-to-head goal difference: 荷花社区足球队 1, 陈州社区足球队 0, 柳开社区足球队 -1.',
    );
    const bracket = text(/<ol class="bracket">([\s\S]*?)<\/ol>/.exec(page)![1]!);
    expect(bracket).toMatch(/决赛 荷花社区足球队 2 – 2 江滨社区足球队 加时 点球 4:3 · 胜者:荷花社区足球队/);
  });

  it('the Saike Cup: one table per group, table tennis ties won 2 points and lost 1, rubbers and games counted', () => {
    const page = html('sports/2026-saike-cup');
    expect(text(page)).toContain('名次 队伍 场次 胜 负 胜盘/负盘 胜局/负局 得分/失分 积分 1 柳开社区队 1 1 0 3/1 10/5 156/138 2');
    expect(text(page)).toContain('团体赛每场 5 盘 3 胜,每盘 5 局 3 胜');
    expect(text(page)).not.toContain('平 0 分');
    expect(tables(page)).toEqual([
      { caption: 'A 组', rows: ['1 柳开社区队 2', '2 江滨社区队 1', '3 小桥社区队 0'] },
      { caption: 'B 组', rows: ['1 人和社区队 2', '2 文昌社区队 1', '3 荷花社区队 0'] },
    ]);
  });

  it('the badminton cup: a bracket with byes and a final won by walkover', () => {
    const page = html('sports/2026-badminton-autumn-cup');
    expect(tables(page)).toEqual([]);
    const bracket = text(/<ol class="bracket">([\s\S]*?)<\/ol>/.exec(page)![1]!);
    expect(bracket).toMatch(
      /第一轮 荷花羽毛球俱乐部 2 – 1 小桥羽毛球俱乐部 · 胜者:荷花羽毛球俱乐部 文昌羽毛球俱乐部 \(轮空\) 柳开羽毛球俱乐部 \(轮空\) 江滨羽毛球俱乐部 \(轮空\)/,
    );
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
