/**
 * League tables worked out by hand, one scenario per rule. Each test states the table a referee
 * would sign in its source; the engine must produce exactly that.
 */
import { describe, expect, it } from 'vitest';
import { rulesFor, SPORT_RULES } from '../src/lib/sports/rules.ts';
import { standings, type Fixture, type Row } from '../src/lib/sports/standings.ts';
import { bracket, firstRound } from '../src/lib/sports/bracket.ts';
import { leagueProblems } from '../src/lib/sports/validate.ts';

const teams = (...ids: string[]) => ids.map((id) => ({ id, name: id }));
const game = (home: string, h: number, a: number, away: string, sets: [number, number][] = []): Fixture => ({
  round: `${home}-${away}`,
  stage: 'group',
  home,
  away,
  result: { home: h, away: a, sets: sets.map(([x, y]) => ({ home: x, away: y })) },
});
/** "rank team points [separated by]" per row, for tables a reader can check at a glance. */
const table = (rows: Row[]) => rows.map((r) => [r.rank, r.team.id, r.points, r.separatedBy ?? ''].join(' '));

describe('standings', () => {
  it('football-5 (3/1/0): a three-way tie broken by the head-to-head mini-league', () => {
    // A 2-1 B, B 2-0 C, A 1-1 C, D 1-0 A, E 2-0 A, B 1-1 D, E 3-1 B, C 2-0 D, E 1-0 C, D 2-2 E
    // Points: E 3+3+3+1 = 10; D 3+1+0+1 = 5; A 3+1+0+0 = 4; B 0+3+1+0 = 4; C 0+1+3+0 = 4.
    // Mini-league of A, B, C: A 4 (beat B, drew C), B 3 (beat C), C 1.
    // Expected:  1 E 10 | 2 D 5 | 3 A 4 (head-to-head) | 4 B 4 (head-to-head) | 5 C 4
    const rows = standings({
      teams: teams('A', 'B', 'C', 'D', 'E'),
      fixtures: [game('A', 2, 1, 'B'), game('B', 2, 0, 'C'), game('A', 1, 1, 'C'), game('D', 1, 0, 'A'), game('E', 2, 0, 'A'), game('B', 1, 1, 'D'), game('E', 3, 1, 'B'), game('C', 2, 0, 'D'), game('E', 1, 0, 'C'), game('D', 2, 2, 'E')],
      rules: SPORT_RULES['football-5'],
    });
    expect(table(rows)).toEqual(['1 E 10 ', '2 D 5 ', '3 A 4 head-to-head', '4 B 4 head-to-head', '5 C 4 ']);
    expect(rows[2]!.levelWith).toEqual(['A', 'B', 'C']);
  });

  it('football-5: when the mini-league splits the group, it is re-applied to the teams still level', () => {
    // A 0-1 B, A 0-3 C, A 2-0 D, A 1-1 E, B 0-0 C, B 0-1 D, B 0-1 E, C 0-1 D, C 0-1 E, D 0-0 E
    // Points: E 1+3+3+1 = 8; D 0+3+3+1 = 7; A 0+0+3+1 = 4; B 3+1+0+0 = 4; C 3+1+0+0 = 4.
    // Mini-league of A, B, C: B 4, C 4, A 0 — A is third. Re-applied to B and C alone: their match
    // was 0-0, still level; goal difference: C 3:2 (+1), B 1:2 (−1).
    // Expected: 1 E 8 | 2 D 7 | 3 C 4 (goal difference) | 4 B 4 (head-to-head) | 5 A 4
    const rows = standings({
      teams: teams('A', 'B', 'C', 'D', 'E'),
      fixtures: [game('A', 0, 1, 'B'), game('A', 0, 3, 'C'), game('A', 2, 0, 'D'), game('A', 1, 1, 'E'), game('B', 0, 0, 'C'), game('B', 0, 1, 'D'), game('B', 0, 1, 'E'), game('C', 0, 1, 'D'), game('C', 0, 1, 'E'), game('D', 0, 0, 'E')],
      rules: SPORT_RULES['football-5'],
    });
    expect(table(rows)).toEqual(['1 E 8 ', '2 D 7 ', '3 C 4 score-difference', '4 B 4 head-to-head', '5 A 4 ']);
  });

  it('table tennis (2 for a win, 1 for a loss): a tie that falls through to the set ratio', () => {
    // A 3-1 B, B 3-2 C, C 3-0 A: everyone 2 + 1 = 3 points; the mini-league of all three is the same.
    // Rubbers (sets): A 3:4 = 0.75, B 4:5 = 0.80, C 5:3 = 1.67.
    // Expected: 1 C 3 (set ratio) | 2 B 3 (set ratio) | 3 A 3
    const rows = standings({ teams: teams('A', 'B', 'C'), fixtures: [game('A', 3, 1, 'B'), game('B', 3, 2, 'C'), game('C', 3, 0, 'A')], rules: SPORT_RULES['table-tennis'] });
    expect(table(rows)).toEqual(['1 C 3 set-ratio', '2 B 3 set-ratio', '3 A 3 ']);
    expect(rows.map((r) => [r.setsFor, r.setsAgainst])).toEqual([[5, 3], [4, 5], [3, 4]]);
  });

  it('air volleyball: 2-0 gives 3 points, 2-1 gives 2 to the winner and 1 to the loser', () => {
    // X 2-0 Y (3/0), Y 2-1 Z (2/1), Z 2-1 X (2/1): X 3+1 = 4, Z 1+2 = 3, Y 0+2 = 2.
    // Expected: 1 X 4 | 2 Z 3 | 3 Y 2
    const rows = standings({
      teams: teams('X', 'Y', 'Z'),
      fixtures: [game('X', 2, 0, 'Y', [[21, 15], [21, 19]]), game('Y', 2, 1, 'Z', [[21, 18], [19, 21], [15, 13]]), game('Z', 2, 1, 'X', [[21, 17], [18, 21], [15, 10]])],
      rules: SPORT_RULES['air-volleyball'],
    });
    expect(table(rows)).toEqual(['1 X 4 ', '2 Z 3 ', '3 Y 2 ']);
    expect(rows[0]).toMatchObject({ won: 1, lost: 1, setsFor: 3, setsAgainst: 2, scoreFor: 21 + 21 + 17 + 21 + 10, scoreAgainst: 15 + 19 + 21 + 18 + 15 });
  });

  it('3x3 basketball: a walkover scores nothing for the team that gave it, and head-to-head separates the level teams', () => {
    // P v Q: Q gives a walkover (P 2, Q 0 — not the 1 of a lost game). R 21-15 P (R 2, P 1). Q 21-19 R (Q 2, R 1).
    // P 3, R 3, Q 2; R beat P. Expected: 1 R 3 (head-to-head) | 2 P 3 | 3 Q 2
    const walkover: Fixture = { round: 'P-Q', stage: 'group', home: 'P', away: 'Q', result: { home: 0, away: 0, sets: [], walkover: 'away' } };
    const rows = standings({ teams: teams('P', 'Q', 'R'), fixtures: [walkover, game('R', 21, 15, 'P'), game('Q', 21, 19, 'R')], rules: SPORT_RULES['basketball-3x3'] });
    expect(table(rows)).toEqual(['1 R 3 head-to-head', '2 P 3 ', '3 Q 2 ']);
    expect(rows.find((r) => r.team.id === 'Q')).toMatchObject({ played: 2, won: 1, lost: 1, walkoversGiven: 1 });
  });

  it('a point deduction, with its reason, can change the order; drawing of lots is the last resort', () => {
    // Badminton, 1 point per match: M beat N, N beat O, O beat M — 1 each. M has 2 points deducted.
    // Lots drawn: O, N. Sets all 2-0, so the set ratio cannot separate N and O.
    // Expected: 1 O 1 (lots) | 2 N 1 | 3 M −1
    const rows = standings({
      teams: teams('M', 'N', 'O'),
      fixtures: [game('M', 2, 0, 'N'), game('N', 2, 0, 'O'), game('O', 2, 0, 'M')],
      rules: rulesFor('badminton', undefined, ['points', 'set-ratio', 'lots']),
      adjustments: [{ team: 'M', points: -2, reason: '报名材料弄虚作假' }],
      lots: ['O', 'N'],
    });
    expect(table(rows)).toEqual(['1 O 1 lots', '2 N 1 ', '3 M -1 ']);
    expect(rows[2]!.adjustment).toBe(-2);
  });

  it('a league overrides the preset’s points', () => {
    const rules = rulesFor('football-5', { win: 2, draw: 1 });
    const rows = standings({ teams: teams('A', 'B'), fixtures: [game('A', 1, 0, 'B')], rules });
    expect(table(rows)).toEqual(['1 A 2 ', '2 B 0 ']);
  });

  it('a league overrides the points by sets', () => {
    // Any win 3, any loss 0: X 2-1 Y gives X 3 and Y 0 (the preset would give 2 and 1).
    const rules = rulesFor('air-volleyball', { bySets: [{ sets: '2-1', winner: 3, loser: 0 }] });
    const rows = standings({ teams: teams('X', 'Y'), fixtures: [game('X', 2, 1, 'Y', [[21, 18], [19, 21], [15, 12]])], rules });
    expect(table(rows)).toEqual(['1 X 3 ', '2 Y 0 ']);
  });

  it('teams that nothing separates share the place', () => {
    const rows = standings({ teams: teams('A', 'B'), fixtures: [game('A', 1, 1, 'B')], rules: SPORT_RULES['football-5'] });
    expect(table(rows)).toEqual(['1 A 1 ', '1 B 1 ']);
  });
});

describe('knockout', () => {
  it('gives the top seeds the byes: five teams, bracket of eight, three byes', () => {
    // Seed order for 8: 1 v 8, 4 v 5, 2 v 7, 3 v 6 — seeds 6, 7 and 8 do not exist.
    expect(firstRound(['s1', 's2', 's3', 's4', 's5'])).toEqual([{ home: 's1' }, { home: 's4', away: 's5' }, { home: 's2' }, { home: 's3' }]);
  });

  it('shows byes where a team first plays in a later round, and carries winners, walkovers included', () => {
    const ko = (round: string, home: string, away: string, h?: number, a?: number, walkover?: 'home' | 'away'): Fixture => ({
      round, stage: 'knockout', home, away, result: h === undefined ? undefined : { home: h, away: a!, sets: [], walkover },
    });
    const rounds = bracket([ko('R1', 'd', 'e', 2, 1), ko('SF', 'a', 'd', 2, 0), ko('SF', 'b', 'c', 1, 2), ko('F', 'a', 'c', 0, 0, 'away')]);
    expect(rounds.map((r) => [r.name, r.matches.map((m) => `${m.home}-${m.away ?? 'bye'}>${m.winner ?? '?'}`)])).toEqual([
      ['R1', ['d-e>d', 'a-bye>a', 'b-bye>b', 'c-bye>c']],
      ['SF', ['a-d>a', 'b-c>c']],
      ['F', ['a-c>a']],
    ]);
  });
});

describe('result checks', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 11, 5, h));
  const fixture = (over: Partial<Fixture & { time: Date }>) => ({ round: '第1轮', stage: 'group' as const, home: 'a', away: 'b', time: at(1), ...over });

  it('refuses a set score impossible in the sport: table tennis 11-9 is fine, 11-10 is not', () => {
    const ok = fixture({ result: { home: 3, away: 0, sets: [{ home: 11, away: 9 }, { home: 12, away: 10 }, { home: 11, away: 3 }] } });
    expect(leagueProblems('table-tennis', [ok])).toEqual([]);
    const bad = fixture({ result: { home: 3, away: 0, sets: [{ home: 11, away: 10 }, { home: 11, away: 9 }, { home: 11, away: 3 }] } });
    expect(leagueProblems('table-tennis', [bad])).toEqual([{ path: ['fixtures', 0, 'result', 'sets', 0], message: expect.stringContaining('第 1 局比分 11:10 在乒乓球中不可能') }]);
  });

  it('refuses set scores that do not add up to the result', () => {
    const f = fixture({ result: { home: 2, away: 0, sets: [{ home: 21, away: 15 }, { home: 18, away: 21 }, { home: 15, away: 9 }] } });
    expect(leagueProblems('air-volleyball', [f])).toEqual([{ path: ['fixtures', 0, 'result', 'sets'], message: expect.stringContaining('各局比分(主队胜 2 局、客队胜 1 局)与比分 2:0 不符') }]);
  });

  it('refuses a knockout draw, a draw where the sport has none, and a winner short of sets', () => {
    expect(leagueProblems('football-5', [fixture({ stage: 'knockout', result: { home: 1, away: 1, sets: [] } })])[0]!.message).toMatch(/淘汰赛不能是平局 1:1/);
    expect(leagueProblems('football-5', [fixture({ result: { home: 1, away: 1, sets: [] } })])).toEqual([]);
    expect(leagueProblems('basketball-3x3', [fixture({ result: { home: 15, away: 15, sets: [] } })])[0]!.message).toMatch(/三人制篮球比赛没有平局/);
    expect(leagueProblems('air-volleyball', [fixture({ result: { home: 3, away: 1, sets: [] } })])[0]!.message).toMatch(/先胜 2 局者胜,比分 3:1 不可能/);
  });

  it('refuses a team playing twice at the same time', () => {
    const problems = leagueProblems('football-5', [fixture({}), fixture({ round: '第2轮', home: 'c', away: 'a' })]);
    expect(problems).toEqual([{ path: ['fixtures', 1, 'time'], message: expect.stringContaining('队伍 “a” 同一时间还有比赛 第1轮(a – b)') }]);
  });

  it('accepts a walkover without scores', () => {
    expect(leagueProblems('badminton', [fixture({ result: { home: 0, away: 0, sets: [], walkover: 'home' } })])).toEqual([]);
  });
});
