/**
 * The league table, computed from results the way a referee would: points from the sport's
 * rules, then the league's tie-break criteria (src/lib/sports/tiebreak.ts). Every split of a
 * group of level teams is recorded as a step — which teams were level on what, which criterion
 * separated them with each team's figure, and for head-to-head the mini-table of their matches —
 * so that the "why this rank" notes are written from the decision actually taken.
 */
import type { Scoring, SportRules } from './rules.ts';
import { criterionId, type Cards, type Criterion, type Stat } from './tiebreak.ts';

export interface Team {
  id: string;
  name: string;
  group?: string | undefined;
}

export interface Game {
  home: number;
  away: number;
}

/** One rubber of a team tie (e.g. one of the five matches of a 赛克杯 tie), with its game scores. */
export interface Rubber {
  games: Game[];
  homePlayers?: string | undefined;
  awayPlayers?: string | undefined;
}

export interface Result {
  /** goals, points, sets won, or rubbers won in a team tie */
  home: number;
  away: number;
  sets: Game[];
  rubbers?: Rubber[] | undefined;
  /** the side that gave a walkover (did not play); `both`: neither team turned up. No score counts. */
  walkover?: 'home' | 'away' | 'both' | undefined;
  /**
   * the side that lost by forfeit, where the sport defines the forfeit result (rules.forfeit:
   * 3x3 "w-0", volleyball 3-0 with 25-0 sets); the defined score counts, not the one entered
   */
  forfeit?: 'home' | 'away' | undefined;
  /** the score includes extra time */
  extraTime?: boolean | undefined;
  /** the penalty shoot-out of a knockout match level after (extra) time */
  penalties?: Game | undefined;
}

export interface Fixture {
  round: string;
  stage: 'group' | 'knockout';
  home: string;
  away: string;
  result?: Result | undefined;
}

export interface Adjustment {
  team: string;
  points: number;
  reason: string;
}

export interface Stats {
  team: Team;
  played: number;
  /** matches with a score (walkovers and scoreless forfeits such as 3x3's w-0 excluded), the divisor of averages */
  scoredMatches: number;
  won: number;
  drawn: number;
  lost: number;
  walkoversGiven: number;
  /** matches lost by forfeit with the sport's defined result */
  forfeitsGiven: number;
  /** sets (games in badminton and table tennis, rubbers in a team tie) */
  setsFor: number;
  setsAgainst: number;
  /** games inside the rubbers of team ties */
  gamesFor: number;
  gamesAgainst: number;
  /** goals, points, or points (games in tennis) inside the sets */
  scoreFor: number;
  scoreAgainst: number;
  adjustment: number;
  points: number;
}

export interface Row extends Stats {
  rank: number;
  /** the criterion that put this team above the next one, when the first criterion left them level */
  separatedBy?: Criterion | undefined;
  /** the teams level with it on the first criterion (including itself) */
  levelWith?: string[] | undefined;
}

/** A team's figure for a criterion: the number compared, and how it is written. */
export interface Value {
  n: number;
  text: string;
}

export interface Level {
  criterion: Criterion;
  value: Value;
  /** head-to-head: the teams whose matches among themselves were counted */
  among?: string[] | undefined;
}

/** One decision: a group of teams level on `level`, split (or not) by `by`. */
export interface Step {
  /** the group, in its final order */
  teams: string[];
  /** what every team of the group had equal, in the order it was checked */
  level: Level[];
  /** the criterion that split the group; undefined when nothing did and they share a place */
  by?: Criterion | undefined;
  /** each team's figure for `by` */
  values?: Record<string, Value> | undefined;
  /** the parts, best first, each level on `by` */
  parts: string[][];
  /** head-to-head: the teams counted and their mini-table (in the group's final order) */
  among?: string[] | undefined;
  mini?: Stats[] | undefined;
  /** nothing split the group and the rules end in lots that the organisers have not drawn (or entered) yet */
  awaitingLots?: boolean | undefined;
}

export interface Table {
  rows: Row[];
  steps: Step[];
}

interface Outcome {
  homePoints: number;
  awayPoints: number;
  winner?: 'home' | 'away' | undefined;
  /** both sides lost (double walkover) */
  bothLost?: boolean;
}

/** What a result is worth to each side under the league's scoring. */
export function outcome(result: Result, scoring: Scoring): Outcome {
  if (result.walkover === 'both') return { homePoints: scoring.walkoverLoss, awayPoints: scoring.walkoverLoss, bothLost: true };
  const gave = result.walkover ?? result.forfeit;
  if (gave) {
    const winner = gave === 'home' ? 'away' : 'home';
    return { winner, homePoints: winner === 'home' ? scoring.win : scoring.walkoverLoss, awayPoints: winner === 'away' ? scoring.win : scoring.walkoverLoss };
  }
  if (result.home === result.away) return { homePoints: scoring.draw, awayPoints: scoring.draw };
  const winner = result.home > result.away ? 'home' : 'away';
  const [w, l] = winner === 'home' ? [result.home, result.away] : [result.away, result.home];
  const [winnerPoints, loserPoints] = scoring.bySets?.[`${w}-${l}`] ?? [scoring.win, scoring.loss];
  return { winner, homePoints: winner === 'home' ? winnerPoints : loserPoints, awayPoints: winner === 'away' ? winnerPoints : loserPoints };
}

const sum = (games: readonly Game[], side: 'home' | 'away') => games.reduce((s, g) => s + g[side], 0);

export function tally(teams: readonly Team[], fixtures: readonly Fixture[], rules: SportRules, adjustments: readonly Adjustment[] = []): Map<string, Stats> {
  const stats = new Map<string, Stats>(
    teams.map((team) => [
      team.id,
      {
        team,
        played: 0,
        scoredMatches: 0,
        won: 0,
        drawn: 0,
        lost: 0,
        walkoversGiven: 0,
        forfeitsGiven: 0,
        setsFor: 0,
        setsAgainst: 0,
        gamesFor: 0,
        gamesAgainst: 0,
        scoreFor: 0,
        scoreAgainst: 0,
        adjustment: 0,
        points: 0,
      },
    ]),
  );
  for (const fixture of fixtures) {
    const result = fixture.result;
    const home = stats.get(fixture.home);
    const away = stats.get(fixture.away);
    if (!result || !home || !away) continue;
    const { homePoints, awayPoints, winner, bothLost } = outcome(result, rules.scoring);
    home.played++;
    away.played++;
    home.points += homePoints;
    away.points += awayPoints;
    if (bothLost) {
      home.lost++;
      away.lost++;
    } else if (!winner) {
      home.drawn++;
      away.drawn++;
    } else {
      (winner === 'home' ? home : away).won++;
      (winner === 'home' ? away : home).lost++;
    }
    const add = (h: number, a: number, key: 'sets' | 'games' | 'score') => {
      home[`${key}For`] += h;
      home[`${key}Against`] += a;
      away[`${key}For`] += a;
      away[`${key}Against`] += h;
    };
    if (result.forfeit && !result.walkover) {
      (result.forfeit === 'home' ? home : away).forfeitsGiven++;
      const awarded = rules.forfeit;
      // Without a defined score (3x3's w-0) the game counts for wins only, never in scores or averages.
      if (!awarded?.score) continue;
      const homeWon = result.forfeit === 'away';
      const [w, l] = awarded.score;
      home.scoredMatches++;
      away.scoredMatches++;
      if (!rules.setBased) add(homeWon ? w : l, homeWon ? l : w, 'score');
      else {
        add(homeWon ? w : l, homeWon ? l : w, 'sets');
        const sets = awarded.sets ?? [];
        const winnerPoints = sets.reduce((s, [x]) => s + x, 0);
        const loserPoints = sets.reduce((s, [, y]) => s + y, 0);
        add(homeWon ? winnerPoints : loserPoints, homeWon ? loserPoints : winnerPoints, 'score');
      }
      continue;
    }
    if (result.walkover) {
      if (result.walkover !== 'away') home.walkoversGiven++;
      if (result.walkover !== 'home') away.walkoversGiven++;
      // A walkover has no score: it counts in points and wins, never in sets or goals.
      continue;
    }
    home.scoredMatches++;
    away.scoredMatches++;
    if (!rules.setBased) {
      add(result.home, result.away, 'score');
    } else if (rules.rubbers) {
      // A team tie: the result counts rubbers; the rubbers' games and their points follow.
      add(result.home, result.away, 'sets');
      const games = (result.rubbers ?? []).flatMap((r) => r.games);
      add(games.filter((g) => g.home > g.away).length, games.filter((g) => g.away > g.home).length, 'games');
      add(sum(games, 'home'), sum(games, 'away'), 'score');
    } else {
      add(result.home, result.away, 'sets');
      add(sum(result.sets, 'home'), sum(result.sets, 'away'), 'score');
    }
  }
  for (const adjustment of adjustments) {
    const team = stats.get(adjustment.team);
    if (team) {
      team.adjustment += adjustment.points;
      team.points += adjustment.points;
    }
  }
  return stats;
}

const ratioValue = (a: number, b: number): Value => ({ n: b === 0 ? (a === 0 ? 1 : Infinity) : a / b, text: `${a}:${b}` });
const countValue = (n: number): Value => ({ n, text: String(n) });

/** A figure of a team's tally (overall or among the tied teams). */
export function statValue(stat: Exclude<Stat, 'lots' | 'fair-play'>, s: Stats, average = false): Value {
  if (average) {
    const total = statValue(stat, s).n;
    const n = s.scoredMatches ? total / s.scoredMatches : 0;
    return { n, text: String(Math.round(n * 100) / 100) };
  }
  switch (stat) {
    case 'points':
      return countValue(s.points);
    case 'wins':
      return countValue(s.won);
    case 'played':
      return countValue(s.played);
    case 'set-ratio':
      return ratioValue(s.setsFor, s.setsAgainst);
    case 'set-difference':
      return countValue(s.setsFor - s.setsAgainst);
    case 'game-ratio':
      return ratioValue(s.gamesFor, s.gamesAgainst);
    case 'score-ratio':
      return ratioValue(s.scoreFor, s.scoreAgainst);
    case 'score-difference':
      return countValue(s.scoreFor - s.scoreAgainst);
    case 'scored':
      return countValue(s.scoreFor);
  }
}

export interface StandingsInput {
  teams: readonly Team[];
  fixtures: readonly Fixture[];
  rules: SportRules;
  adjustments?: readonly Adjustment[];
  /** team ids in the order lots were drawn, best first */
  lots?: readonly string[];
  /** cards by team id, for the fair-play criterion; without any the criterion is skipped */
  fairPlay?: Readonly<Record<string, Partial<Cards>>>;
}

/** A team's fair-play (disciplinary) points under the criterion's weights: fewer is better, so the figure compared is negative. */
export function fairPlayValue(cards: Partial<Cards> | undefined, weights: Cards): Value {
  const points =
    (cards?.yellow ?? 0) * weights.yellow +
    (cards?.secondYellow ?? 0) * weights.secondYellow +
    (cards?.red ?? 0) * weights.red +
    (cards?.yellowRed ?? 0) * weights.yellowRed;
  return { n: -points, text: String(points) };
}

const NO_WEIGHTS: Cards = { yellow: 1, secondYellow: 3, red: 3, yellowRed: 4 };

/** The table with the decision steps behind it. */
export function standingsTable({ teams, fixtures, rules, adjustments = [], lots = [], fairPlay = {} }: StandingsInput): Table {
  const stats = tally(teams, fixtures, rules, adjustments);
  const { criteria, reapply } = rules.tiebreak;
  const steps: Step[] = [];
  /** pairs (upper id → criterion) where a step put one team directly above the next */
  const boundary = new Map<string, Criterion>();

  const valuesOf = (c: Criterion, group: Stats[], among: Stats[] | undefined): Map<string, Value> => {
    if (c.stat === 'lots') {
      return new Map(
        group.map((s) => {
          const drawn = lots.indexOf(s.team.id);
          return [s.team.id, drawn === -1 ? { n: -Infinity, text: '—' } : { n: -drawn, text: String(drawn + 1) }];
        }),
      );
    }
    if (c.stat === 'fair-play') return new Map(group.map((s) => [s.team.id, fairPlayValue(fairPlay[s.team.id], c.weights ?? NO_WEIGHTS)]));
    const stat = c.stat;
    if (among) {
      const ids = new Set(among.map((s) => s.team.id));
      const mini = tally(
        among.map((s) => s.team),
        fixtures.filter((f) => ids.has(f.home) && ids.has(f.away)),
        rules,
      );
      return new Map(group.map((s) => [s.team.id, statValue(stat, mini.get(s.team.id)!, c.average)]));
    }
    return new Map(group.map((s) => [s.team.id, statValue(stat, s, c.average)]));
  };

  const firstOfBlock = (i: number) => {
    let j = i;
    while (j > 0 && criteria[j - 1]!.among) j--;
    return j;
  };

  const hasFairPlay = Object.values(fairPlay).some((cards) => Object.values(cards).some((n) => n));
  const rank = (group: Stats[], start: number, base: Stats[] | undefined, level: Level[]): Stats[] => {
    if (group.length < 2) return group;
    let awaitingLots = false;
    for (let i = start; i < criteria.length; i++) {
      const c = criteria[i]!;
      if ((c.only === 'two' && group.length !== 2) || (c.only === 'three-or-more' && group.length < 3)) continue;
      // Without data a criterion says nothing (and no note claims the teams were "level" on it):
      // no cards entered, or lots not (yet) drawn for any of these teams.
      if (c.stat === 'fair-play' && !hasFairPlay) continue;
      if (c.stat === 'lots' && !group.some((s) => lots.includes(s.team.id))) {
        awaitingLots = true;
        continue;
      }
      const among = c.among ? (base ?? group) : undefined;
      base = among;
      const values = valuesOf(c, group, among);
      const amongIds = among?.map((s) => s.team.id);
      const distinct = [...new Set([...values.values()].map((v) => v.n))].sort((a, b) => b - a);
      if (distinct.length < 2) {
        level = [...level, { criterion: c, value: values.get(group[0]!.team.id)!, among: amongIds }];
        continue;
      }
      const step: Step = { teams: [], level, by: c, values: Object.fromEntries(values), parts: [], among: amongIds };
      if (among) {
        const ids = new Set(amongIds);
        step.mini = [
          ...tally(
            among.map((s) => s.team),
            fixtures.filter((f) => ids.has(f.home) && ids.has(f.away)),
            rules,
          ).values(),
        ];
      }
      steps.push(step);
      const ordered: Stats[] = [];
      for (const n of distinct) {
        const part = group.filter((s) => values.get(s.team.id)!.n === n);
        const partLevel: Level[] = [{ criterion: c, value: values.get(part[0]!.team.id)!, among: amongIds }];
        const inner = c.among && reapply ? rank(part, firstOfBlock(i), undefined, partLevel) : rank(part, i + 1, c.among ? among : undefined, partLevel);
        if (ordered.length) boundary.set(ordered[ordered.length - 1]!.team.id, c);
        step.parts.push(inner.map((s) => s.team.id));
        ordered.push(...inner);
      }
      step.teams = ordered.map((s) => s.team.id);
      if (step.mini) step.mini.sort((a, b) => step.teams.indexOf(a.team.id) - step.teams.indexOf(b.team.id));
      return ordered;
    }
    // Nothing separates them (not even lots): they share the place, in name order.
    const shared = [...group].sort((a, b) => a.team.name.localeCompare(b.team.name, 'zh-CN'));
    steps.push({ teams: shared.map((s) => s.team.id), level, parts: [shared.map((s) => s.team.id)], awaitingLots: awaitingLots || undefined });
    return shared;
  };

  const ranked = rank([...stats.values()], 0, undefined, []);
  const first = criteria[0];
  const firstValue = (s: Stats) => (first && first.stat !== 'lots' && first.stat !== 'fair-play' ? statValue(first.stat, s, first.average).n : 0);
  const rows: Row[] = [];
  ranked.forEach((s, index) => {
    const previous = rows[index - 1];
    const by = boundary.get(s.team.id);
    const levelWith = ranked.filter((r) => firstValue(r) === firstValue(s)).map((r) => r.team.id);
    rows.push({
      ...s,
      rank: previous && !boundary.has(previous.team.id) ? previous.rank : index + 1,
      separatedBy: by && by !== first ? by : undefined,
      levelWith: levelWith.length > 1 ? levelWith : undefined,
    });
  });
  return { rows, steps };
}

/** The rows alone. */
export function standings(input: StandingsInput): Row[] {
  return standingsTable(input).rows;
}

export { criterionId };
