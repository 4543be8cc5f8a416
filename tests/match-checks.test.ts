/**
 * Result checks against each sport's scoring rules and the league's match format (best of N,
 * team ties of rubbers, penalties, walkovers). Every message names the league, the round, the
 * teams by name and the field, in Chinese; the schema test shows what a failed build prints.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { rulesFor, type Sport } from '../src/lib/sports/rules.ts';
import { leagueProblems } from '../src/lib/sports/validate.ts';
import type { Fixture, Game } from '../src/lib/sports/standings.ts';
import { leagueSchema } from '../src/schemas/leagues.ts';

const at = (h: number) => new Date(Date.UTC(2026, 11, 5, h));
const fixture = (over: Partial<Fixture & { time: Date }>) => ({ round: '第1轮', stage: 'group' as const, home: 'a', away: 'b', time: at(1), ...over });
const sets = (...scores: [number, number][]): Game[] => scores.map(([home, away]) => ({ home, away }));
const result = (home: number, away: number, more: Partial<NonNullable<Fixture['result']>> = {}) => ({ home, away, sets: [], ...more });
const messages = (sport: Sport | ReturnType<typeof rulesFor>, ...fixtures: ReturnType<typeof fixture>[]) =>
  leagueProblems(sport, fixtures, (id) => ({ a: '柳开社区队', b: '江滨社区队' })[id] ?? id, '测试联赛').map((p) => `${p.path.join('.')}: ${p.message}`);

describe('game and set scores, sport by sport', () => {
  it('table tennis: 11-9 and 12-10 are fine, 11-10 and 13-10 are not', () => {
    expect(messages('table-tennis', fixture({ result: result(3, 0, { sets: sets([11, 9], [12, 10], [11, 3]) }) }))).toEqual([]);
    expect(messages('table-tennis', fixture({ result: result(3, 0, { sets: sets([11, 10], [13, 10], [11, 3]) }) }))).toEqual([
      expect.stringMatching(/^fixtures\.0\.result\.sets\.0: 《测试联赛》第1轮\(柳开社区队 – 江滨社区队\):第 1 局比分 11:10 在乒乓球中不可能/),
      expect.stringMatching(/^fixtures\.0\.result\.sets\.1: .*第 2 局比分 13:10 在乒乓球中不可能/),
    ]);
  });

  it('badminton: 29-27 after deuce, 30-29 and 30-28 are fine; 31-29 and 29-26 are refused', () => {
    expect(messages('badminton', fixture({ result: result(2, 0, { sets: sets([30, 29], [30, 28]) }) }))).toEqual([]);
    expect(messages('badminton', fixture({ result: result(2, 0, { sets: sets([29, 27], [21, 19]) }) }))).toEqual([]);
    expect(messages('badminton', fixture({ result: result(2, 0, { sets: sets([31, 29], [29, 26]) }) }))).toEqual([
      expect.stringMatching(/sets\.0: .*第 1 局比分 31:29 在羽毛球中不可能/),
      expect.stringMatching(/sets\.1: .*第 2 局比分 29:26 在羽毛球中不可能/),
    ]);
  });

  it('tennis: 6-4, 7-5 and 7-6 are sets; 6-5 and 8-6 are not', () => {
    expect(messages('tennis', fixture({ result: result(2, 1, { sets: sets([6, 4], [5, 7], [7, 6]) }) }))).toEqual([]);
    expect(messages('tennis', fixture({ result: result(2, 0, { sets: sets([6, 5], [8, 6]) }) }))).toEqual([
      expect.stringMatching(/sets\.0: .*第 1 局比分 6:5 在网球中不可能/),
      expect.stringMatching(/sets\.1: .*第 2 局比分 8:6 在网球中不可能/),
    ]);
  });

  it('volleyball is best of five: 3-1 with sets to 25 and a fifth set to 15', () => {
    expect(messages('volleyball', fixture({ result: result(3, 2, { sets: sets([25, 20], [20, 25], [25, 23], [23, 25], [15, 13]) }) }))).toEqual([]);
    expect(messages('volleyball', fixture({ result: result(3, 2, { sets: sets([25, 20], [20, 25], [25, 23], [23, 25], [25, 20]) }) }))).toEqual([
      expect.stringMatching(/sets\.4: .*第 5 局比分 25:20 在排球中不可能/),
    ]);
    expect(messages('volleyball', fixture({ result: result(2, 1) }))).toEqual([expect.stringMatching(/先胜 3 局者胜,比分 2:1 不可能/)]);
  });

  it('air volleyball: best of three by default, best of five when the league says so', () => {
    expect(messages('air-volleyball', fixture({ result: result(3, 1) }))).toEqual([
      expect.stringMatching(/本赛事气排球每场3 局 2 胜,先胜 2 局者胜,比分 3:1 不可能/),
    ]);
    expect(
      messages(
        rulesFor('air-volleyball', undefined, undefined, { bestOf: 5 }),
        fixture({ result: result(3, 1, { sets: sets([21, 15], [19, 21], [21, 18], [21, 10]) }) }),
      ),
    ).toEqual([]);
  });

  it('sets that do not add up, and a set played after the match was decided', () => {
    expect(messages('air-volleyball', fixture({ result: result(2, 0, { sets: sets([21, 15], [18, 21], [15, 9]) }) }))).toEqual([
      expect.stringMatching(/sets: .*各局比分\(主队胜 2 局、客队胜 1 局\)与比分 2:0 不符/),
    ]);
    expect(messages('badminton', fixture({ result: result(2, 1, { sets: sets([21, 15], [21, 18], [10, 21]) }) }))).toContainEqual(
      expect.stringMatching(/sets\.2: .*已经 2:0 分出胜负\(3 局 2 胜\),不应再有第 3 局/),
    );
  });

  it('draws: none in 3x3 basketball; football draws only outside a knockout', () => {
    expect(messages('basketball-3x3', fixture({ result: result(15, 15) }))).toEqual([expect.stringMatching(/三人制篮球比赛没有平局/)]);
    expect(messages('football-5', fixture({ result: result(1, 1) }))).toEqual([]);
  });
});

describe('team ties (赛克杯: five rubbers, each best of five games)', () => {
  const team = rulesFor('table-tennis', undefined, undefined, { rubbers: 5 });
  const rubber = (...games: [number, number][]) => ({ games: sets(...games) });
  const won = rubber([11, 5], [11, 7], [11, 9]);
  const lost = rubber([5, 11], [11, 7], [9, 11], [8, 11]);

  it('a 3:1 tie with its rubbers’ game scores is accepted (it used to be refused as one rubber per set)', () => {
    expect(messages(team, fixture({ result: result(3, 1, { rubbers: [won, lost, won, won] }) }))).toEqual([]);
  });

  it('rubbers that do not add up, a rubber without a winner, a rubber after the tie was decided', () => {
    expect(messages(team, fixture({ result: result(3, 0, { rubbers: [won, lost, won, won] }) }))).toEqual([
      expect.stringMatching(/rubbers: .*各盘比分\(主队胜 3 盘、客队胜 1 盘\)与比分 3:0 不符/),
    ]);
    expect(messages(team, fixture({ result: result(3, 1, { rubbers: [won, lost, won, rubber([11, 5], [11, 7])] }) }))).toEqual([
      expect.stringMatching(/rubbers\.3\.games: .*第 4 盘各局比分 2:0 没有分出胜负/),
      expect.stringMatching(/rubbers: .*主队胜 2 盘、客队胜 1 盘/),
    ]);
    expect(messages(team, fixture({ result: result(3, 2, { rubbers: [won, won, won, lost, lost] }) }))).toContainEqual(
      expect.stringMatching(/rubbers\.3: .*团体赛已经 3:0 分出胜负,不应再有第 4 盘/),
    );
  });

  it('a 4:1 tie is impossible, and rubbers in a league that is not a team event are refused', () => {
    expect(messages(team, fixture({ result: result(4, 1) }))).toEqual([expect.stringMatching(/团体赛 5 盘 3 胜,先胜 3 盘者胜,比分 4:1 不可能/)]);
    expect(messages('table-tennis', fixture({ result: result(3, 1, { rubbers: [won, lost, won, won] }) }))).toEqual([
      expect.stringMatching(/rubbers: .*本赛事不是团体赛/),
    ]);
  });
});

describe('knockouts, penalties, walkovers', () => {
  it('a knockout level after extra time is decided on penalties; a knockout draw without them is refused', () => {
    expect(messages('football-5', fixture({ stage: 'knockout', result: result(2, 2, { extraTime: true, penalties: { home: 4, away: 3 } }) }))).toEqual([]);
    expect(messages('football-5', fixture({ stage: 'knockout', result: result(1, 1) }))).toEqual([
      expect.stringMatching(/淘汰赛不能是平局 1:1,必须决出胜者;点球决胜请填写“点球大战”/),
    ]);
  });

  it('penalties in a league match, after a decided score, level penalties, or in a sport without them', () => {
    expect(messages('football-5', fixture({ result: result(1, 1, { penalties: { home: 4, away: 3 } }) }))).toEqual([
      expect.stringMatching(/^fixtures\.0\.result\.penalties: .*只有淘汰赛才有点球大战/),
    ]);
    expect(messages('football-5', fixture({ stage: 'knockout', result: result(2, 1, { penalties: { home: 4, away: 3 } }) }))).toEqual([
      expect.stringMatching(/比分 2:1 已分出胜负,不需要点球大战/),
    ]);
    expect(messages('football-5', fixture({ stage: 'knockout', result: result(1, 1, { penalties: { home: 3, away: 3 } }) }))).toEqual([
      expect.stringMatching(/点球大战必须分出胜负/),
    ]);
    expect(messages('basketball-3x3', fixture({ stage: 'knockout', result: result(20, 18, { penalties: { home: 3, away: 2 } }) }))).toEqual([
      expect.stringMatching(/三人制篮球没有点球大战/),
    ]);
    expect(messages('football-5', fixture({ result: result(2, 1, { extraTime: true }) }))).toEqual([
      expect.stringMatching(/extraTime: .*只有淘汰赛才有加时赛/),
    ]);
  });

  it('a walkover with a score that contradicts it, or with game scores, is refused; 0:0 and the score awarded to the other side are fine', () => {
    expect(messages('badminton', fixture({ result: result(0, 0, { walkover: 'home' }) }))).toEqual([]);
    expect(messages('football-5', fixture({ result: result(0, 3, { walkover: 'home' }) }))).toEqual([]);
    expect(messages('football-5', fixture({ result: result(3, 0, { walkover: 'home' }) }))).toEqual([
      'fixtures.0.result.walkover: 《测试联赛》第1轮(柳开社区队 – 江滨社区队):“弃权方”是主队(柳开社区队),比分却是 3:0,两者矛盾;弃权时比分填 0:0,或填判给对方的比分(the score contradicts the walkover)',
    ]);
    expect(messages('air-volleyball', fixture({ result: result(0, 2, { walkover: 'home', sets: sets([15, 21], [10, 21]) }) }))).toEqual([
      expect.stringMatching(/sets: .*弃权的比赛没有进行,不能填写各局/),
    ]);
  });

  it('a double walkover is recorded with 0:0 and nothing else', () => {
    expect(messages('football-5', fixture({ result: result(0, 0, { walkover: 'both' }) }))).toEqual([]);
    expect(messages('football-5', fixture({ result: result(1, 0, { walkover: 'both' }) }))).toEqual([
      expect.stringMatching(/“弃权方”是双方\(两队都没有到场\),比分却是 1:0/),
    ]);
  });

  it('a forfeit takes the sport’s defined result: 3x3 w-0 (0:0 entered), volleyball 3:0 with 25:0 sets (or left empty)', () => {
    expect(messages('basketball-3x3', fixture({ result: result(0, 0, { forfeit: 'away' }) }))).toEqual([]);
    expect(messages('volleyball', fixture({ result: result(0, 0, { forfeit: 'home' }) }))).toEqual([]);
    expect(messages('volleyball', fixture({ result: result(0, 3, { forfeit: 'home', sets: sets([0, 25], [0, 25], [0, 25]) }) }))).toEqual([]);
    expect(messages('basketball-3x3', fixture({ result: result(21, 0, { forfeit: 'away' }) }))).toEqual([
      "fixtures.0.result: 《测试联赛》第1轮(柳开社区队 – 江滨社区队):客队江滨社区队弃权判负,三人制篮球按规定记 w-0,不计得分,比分填 0:0,现在是 21:0(the score contradicts the sport's forfeit result)",
    ]);
    expect(messages('volleyball', fixture({ result: result(3, 1, { forfeit: 'away', sets: sets([25, 0], [25, 20]) }) }))).toEqual([
      "fixtures.0.result: 《测试联赛》第1轮(柳开社区队 – 江滨社区队):客队江滨社区队弃权判负,排球按规定记 3-0 (25-0, 25-0, 25-0),比分应为 3:0(或留 0:0),现在是 3:1(the score contradicts the sport's forfeit result)",
      'fixtures.0.result.sets: 《测试联赛》第1轮(柳开社区队 – 江滨社区队):客队江滨社区队弃权判负,各局比分按规定为 25:0、25:0、25:0,可以留空,现在是 25:0、25:20(forfeit game scores are set by the rules)',
    ]);
  });

  it('a forfeit where the sport defines none, or together with a walkover, is refused', () => {
    expect(messages('table-tennis', fixture({ result: result(0, 0, { forfeit: 'home' }) }))).toEqual([
      'fixtures.0.result.forfeit: 《测试联赛》第1轮(柳开社区队 – 江滨社区队):乒乓球没有规定的弃权判负比分,请改填“弃权方”,比分填 0:0(this sport defines no forfeit score: enter a walkover)',
    ]);
    expect(messages('basketball-3x3', fixture({ result: result(0, 0, { forfeit: 'home', walkover: 'home' }) }))).toEqual([
      expect.stringMatching(/^fixtures\.0\.result\.forfeit: .*“弃权方”和“弃权判负方”只能填一项/),
    ]);
  });

  it('a team playing twice at the same time', () => {
    expect(messages('football-5', fixture({}), fixture({ round: '第2轮', home: 'c', away: 'a' }))).toEqual([
      expect.stringMatching(/^fixtures\.1\.time: 《测试联赛》第2轮\(c – 柳开社区队\):队伍 “柳开社区队” 同一时间还有比赛 第1轮/),
    ]);
  });
});

describe('what a failed build says for a bad league (the schema, with this league inline)', () => {
  const problems = (data: unknown) => {
    const parsed = (leagueSchema as z.ZodType).safeParse(data);
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  const league = {
    title: '2026“赛克杯”团体赛(测试)',
    key: 'saike-test',
    sport: 'table-tennis',
    season: '2026 年冬季',
    format: 'round-robin',
    rubbers: 5,
    teams: [
      { id: 'liukai', name: '柳开社区队', community: 'liukai' },
      { id: 'jiangbin', name: '江滨社区队', community: 'jiangbin' },
    ],
    fixtures: [
      {
        round: '第1轮',
        time: '2026-12-05 09:00',
        venue: 'chuanhui-gym',
        home: 'liukai',
        away: 'jiangbin',
        result: {
          home: 3,
          away: 1,
          rubbers: [
            {
              games: [
                { home: 11, away: 5 },
                { home: 11, away: 7 },
                { home: 11, away: 9 },
              ],
            },
            {
              games: [
                { home: 5, away: 11 },
                { home: 7, away: 11 },
                { home: 9, away: 11 },
              ],
            },
            {
              games: [
                { home: 11, away: 5 },
                { home: 11, away: 10 },
                { home: 11, away: 9 },
              ],
            },
            {
              games: [
                { home: 11, away: 5 },
                { home: 11, away: 7 },
                { home: 11, away: 9 },
              ],
            },
          ],
        },
      },
    ],
  };

  it('names the league, the round, the teams and the game, in Chinese', () => {
    expect(problems(league)).toEqual([
      expect.stringMatching(
        /^fixtures\.0\.result\.rubbers\.2\.games\.1: 《2026“赛克杯”团体赛\(测试\)》第1轮\(柳开社区队 – 江滨社区队\):第 3 盘第 2 局比分 11:10 在乒乓球中不可能/,
      ),
    ]);
  });

  it('a volleyball league may be best of five', () => {
    const volleyball = {
      ...league,
      sport: 'air-volleyball',
      rubbers: undefined,
      bestOf: 5,
      fixtures: [
        {
          ...league.fixtures[0]!,
          result: {
            home: 3,
            away: 1,
            sets: [
              { home: 21, away: 15 },
              { home: 19, away: 21 },
              { home: 21, away: 18 },
              { home: 21, away: 10 },
            ],
          },
        },
      ],
    };
    expect(problems(volleyball)).toEqual([]);
    expect(problems({ ...volleyball, bestOf: 4 })).toContain('bestOf: “每场局数”应为单数,如 3 或 5(best of an odd number)');
  });

  it('fair-play cards name a team of the league, once each', () => {
    const football = { ...league, sport: 'football-5', rubbers: undefined, fixtures: [] };
    expect(problems({ ...football, fairPlay: [{ team: 'liukai', yellow: 2 }] })).toEqual([]);
    expect(problems({ ...football, fairPlay: [{ team: 'liukai', yellow: 2 }, { team: 'liukai', red: 1 }, { team: 'hehua' }] })).toEqual([
      'fairPlay.1.team: 队伍 “柳开社区队” 的红黄牌填了两次(one entry per team)',
      'fairPlay.2.team: 队伍 “hehua” 不在本赛事的参赛队伍中,应为:柳开社区队(liukai) / 江滨社区队(jiangbin)(not a team of this league)',
    ]);
    expect(problems({ ...football, fairPlay: [{ team: 'liukai', yellow: -1 }] })).toEqual(['fairPlay.0.yellow: “黄牌”不能为负数']);
  });
});
