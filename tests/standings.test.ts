/**
 * League tables worked out by hand from each rule book, one preset at a time. Each test writes
 * down the derivation a referee would sign; the engine must produce exactly that table. Every
 * preset has at least two tables, among them a cyclic three-way tie, and the presets that
 * re-apply head-to-head have a table where re-application changes the order.
 */
import { describe, expect, it } from 'vitest';
import { rulesFor, type Sport } from '../src/lib/sports/rules.ts';
import { standings, standingsTable, statValue, tally, type Fixture, type Game, type Row, type Team } from '../src/lib/sports/standings.ts';
import { criterionId, PRESETS, PRESET_IDS, type PresetId, type Tiebreak } from '../src/lib/sports/tiebreak.ts';
import { bracket, firstRound } from '../src/lib/sports/bracket.ts';
import { describeStep } from '../src/lib/sports/notes.ts';
import { resultText, rulesLines, tableModel } from '../src/lib/sports/display.ts';

const teams = (...ids: string[]): Team[] => ids.map((id) => ({ id, name: id }));
const game = (home: string, h: number, a: number, away: string, sets: [number, number][] = []): Fixture => ({
  round: `${home}-${away}`,
  stage: 'group',
  home,
  away,
  result: { home: h, away: a, sets: sets.map(([x, y]) => ({ home: x, away: y })) },
});
/** A table-tennis game: the winner 11, the loser 5. */
const tt = (homeWins: boolean): Game => (homeWins ? { home: 11, away: 5 } : { home: 5, away: 11 });
/** A rubber "3-1" (home games – away games): the loser's games first, so the winner's last game decides it. */
const rubber = (score: string) => {
  const [h, a] = score.split('-').map(Number) as [number, number];
  const homeWon = h > a;
  return { games: [...Array<Game>(homeWon ? a : h).fill(tt(!homeWon)), ...Array<Game>(homeWon ? h : a).fill(tt(homeWon))] };
};
/** A team tie of rubbers; the tie score is counted from them. */
const tie = (home: string, away: string, rubbers: string[]): Fixture => {
  const won = rubbers.map((r) => r.split('-').map(Number) as [number, number]);
  return {
    round: `${home}-${away}`,
    stage: 'group',
    home,
    away,
    result: { home: won.filter(([h, a]) => h > a).length, away: won.filter(([h, a]) => a > h).length, sets: [], rubbers: rubbers.map(rubber) },
  };
};
const walkover = (home: string, away: string, gave: 'home' | 'away' | 'both'): Fixture => ({
  round: `${home}-${away}`,
  stage: 'group',
  home,
  away,
  result: { home: 0, away: 0, sets: [], walkover: gave },
});
const rules = (sport: Sport, preset: PresetId, more: { rubbers?: number; bestOf?: number } = {}) => rulesFor(sport, undefined, undefined, { preset, ...more });
/** "rank team points [criterion that put it above the next team]" per row. */
const table = (rows: Row[]) => rows.map((r) => [r.rank, r.team.id, r.points, r.separatedBy ? criterionId(r.separatedBy) : ''].join(' ').trim());
const notes = (input: Parameters<typeof standingsTable>[0], locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const { steps } = standingsTable(input);
  return steps.map((s) => describeStep(s, locale, input.rules.vocabulary, (id) => id)).filter(Boolean);
};

// ——— Football and futsal: one data set, three rule books, three answers ———
// A 1-0 B, A 5-0 C, B 1-1 C; A 0-0 D, E 1-0 A; B 1-0 D, B 1-0 E; C 4-0 D, C 4-0 E; D 0-0 E.
// Points: A 3+3+1+0 = 7; B 0+1+3+3 = 7; C 0+1+3+3 = 7; E 3+0+0+1 = 4; D 1+0+0+1 = 2.
// Overall goals: A 6:1 (+5), B 3:2 (+1), C 9:6 (+3).
// Among A, B, C: A 6 points (2 wins), B 1, C 1; B's goal difference there −1 (0-1, 1-1), C's −5 (0-5, 1-1).
const five = {
  teams: teams('A', 'B', 'C', 'D', 'E'),
  fixtures: [
    game('A', 1, 0, 'B'),
    game('A', 5, 0, 'C'),
    game('B', 1, 1, 'C'),
    game('A', 0, 0, 'D'),
    game('E', 1, 0, 'A'),
    game('B', 1, 0, 'D'),
    game('B', 1, 0, 'E'),
    game('C', 4, 0, 'D'),
    game('C', 4, 0, 'E'),
    game('D', 0, 0, 'E'),
  ],
};
// Cyclic: A 1-0 B, B 1-0 C, C 1-0 A; A 3-0 D, B 2-0 D, C 1-0 D. A, B, C 6 points each, D 0.
// Among A, B, C everything is level (3 points, 0 goal difference, 1 goal each).
// Overall goal difference: A +3 (4:1), B +2 (3:1), C +1 (2:1).
const cyclic = {
  teams: teams('A', 'B', 'C', 'D'),
  fixtures: [game('A', 1, 0, 'B'), game('B', 1, 0, 'C'), game('C', 1, 0, 'A'), game('A', 3, 0, 'D'), game('B', 2, 0, 'D'), game('C', 1, 0, 'D')],
};

describe('UEFA (football-5 default): head-to-head, re-applied to the teams still level, then overall', () => {
  it('re-application changes the order: B and C, level among themselves, go to overall goal difference', () => {
    // Among A, B, C: A 6, B 1, C 1 → A first. Re-applied to B and C alone: their match was 1-1 —
    // points 1:1, goal difference 0:0, goals 1:1, all level; then overall goal difference C +3, B +1.
    // Applied once (CFA below) the same data gives B above C. Expected: A, C, B, E, D.
    const rows = standings({ ...five, rules: rules('football-5', 'uefa') });
    expect(table(rows)).toEqual(['1 A 7 h2h:points', '2 C 7 score-difference', '3 B 7', '4 E 4', '5 D 2']);
  });

  it('a cyclic three-way tie is level on every head-to-head criterion and goes to overall goal difference', () => {
    // Expected: A +3, B +2, C +1, D.
    expect(table(standings({ ...cyclic, rules: rules('football-5', 'uefa') }))).toEqual(['1 A 6 score-difference', '2 B 6 score-difference', '3 C 6', '4 D 0']);
  });

  it('the notes say what the teams were level on, truthfully, with football’s words', () => {
    expect(notes({ ...five, rules: rules('football-5', 'uefa') })).toEqual([
      'A、C、B 积分相同(7);按相互间比赛的积分:A 6、C 1、B 1。',
      'C、B A、B、C之间比赛的积分相同(1)、相互间比赛的积分相同(1)、相互间比赛的净胜球相同(0)、相互间比赛的进球数相同(1);按净胜球:C 3、B 1。',
    ]);
    expect(notes({ ...cyclic, rules: rules('football-5', 'uefa') }, 'en')).toEqual([
      'A, B, C are level on points (6), head-to-head points (3), head-to-head goal difference (0), head-to-head goals scored (1); by goal difference: A 3, B 2, C 1.',
    ]);
  });
});

describe('FIFA: overall goal difference and goals first, then head-to-head once', () => {
  it('the five-team table: overall goal difference decides before head-to-head is looked at', () => {
    // A +5, C +3, B +1 (all different): Expected A, C, B, E, D — by goal difference.
    expect(table(standings({ ...five, rules: rules('football-5', 'fifa') }))).toEqual([
      '1 A 7 score-difference',
      '2 C 7 score-difference',
      '3 B 7',
      '4 E 4',
      '5 D 2',
    ]);
  });

  it('a cyclic three-way tie level on everything is decided by lots', () => {
    // A 1-0 B, B 1-0 C, C 1-0 A: 3 points, 0 goal difference and 1 goal each, overall and among them.
    // Lots drawn: B, C, A. Expected: B, C, A, each separated by lots.
    const input = { teams: teams('A', 'B', 'C'), fixtures: cyclic.fixtures.slice(0, 3), rules: rules('football-5', 'fifa'), lots: ['B', 'C', 'A'] };
    expect(table(standings(input))).toEqual(['1 B 3 lots', '2 C 3 lots', '3 A 3']);
    expect(notes(input)).toEqual([
      'B、C、A 积分相同(3)、净胜球相同(0)、进球数相同(1)、相互间比赛的积分相同(3)、相互间比赛的净胜球相同(0)、相互间比赛的进球数相同(1);抽签决定:B、C、A。',
    ]);
  });
});

describe('CFA amateur five-a-side: head-to-head applied once, then overall', () => {
  it('applied once: B and C stay compared on the whole mini-league, where B’s goal difference is better', () => {
    // Among A, B, C: A 6, B 1, C 1 → A. Not re-applied: head-to-head goal difference of the three
    // teams' mini-league: B −1, C −5. Expected: A, B, C, E, D.
    expect(table(standings({ ...five, rules: rules('football-5', 'cfa-5') }))).toEqual([
      '1 A 7 h2h:points',
      '2 B 7 h2h:score-difference',
      '3 C 7',
      '4 E 4',
      '5 D 2',
    ]);
  });

  it('a cyclic three-way tie goes to overall goal difference', () => {
    expect(table(standings({ ...cyclic, rules: rules('football-5', 'cfa-5') }))).toEqual([
      '1 A 6 score-difference',
      '2 B 6 score-difference',
      '3 C 6',
      '4 D 0',
    ]);
  });
});

describe('FIVB volleyball (best of five): wins before points', () => {
  it('wins come first: A (2 wins, 4 points) is above C (1 win, 4 points) and below B (2 wins, 7 points)', () => {
    // A 3-2 B (2/1), A 3-2 C (2/1), D 3-0 A (3/0), B 3-0 C, B 3-0 D, C 3-0 D (3/0 each).
    // Wins: A 2, B 2, C 1, D 1. Points: A 2+2+0 = 4, B 1+3+3 = 7, C 1+0+3 = 4, D 3+0+0 = 3.
    // Wins split {A, B} from {C, D}; points then order B 7, A 4 and C 4, D 3. Expected: B, A, C, D.
    const input = {
      teams: teams('A', 'B', 'C', 'D'),
      fixtures: [game('A', 3, 2, 'B'), game('A', 3, 2, 'C'), game('D', 3, 0, 'A'), game('B', 3, 0, 'C'), game('B', 3, 0, 'D'), game('C', 3, 0, 'D')],
      rules: rules('volleyball', 'fivb'),
    };
    expect(table(standings(input))).toEqual(['1 B 7 points', '2 A 4', '3 C 4 points', '4 D 3']);
    // No note claims A and C are level on points with B, nor that A and C were compared on points.
    expect(notes(input)).toEqual(['B、A 胜场数相同(2);按积分:B 7、A 4。', 'C、D 胜场数相同(1);按积分:C 4、D 3。']);
  });

  it('a cyclic three-way tie of 3-2 wins: set ratios all 5:5, the point ratio decides', () => {
    // A 3-2 B: 25-20 25-20 20-25 20-25 15-10 (A 105, B 100); B 3-2 C: 25-23 25-23 23-25 23-25 15-13 (B 111, C 109);
    // C 3-2 A: 25-15 25-15 15-25 15-25 15-13 (C 95, A 93). Wins 1, points 2+1 = 3, sets 5:5 each.
    // Points: A 198:195 = 1.015, C 204:204 = 1, B 211:214 = 0.986. Expected: A, C, B.
    const rows = standings({
      teams: teams('A', 'B', 'C'),
      fixtures: [
        game('A', 3, 2, 'B', [
          [25, 20],
          [25, 20],
          [20, 25],
          [20, 25],
          [15, 10],
        ]),
        game('B', 3, 2, 'C', [
          [25, 23],
          [25, 23],
          [23, 25],
          [23, 25],
          [15, 13],
        ]),
        game('C', 3, 2, 'A', [
          [25, 15],
          [25, 15],
          [15, 25],
          [15, 25],
          [15, 13],
        ]),
      ],
      rules: rules('volleyball', 'fivb'),
    });
    expect(table(rows)).toEqual(['1 A 3 score-ratio', '2 C 3 score-ratio', '3 B 3']);
    expect(rows.map((r) => `${r.scoreFor}:${r.scoreAgainst}`)).toEqual(['198:195', '204:204', '211:214']);
  });
});

describe('community air volleyball: points, wins, set ratio, point ratio, head-to-head', () => {
  it('2-0 gives 3 points, 2-1 gives 2 and 1; level on points, the team with more wins is higher', () => {
    // A 2-1 C (2/1), A 2-1 D (2/1), B 2-0 C (3/0), D 2-1 B (2/1).
    // Points: A 4 (2 wins), B 3+1 = 4 (1 win), D 1+2 = 3, C 1+0 = 1. Expected: A, B, D, C.
    const input = {
      teams: teams('A', 'B', 'C', 'D'),
      fixtures: [game('A', 2, 1, 'C'), game('A', 2, 1, 'D'), game('B', 2, 0, 'C'), game('D', 2, 1, 'B')],
      rules: rules('air-volleyball', 'community-air-volleyball'),
    };
    expect(table(standings(input))).toEqual(['1 A 4 wins', '2 B 4', '3 D 3', '4 C 1']);
    expect(notes(input)).toEqual(['A、B 积分相同(4);按胜场数:A 2、B 1。']);
  });

  it('a cyclic three-way tie of 2-1 wins: the point ratio decides', () => {
    // X 2-1 Y: 21-15 15-21 15-10 (X 51, Y 46); Y 2-1 Z: 21-19 19-21 15-13 (Y 55, Z 53); Z 2-1 X: 21-10 10-21 15-5 (Z 46, X 36).
    // 3 points, 1 win, sets 3:3 each. Points: Z 99:91 = 1.088, Y 101:104 = 0.971, X 87:92 = 0.946.
    const rows = standings({
      teams: teams('X', 'Y', 'Z'),
      fixtures: [
        game('X', 2, 1, 'Y', [
          [21, 15],
          [15, 21],
          [15, 10],
        ]),
        game('Y', 2, 1, 'Z', [
          [21, 19],
          [19, 21],
          [15, 13],
        ]),
        game('Z', 2, 1, 'X', [
          [21, 10],
          [10, 21],
          [15, 5],
        ]),
      ],
      rules: rules('air-volleyball', 'community-air-volleyball'),
    });
    expect(table(rows)).toEqual(['1 Z 3 score-ratio', '2 Y 3 score-ratio', '3 X 3']);
  });
});

// ITTF: A 3-0 B, A 3-2 C, A 3-1 D; B 3-0 C, C 3-1 D, D 3-2 B; E and F beat A 3-0, B, C, D beat E
// and F 3-0, E 3-0 F. Wins: A, B, C, D 3 each (8 points: 3×2 + 2×1), E 2 (7), F 1 (6).
// Among A–D: A won all three (6 points), B, C, D one each (4). A first.
// Among B, C, D only (re-applied): 3 points each; ratios B 5:3 (3-0, 2-3), D 4:5 (3-1… 1-3, 3-2), C 3:4 (0-3, 3-1)
// → B 1.67, D 0.8, C 0.75: B, D, C. Applied once, among A–D, adding the matches with A:
// B 5:6 = 0.83, C 5:7 = 0.71, D 5:8 = 0.63 → B, C, D. Re-application changes C and D.
const sixTeams = (rubbers: boolean) => {
  const m = (home: string, h: number, a: number, away: string): Fixture =>
    rubbers
      ? tie(
          home,
          away,
          [...Array<string>(h).fill('3-0'), ...Array<string>(a).fill('0-3')].sort((x, y) =>
            x === y ? 0 : h > a ? (x === '0-3' ? -1 : 1) : x === '3-0' ? -1 : 1,
          ),
        )
      : game(home, h, a, away);
  return {
    teams: teams('A', 'B', 'C', 'D', 'E', 'F'),
    fixtures: [
      m('A', 3, 0, 'B'),
      m('A', 3, 2, 'C'),
      m('A', 3, 1, 'D'),
      m('B', 3, 0, 'C'),
      m('C', 3, 1, 'D'),
      m('D', 3, 2, 'B'),
      m('E', 3, 0, 'A'),
      m('F', 3, 0, 'A'),
      m('B', 3, 0, 'E'),
      m('B', 3, 0, 'F'),
      m('C', 3, 0, 'E'),
      m('C', 3, 0, 'F'),
      m('D', 3, 0, 'E'),
      m('D', 3, 0, 'F'),
      m('E', 3, 0, 'F'),
    ],
  };
};

describe('ITTF team events (赛克杯: ties of five rubbers, each best of five games)', () => {
  it('re-application changes the order: once A is placed, B, C, D are compared on their own matches', () => {
    // Expected: A, B, D, C, E, F (applied once it would be A, B, C, D).
    const rows = standings({ ...sixTeams(true), rules: rules('table-tennis', 'ittf-team', { rubbers: 5 }) });
    expect(table(rows)).toEqual(['1 A 8 h2h:points', '2 B 8 h2h:set-ratio', '3 D 8 h2h:set-ratio', '4 C 8', '5 E 7', '6 F 6']);
  });

  it('a cyclic three-way tie of 3-2 ties: rubbers 5:5 each, the games won in the rubbers decide', () => {
    // A–B rubbers 3-0 3-0 0-3 0-3 3-0: A 3 rubbers, games A 9 : B 6.
    // B–C rubbers 3-2 3-2 0-3 0-3 3-2: B 3 rubbers, games B 9 : C 12.
    // C–A rubbers 3-0 0-3 3-0 0-3 3-1: C 3 rubbers, games C 9 : A 7.
    // 3 points each (2 + 1); rubbers 5:5 each. Games: A 16:15 = 1.07, B 15:21 = 0.71, C 21:16 = 1.31.
    // Expected: C, A, B, by the games ratio among the three.
    const input = {
      teams: teams('A', 'B', 'C'),
      fixtures: [
        tie('A', 'B', ['3-0', '3-0', '0-3', '0-3', '3-0']),
        tie('B', 'C', ['3-2', '3-2', '0-3', '0-3', '3-2']),
        tie('C', 'A', ['3-0', '0-3', '3-0', '0-3', '3-1']),
      ],
      rules: rules('table-tennis', 'ittf-team', { rubbers: 5 }),
    };
    const rows = standings(input);
    expect(table(rows)).toEqual(['1 C 3 h2h:game-ratio', '2 A 3 h2h:game-ratio', '3 B 3']);
    expect(rows.map((r) => [r.setsFor, r.setsAgainst, r.gamesFor, r.gamesAgainst])).toEqual([
      [5, 5, 21, 16],
      [5, 5, 16, 15],
      [5, 5, 15, 21],
    ]);
    expect(notes(input)).toEqual([
      'C、A、B 积分相同(3)、相互间比赛的积分相同(3)、相互间比赛的胜负盘比率相同(5:5);按相互间比赛的胜负局比率:C 21:16、A 16:15、B 15:21。',
    ]);
  });
});

describe('ITTF individual events (best of five games)', () => {
  it('re-application changes the order, as in the team event', () => {
    const rows = standings({ ...sixTeams(false), rules: rules('table-tennis', 'ittf-individual') });
    expect(table(rows)).toEqual(['1 A 8 h2h:points', '2 B 8 h2h:set-ratio', '3 D 8 h2h:set-ratio', '4 C 8', '5 E 7', '6 F 6']);
  });

  it('a cyclic three-way tie: the games ratio among the three decides', () => {
    // A 3-0 B, B 3-1 C, C 3-2 A: 3 points each. Games: A 5:3 = 1.67, C 4:5 = 0.8, B 3:4 = 0.75.
    const rows = standings({
      teams: teams('A', 'B', 'C'),
      fixtures: [game('A', 3, 0, 'B'), game('B', 3, 1, 'C'), game('C', 3, 2, 'A')],
      rules: rules('table-tennis', 'ittf-individual'),
    });
    expect(table(rows)).toEqual(['1 A 3 h2h:set-ratio', '2 C 3 h2h:set-ratio', '3 B 3']);
  });
});

// Two level on wins: their match decides, whatever the game difference says.
// A 2-1 B, C 2-0 A, A 2-0 D, B 2-0 C, B 2-0 D, D 2-0 C. Wins: A 2, B 2, C 1, D 1.
// A beat B (though B's games are 5:2, A's 4:3); D beat C. Expected: A, B, D, C.
const twoLevel = {
  teams: teams('A', 'B', 'C', 'D'),
  fixtures: [game('A', 2, 1, 'B'), game('C', 2, 0, 'A'), game('A', 2, 0, 'D'), game('B', 2, 0, 'C'), game('B', 2, 0, 'D'), game('D', 2, 0, 'C')],
};

describe('BWF badminton: wins; two level — their match; three level — game, then point difference', () => {
  it('a cyclic three-way tie: games level, point difference separates one, and the two left go back to their match', () => {
    // A 2-1 B: 21-10 10-21 21-19 (A 52, B 50); B 2-1 C: 21-15 15-21 21-17 (B 57, C 53); C 2-1 A: 21-18 18-21 21-18 (C 60, A 57).
    // 1 win each; games 3:3 each (difference 0). Points: A +2 −3 = −1, B −2 +4 = +2, C −4 +3 = −1.
    // B first; A and C are two level: C beat A. Expected: B, C, A.
    const input = {
      teams: teams('A', 'B', 'C'),
      fixtures: [
        game('A', 2, 1, 'B', [
          [21, 10],
          [10, 21],
          [21, 19],
        ]),
        game('B', 2, 1, 'C', [
          [21, 15],
          [15, 21],
          [21, 17],
        ]),
        game('C', 2, 1, 'A', [
          [21, 18],
          [18, 21],
          [21, 18],
        ]),
      ],
      rules: rules('badminton', 'bwf'),
    };
    expect(table(standings(input))).toEqual(['1 B 1 score-difference', '2 C 1 h2h:wins', '3 A 1']);
    expect(notes(input)).toEqual([
      'B、C、A 胜场数相同(1)、净胜局(三队及以上相同时)相同(0);按净胜分(三队及以上相同时):B 2、C -1、A -1。',
      'C、A 净胜分(三队及以上相同时)相同(-1);按相互间比赛的胜场数(仅两队相同时):C 1、A 0。',
    ]);
  });

  it('two level on wins: head-to-head, not game difference', () => {
    expect(table(standings({ ...twoLevel, rules: rules('badminton', 'bwf') }))).toEqual(['1 A 2 h2h:wins', '2 B 2', '3 D 1 h2h:wins', '4 C 1']);
  });
});

describe('ATP round robin (tennis): wins; two level — head-to-head; three — sets, then games won', () => {
  it('matches played come before head-to-head: after a withdrawal a 2-1 record beats 2-0', () => {
    // ATP round-robin rule b) (checked against the Nitto ATP Finals rules page): greatest number of matches played.
    // W beats Y and Z, loses to X; X beats W and Y, and never played Z (Z withdrew); Y beats Z.
    // Wins: W 2, X 2, Y 1, Z 0. Played: W 3, X 2 → W above X although X won their match.
    const input = {
      teams: teams('W', 'X', 'Y', 'Z'),
      fixtures: [game('W', 2, 0, 'Y'), game('W', 2, 0, 'Z'), game('X', 2, 1, 'W'), game('X', 2, 0, 'Y'), game('Y', 2, 0, 'Z')],
      rules: rules('tennis', 'atp-round-robin'),
    };
    expect(table(standings(input))).toEqual(['1 W 2 played', '2 X 2', '3 Y 1', '4 Z 0']);
    expect(notes(input)).toEqual(['W、X 胜场数相同(2);按比赛场数:W 3、X 2。']);
  });

  it('a cyclic three-way tie of 2-1 wins: sets 3:3 each, the games ratio decides', () => {
    // A 2-1 B: 6-4 4-6 7-5 (A 17, B 15); B 2-1 C: 6-3 3-6 6-4 (B 15, C 13); C 2-1 A: 6-2 2-6 7-6 (C 15, A 14).
    // Games: A 31:30 = 1.033, B 30:30 = 1, C 28:29 = 0.966. Expected: A, B, C.
    const input = {
      teams: teams('A', 'B', 'C'),
      fixtures: [
        game('A', 2, 1, 'B', [
          [6, 4],
          [4, 6],
          [7, 5],
        ]),
        game('B', 2, 1, 'C', [
          [6, 3],
          [3, 6],
          [6, 4],
        ]),
        game('C', 2, 1, 'A', [
          [6, 2],
          [2, 6],
          [7, 6],
        ]),
      ],
      rules: rules('tennis', 'atp-round-robin'),
    };
    expect(table(standings(input))).toEqual(['1 A 1 score-ratio', '2 B 1 score-ratio', '3 C 1']);
    expect(notes(input)[0]).toBe(
      'A、B、C 胜场数相同(1)、比赛场数相同(2)、胜负盘比率(三队及以上相同时)相同(3:3);按胜负局比率(三队及以上相同时):A 31:30、B 30:30、C 28:29。',
    );
  });

  it('two level on wins: head-to-head', () => {
    expect(table(standings({ ...twoLevel, rules: rules('tennis', 'atp-round-robin') }))).toEqual(['1 A 2 h2h:wins', '2 B 2', '3 D 1 h2h:wins', '4 C 1']);
  });
});

describe('FIBA 3x3: wins; head-to-head only for two; average points scored, forfeits excluded', () => {
  it('a cyclic three-way tie: head-to-head does not apply to three, the average of points scored does', () => {
    // A 21-15 B, B 21-18 C, C 16-14 A: one win each. Averages: B (15+21)/2 = 18, A (21+14)/2 = 17.5, C (18+16)/2 = 17.
    const rows = standings({
      teams: teams('A', 'B', 'C'),
      fixtures: [game('A', 21, 15, 'B'), game('B', 21, 18, 'C'), game('C', 16, 14, 'A')],
      rules: rules('basketball-3x3', 'fiba-3x3'),
    });
    expect(table(rows)).toEqual(['1 B 3 avg:scored', '2 A 3 avg:scored', '3 C 3']);
  });

  it('the average leaves out a forfeit: A’s 35 points in two games beat B’s 52 in three', () => {
    // The cycle above, and each beats D: D forfeits to A (no score), B 16-14 D, C 17-12 D. Wins: A, B, C 2, D 0.
    // Averages over games played: A 35/2 = 17.5, B 52/3 = 17.33, C 51/3 = 17. Expected: A, B, C, D.
    // (Totals would give B, C, A; counting the forfeit as a game, A would be last.)
    const rows = standings({
      teams: teams('A', 'B', 'C', 'D'),
      fixtures: [
        game('A', 21, 15, 'B'),
        game('B', 21, 18, 'C'),
        game('C', 16, 14, 'A'),
        walkover('A', 'D', 'away'),
        game('B', 16, 14, 'D'),
        game('C', 17, 12, 'D'),
      ],
      rules: rules('basketball-3x3', 'fiba-3x3'),
    });
    expect(table(rows)).toEqual(['1 A 5 avg:scored', '2 B 5 avg:scored', '3 C 5', '4 D 2']);
    expect(rows.find((r) => r.team.id === 'D')).toMatchObject({ played: 3, lost: 3, walkoversGiven: 1, scoredMatches: 2 });
  });
});

describe('FIBA Appendix D: head-to-head points, difference, scored, restarted; then overall', () => {
  // A beats B 50-49, C 50-49, D 70-50; B 60-50 C, C 55-50 D, D 52-50 B; E and F beat A 50-40;
  // B, C, D beat E and F 50-40; E 50-40 F. A–D: 3 wins (2+2+2+1+1 = 8 points); E 7, F 6.
  // Among A–D: A 6 points. Re-applied to B, C, D: 3 points each; difference B +10 −2 = +8,
  // D −5 +2 = −3, C −10 +5 = −5 → B, D, C. Applied once with A's games: B +7, C −6, D −23 → B, C, D.
  const fixtures = [
    game('A', 50, 49, 'B'),
    game('A', 50, 49, 'C'),
    game('A', 70, 50, 'D'),
    game('B', 60, 50, 'C'),
    game('C', 55, 50, 'D'),
    game('D', 52, 50, 'B'),
    game('E', 50, 40, 'A'),
    game('F', 50, 40, 'A'),
    game('B', 50, 40, 'E'),
    game('B', 50, 40, 'F'),
    game('C', 50, 40, 'E'),
    game('C', 50, 40, 'F'),
    game('D', 50, 40, 'E'),
    game('D', 50, 40, 'F'),
    game('E', 50, 40, 'F'),
  ];
  it('re-application changes the order', () => {
    const rows = standings({ teams: teams('A', 'B', 'C', 'D', 'E', 'F'), fixtures, rules: rules('basketball-3x3', 'fiba') });
    expect(table(rows)).toEqual(['1 A 8 h2h:points', '2 B 8 h2h:score-difference', '3 D 8 h2h:score-difference', '4 C 8', '5 E 7', '6 F 6']);
    // The same data with re-application switched off gives B, C, D: the rule is what decides.
    const once: Tiebreak = { ...PRESETS.fiba, reapply: false };
    expect(
      table(standings({ teams: teams('A', 'B', 'C', 'D', 'E', 'F'), fixtures, rules: { ...rules('basketball-3x3', 'fiba'), tiebreak: once } })).slice(1, 4),
    ).toEqual(['2 B 8 h2h:score-difference', '3 C 8 h2h:score-difference', '4 D 8']);
  });

  it('a cyclic three-way tie level among themselves goes to overall point difference', () => {
    // A 50-40 B, B 50-40 C, C 50-40 A: among them 3 points, 0 difference, 90 scored each.
    // Against D: A 60-40, B 55-40, C 50-40. Points 5 each; overall A +20, B +15, C +10.
    const rows = standings({
      teams: teams('A', 'B', 'C', 'D'),
      fixtures: [
        game('A', 50, 40, 'B'),
        game('B', 50, 40, 'C'),
        game('C', 50, 40, 'A'),
        game('A', 60, 40, 'D'),
        game('B', 55, 40, 'D'),
        game('C', 50, 40, 'D'),
      ],
      rules: rules('basketball-3x3', 'fiba'),
    });
    expect(table(rows)).toEqual(['1 A 5 score-difference', '2 B 5 score-difference', '3 C 5', '4 D 3']);
  });
});

describe('points, walkovers, adjustments, lots', () => {
  it('a double walkover: both teams lose and score the walkover points, nobody wins', () => {
    const rows = standings({ teams: teams('A', 'B'), fixtures: [walkover('A', 'B', 'both')], rules: rules('football-5', 'uefa') });
    expect(rows.map((r) => [r.team.id, r.played, r.won, r.drawn, r.lost, r.points, r.walkoversGiven])).toEqual([
      ['A', 1, 0, 0, 1, 0, 1],
      ['B', 1, 0, 0, 1, 0, 1],
    ]);
  });

  it('a point deduction, with its reason, can change the order; drawing of lots is the last resort', () => {
    // Badminton, legacy order points, set ratio, lots: M beat N, N beat O, O beat M — 1 each. M −2.
    // Lots drawn: O, N. Sets all 2-0, so the set ratio cannot separate N and O. Expected: O, N, M.
    const rows = standings({
      teams: teams('M', 'N', 'O'),
      fixtures: [game('M', 2, 0, 'N'), game('N', 2, 0, 'O'), game('O', 2, 0, 'M')],
      rules: rulesFor('badminton', undefined, ['points', 'set-ratio', 'lots']),
      adjustments: [{ team: 'M', points: -2, reason: '报名材料弄虚作假' }],
      lots: ['O', 'N'],
    });
    expect(table(rows)).toEqual(['1 O 1 lots', '2 N 1', '3 M -1']);
    expect(rows[2]!.adjustment).toBe(-2);
  });

  it('a league overrides the preset’s points and the points by sets', () => {
    expect(table(standings({ teams: teams('A', 'B'), fixtures: [game('A', 1, 0, 'B')], rules: rulesFor('football-5', { win: 2, draw: 1 }) }))).toEqual([
      '1 A 2',
      '2 B 0',
    ]);
    const bySets = rulesFor('air-volleyball', { bySets: [{ sets: '2-1', winner: 3, loser: 0 }] });
    expect(
      table(
        standings({
          teams: teams('X', 'Y'),
          fixtures: [
            game('X', 2, 1, 'Y', [
              [21, 18],
              [19, 21],
              [15, 12],
            ]),
          ],
          rules: bySets,
        }),
      ),
    ).toEqual(['1 X 3', '2 Y 0']);
  });

  it('teams that nothing separates share the place, and the note says so', () => {
    const input = { teams: teams('A', 'B'), fixtures: [game('A', 1, 1, 'B')], rules: rules('football-5', 'uefa') };
    expect(table(standings(input))).toEqual(['1 A 1', '1 B 1']);
    // UEFA ends in lots, and none were entered: the note says the place is shared until they are drawn.
    expect(notes(input)[0]).toMatch(
      /^A、B 积分相同\(1\)、相互间比赛的积分相同\(1\).*净胜球相同\(0\).*抽签之前的排名规则都无法区分,名次暂时并列,待组委会抽签决定。$/,
    );
    // A legacy order without lots: nothing left to draw, the place is simply shared.
    const noLots = { ...input, rules: rulesFor('football-5', undefined, ['points', 'scored']) };
    expect(notes(noLots)[0]).toBe('A、B 积分相同(1)、进球数相同(1),所有排名规则都无法区分,名次并列。');
  });
});

/** A small deterministic generator, so that the property test is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

describe('every note is true (property)', () => {
  const sports: [Sport, (r: () => number) => Fixture['result']][] = [
    ['football-5', (r) => ({ home: Math.floor(r() * 3), away: Math.floor(r() * 3), sets: [] })],
    [
      'basketball-3x3',
      (r) => {
        const a = 10 + Math.floor(r() * 4);
        const b = 10 + Math.floor(r() * 4);
        return { home: a === b ? a + 1 : a, away: b, sets: [] };
      },
    ],
    [
      'badminton',
      (r) => {
        const w = r() < 0.5;
        const three = r() < 0.5;
        return { home: w ? 2 : three ? 1 : 0, away: w ? (three ? 1 : 0) : 2, sets: [] };
      },
    ],
    [
      'volleyball',
      (r) => {
        const w = r() < 0.5;
        const l = Math.floor(r() * 3);
        return { home: w ? 3 : l, away: w ? l : 3, sets: [] };
      },
    ],
  ];
  it('claims equality only where the figures are equal, and orders by the figures it quotes', () => {
    let checked = 0;
    for (const [sport, result] of sports) {
      for (const preset of PRESET_IDS) {
        for (let seed = 1; seed <= 12; seed++) {
          const r = random(seed * 97 + preset.length);
          const ids = ['A', 'B', 'C', 'D', 'E'].slice(0, 3 + Math.floor(r() * 3));
          const fixtures: Fixture[] = [];
          ids.forEach((h, i) =>
            ids.slice(i + 1).forEach((a) => {
              if (r() < 0.9)
                fixtures.push({
                  round: `${h}-${a}`,
                  stage: 'group',
                  home: h,
                  away: a,
                  result: r() < 0.05 ? { home: 0, away: 0, sets: [], walkover: 'home' } : result(r),
                });
            }),
          );
          const input = { teams: teams(...ids), fixtures, rules: rules(sport, preset), lots: r() < 0.5 ? [...ids].reverse() : [] };
          const { rows, steps } = standingsTable(input);
          const order = rows.map((row) => row.team.id);
          const byId = new Map(rows.map((row) => [row.team.id, row]));
          /** The figure recomputed independently of the engine's own bookkeeping. */
          const figure = (id: string, c: Parameters<typeof criterionId>[0], among: string[] | undefined) => {
            if (c.stat === 'lots') return input.lots.includes(id) ? -input.lots.indexOf(id) : -Infinity;
            // No cards are entered here, so fair play must have been skipped, never quoted.
            if (c.stat === 'fair-play') throw new Error(`fair play quoted without cards: ${preset} ${sport} seed ${seed}`);
            const s = among
              ? tally(
                  teams(...among),
                  fixtures.filter((f) => among.includes(f.home) && among.includes(f.away)),
                  input.rules,
                ).get(id)!
              : byId.get(id)!;
            return statValue(c.stat, s, c.average).n;
          };
          for (const step of steps) {
            // The group sits together in the table, in the order the step gives.
            const at = order.indexOf(step.teams[0]!);
            expect(order.slice(at, at + step.teams.length)).toEqual(step.teams);
            for (const level of step.level) {
              for (const id of step.teams)
                expect(
                  figure(id, level.criterion, level.among),
                  `${preset} ${sport} seed ${seed}: ${describeStep(step, 'zh-CN', input.rules.vocabulary, (x) => x)}`,
                ).toBe(level.value.n);
              checked++;
            }
            if (step.by) {
              const values = step.teams.map((id) => figure(id, step.by!, step.among));
              expect(values.map((v, i) => v === step.values![step.teams[i]!]!.n)).not.toContain(false);
              expect([...values].sort((a, b) => b - a)).toEqual(values);
              expect(new Set(values).size).toBeGreaterThan(1);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('knockout', () => {
  it('gives the top seeds the byes: five teams, bracket of eight, three byes', () => {
    expect(firstRound(['s1', 's2', 's3', 's4', 's5'])).toEqual([{ home: 's1' }, { home: 's4', away: 's5' }, { home: 's2' }, { home: 's3' }]);
  });

  it('shows byes where a team first plays in a later round, and carries winners: walkovers, penalties, double walkovers', () => {
    const ko = (round: string, home: string, away: string, h?: number, a?: number, more: Partial<NonNullable<Fixture['result']>> = {}): Fixture => ({
      round,
      stage: 'knockout',
      home,
      away,
      result: h === undefined ? undefined : { home: h, away: a!, sets: [], ...more },
    });
    const rounds = bracket([
      ko('R1', 'd', 'e', 2, 2, { penalties: { home: 3, away: 4 } }),
      ko('SF', 'a', 'e', 2, 0),
      ko('SF', 'b', 'c', 0, 0, { walkover: 'both' }),
      ko('F', 'a', 'c', 0, 0, { walkover: 'away' }),
    ]);
    expect(rounds.map((r) => [r.name, r.matches.map((m) => `${m.home}-${m.away ?? 'bye'}>${m.winner ?? '?'}`)])).toEqual([
      ['R1', ['d-e>e', 'a-bye>a', 'b-bye>b', 'c-bye>c']],
      ['SF', ['a-e>a', 'b-c>?']],
      ['F', ['a-c>a']],
    ]);
  });
});

describe('forfeits with the sport’s defined result (not walkovers)', () => {
  const forfeit = (home: string, away: string, gave: 'home' | 'away'): Fixture => ({
    round: `${home}-${away}`,
    stage: 'group',
    home,
    away,
    result: { home: 0, away: 0, sets: [], forfeit: gave },
  });
  const s25: [number, number][] = [
    [25, 20],
    [20, 25],
    [25, 20],
    [25, 20],
  ];

  it('3x3: a forfeit is w-0 — a win for A, no points scored, left out of the average', () => {
    // As the walkover table above, but D forfeits to A (FIBA 3x3: recorded w-0, no points awarded):
    // A 21-15 B, B 21-18 C, C 16-14 A, D forfeits to A, B 16-14 D, C 17-12 D. Wins: A, B, C 2, D 0.
    // Averages over games with a score: A (21+14)/2 = 17.5, B (15+21+16)/3 = 17.33, C (18+16+17)/3 = 17.
    // Expected: A, B, C, D; D has one forfeit, two games with a score; the result reads "w : 0".
    const input = {
      teams: teams('A', 'B', 'C', 'D'),
      fixtures: [
        game('A', 21, 15, 'B'),
        game('B', 21, 18, 'C'),
        game('C', 16, 14, 'A'),
        forfeit('A', 'D', 'away'),
        game('B', 16, 14, 'D'),
        game('C', 17, 12, 'D'),
      ],
      rules: rules('basketball-3x3', 'fiba-3x3'),
    };
    const { rows, steps } = standingsTable(input);
    expect(table(rows)).toEqual(['1 A 5 avg:scored', '2 B 5 avg:scored', '3 C 5', '4 D 2']);
    expect(rows.find((r) => r.team.id === 'D')).toMatchObject({ played: 3, lost: 3, forfeitsGiven: 1, walkoversGiven: 0, scoredMatches: 2, scoreFor: 26 });
    expect(rows.find((r) => r.team.id === 'A')).toMatchObject({ won: 2, scoredMatches: 2, scoreFor: 35, scoreAgainst: 31 });
    expect(resultText(input.fixtures[3]!, 'zh-CN', (id) => id, input.rules)).toEqual({ score: 'w : 0', badges: ['弃权判负: D'], detail: undefined });
    const model = tableModel({ rows, steps }, input.rules, 'zh-CN');
    expect(model.forfeits).toEqual(['D 弃权判负 1 场,按规定记 w-0,不计得分,这些场次不计入得失分和场均得分;积 0 分。']);
    expect(model.walkovers).toEqual([]);
    expect(tableModel({ rows, steps }, input.rules, 'en').forfeits[0]).toMatch(/^D lost 1 match\(es\) by forfeit, recorded as w-0: no score is awarded/);
    expect(rulesLines(input.rules, 'zh-CN')).toContain('弃权判负按规定记 w-0。');
  });

  it('volleyball: a forfeit counts 3-0 with sets of 25-0, and that decides the set ratio', () => {
    // FIVB (wins, points, set ratio, point ratio…). P 3-1 Q; Q forfeits to R (3-0, 25-0 ×3);
    // S 3-1 P; S 3-1 R (all 3-1s: 25-20, 20-25, 25-20, 25-20).
    // Wins: S 2, P 1, R 1, Q 0. Points: S 6, P 3, R 3, Q 0 (a forfeit scores 0).
    // P and R level on wins and points. Sets: P 3:1 + 1:3 = 4:4 (1.0); R 3:0 + 1:3 = 4:3 (1.33).
    // Expected: S, R, P, Q — R above P by the set ratio. (As a walkover, R would have 1:3 and be below P.)
    const volleyball = rules('volleyball', 'fivb');
    const input = {
      teams: teams('P', 'Q', 'R', 'S'),
      fixtures: [game('P', 3, 1, 'Q', s25), forfeit('Q', 'R', 'home'), game('S', 3, 1, 'P', s25), game('S', 3, 1, 'R', s25)],
      rules: volleyball,
    };
    const { rows, steps } = standingsTable(input);
    expect(table(rows)).toEqual(['1 S 6', '2 R 3 set-ratio', '3 P 3', '4 Q 0']);
    // R's points: 75:0 from the forfeit, 85:95 against S.
    expect(rows.find((r) => r.team.id === 'R')).toMatchObject({ setsFor: 4, setsAgainst: 3, scoreFor: 160, scoreAgainst: 95, scoredMatches: 2 });
    expect(notes(input)).toContain('R、P 胜场数相同(1)、积分相同(3);按胜负局比率:R 4:3、P 4:4。');
    expect(resultText(input.fixtures[1]!, 'zh-CN', (id) => id, volleyball)).toEqual({ score: '0 : 3', badges: ['弃权判负: Q'], detail: '0-25, 0-25, 0-25' });
    expect(tableModel({ rows, steps }, volleyball, 'zh-CN').forfeits).toEqual(['Q 弃权判负 1 场,按规定记 3-0 (25-0, 25-0, 25-0),计入得失分;积 0 分。']);
    // A best-of-three league awards as many sets as win its match.
    expect(rules('volleyball', 'fivb', { bestOf: 3 }).forfeit).toEqual({
      text: '2-0 (25-0, 25-0)',
      score: [2, 0],
      sets: [
        [25, 0],
        [25, 0],
      ],
    });
  });
});

describe('fair play and the drawing of lots entered by the organisers', () => {
  // A 1-0 B, B 1-0 C, C 1-0 A: 3 points each, everything level among them and overall (1:1, one win).
  // Cards: A two yellows; B one direct red; C one sending-off for a second yellow.
  // FIFA (yellow 1, indirect red 3, direct red 4): A 2, C 3, B 4 → A, C, B by fair play.
  // UEFA (yellow 1, red 3 whichever way): A 2, B 3, C 3 → A first; B and C level → lots.
  const cycle = [game('A', 1, 0, 'B'), game('B', 1, 0, 'C'), game('C', 1, 0, 'A')];
  const fairPlay = { A: { yellow: 2 }, B: { red: 1 }, C: { secondYellow: 1 } };

  it('FIFA: fair-play points decide after head-to-head, fewest first', () => {
    const input = { teams: teams('A', 'B', 'C'), fixtures: cycle, rules: rules('football-5', 'fifa'), fairPlay };
    expect(table(standings(input))).toEqual(['1 A 3 fair-play', '2 C 3 fair-play', '3 B 3']);
    expect(notes(input).at(-1)).toMatch(/^A、C、B 积分相同\(3\)、.*;按公平竞赛扣分\(少者在前\):A 2、C 3、B 4。$/);
  });

  it('UEFA: disciplinary points leave B and C level; the lots the organisers entered decide, and the note says so', () => {
    const input = { teams: teams('A', 'B', 'C'), fixtures: cycle, rules: rules('football-5', 'uefa'), fairPlay, lots: ['C', 'B'] };
    expect(table(standings(input))).toEqual(['1 A 3 fair-play', '2 C 3 lots', '3 B 3']);
    expect(notes(input).at(-1)).toBe('C、B 公平竞赛扣分(少者在前)相同(3);抽签决定:C、B。');
    expect(notes(input, 'en').at(-1)).toBe('C, B are level on fair-play points (fewer first) (3); decided by drawing of lots: C, B.');
  });

  it('without lots entered, the teams share the place and the note says lots are still to be drawn', () => {
    const input = { teams: teams('A', 'B', 'C'), fixtures: cycle, rules: rules('football-5', 'uefa'), fairPlay };
    expect(table(standings(input))).toEqual(['1 A 3 fair-play', '2 B 3', '2 C 3']);
    expect(notes(input).at(-1)).toBe('B、C 公平竞赛扣分(少者在前)相同(3),抽签之前的排名规则都无法区分,名次暂时并列,待组委会抽签决定。');
  });

  it('without cards entered, fair play is skipped (never quoted as level) and lots decide as before', () => {
    const input = { teams: teams('A', 'B', 'C'), fixtures: cycle, rules: rules('football-5', 'fifa'), lots: ['B', 'C', 'A'] };
    expect(table(standings(input))).toEqual(['1 B 3 lots', '2 C 3 lots', '3 A 3']);
    const note = notes(input).at(-1)!;
    expect(note).not.toMatch(/公平竞赛/);
    expect(note).toMatch(/;抽签决定:B、C、A。$/);
  });
});
