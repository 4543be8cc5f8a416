/**
 * The league table, computed from results the way a referee would: points from the sport's
 * rules, then the league's ordered tie-breakers. Where teams are level on points, each row says
 * which rule separated it from the team below it ("why this rank").
 */
import type { Scoring, SportRules, Tiebreaker } from './rules.ts';

export interface Team {
  id: string;
  name: string;
  group?: string | undefined;
}

export interface Result {
  home: number;
  away: number;
  sets: { home: number; away: number }[];
  /** the side that gave a walkover (forfeit) */
  walkover?: 'home' | 'away' | undefined;
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

export interface Row {
  team: Team;
  rank: number;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  walkoversGiven: number;
  setsFor: number;
  setsAgainst: number;
  scoreFor: number;
  scoreAgainst: number;
  adjustment: number;
  points: number;
  /** when level on points with the next team: the rule that put this team above it */
  separatedBy?: Tiebreaker | undefined;
  /** the teams it was level with on points (including itself) */
  levelWith?: string[] | undefined;
}

interface Outcome {
  homePoints: number;
  awayPoints: number;
  winner?: 'home' | 'away';
}

/** What a result is worth to each side under the league's scoring. */
export function outcome(result: Result, scoring: Scoring): Outcome {
  if (result.walkover) {
    const winner = result.walkover === 'home' ? 'away' : 'home';
    return { winner, homePoints: winner === 'home' ? scoring.win : scoring.walkoverLoss, awayPoints: winner === 'away' ? scoring.win : scoring.walkoverLoss };
  }
  if (result.home === result.away) return { homePoints: scoring.draw, awayPoints: scoring.draw };
  const winner = result.home > result.away ? 'home' : 'away';
  const [w, l] = winner === 'home' ? [result.home, result.away] : [result.away, result.home];
  const [winnerPoints, loserPoints] = scoring.bySets?.[`${w}-${l}`] ?? [scoring.win, scoring.loss];
  return { winner, homePoints: winner === 'home' ? winnerPoints : loserPoints, awayPoints: winner === 'away' ? winnerPoints : loserPoints };
}

type Stats = Omit<Row, 'rank' | 'separatedBy' | 'levelWith'>;

function tally(teams: readonly Team[], fixtures: readonly Fixture[], rules: SportRules, adjustments: readonly Adjustment[] = []): Map<string, Stats> {
  const stats = new Map<string, Stats>(
    teams.map((team) => [team.id, { team, played: 0, won: 0, drawn: 0, lost: 0, walkoversGiven: 0, setsFor: 0, setsAgainst: 0, scoreFor: 0, scoreAgainst: 0, adjustment: 0, points: 0 }]),
  );
  for (const fixture of fixtures) {
    const result = fixture.result;
    const home = stats.get(fixture.home);
    const away = stats.get(fixture.away);
    if (!result || !home || !away) continue;
    const { homePoints, awayPoints, winner } = outcome(result, rules.scoring);
    home.played++;
    away.played++;
    home.points += homePoints;
    away.points += awayPoints;
    if (!winner) {
      home.drawn++;
      away.drawn++;
    } else {
      (winner === 'home' ? home : away).won++;
      (winner === 'home' ? away : home).lost++;
    }
    if (result.walkover) (result.walkover === 'home' ? home : away).walkoversGiven++;
    // Set-based sports: the result counts sets; the set scores count points. Others: the result is the score.
    const setsHome = rules.setBased ? result.home : 0;
    const setsAway = rules.setBased ? result.away : 0;
    const scoreHome = rules.setBased ? result.sets.reduce((s, set) => s + set.home, 0) : result.home;
    const scoreAway = rules.setBased ? result.sets.reduce((s, set) => s + set.away, 0) : result.away;
    home.setsFor += setsHome;
    home.setsAgainst += setsAway;
    away.setsFor += setsAway;
    away.setsAgainst += setsHome;
    home.scoreFor += scoreHome;
    home.scoreAgainst += scoreAway;
    away.scoreFor += scoreAway;
    away.scoreAgainst += scoreHome;
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

const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? 1 : Infinity) : a / b);

/** The value each tie-breaker compares (higher is better), for the teams of a tied group. */
function criterionValues(criterion: Tiebreaker, group: Stats[], fixtures: readonly Fixture[], rules: SportRules, lots: readonly string[]): Map<string, number> {
  if (criterion === 'head-to-head') {
    // A mini-league of the matches between the tied teams only.
    const ids = new Set(group.map((s) => s.team.id));
    const among = fixtures.filter((f) => ids.has(f.home) && ids.has(f.away));
    const mini = tally(group.map((s) => s.team), among, rules);
    return new Map(group.map((s) => [s.team.id, mini.get(s.team.id)!.points]));
  }
  const value = (s: Stats): number => {
    switch (criterion) {
      case 'points':
        return s.points;
      case 'wins':
        return s.won;
      case 'set-ratio':
        return ratio(s.setsFor, s.setsAgainst);
      case 'score-ratio':
        return ratio(s.scoreFor, s.scoreAgainst);
      case 'score-difference':
        return s.scoreFor - s.scoreAgainst;
      case 'scored':
        return s.scoreFor;
      case 'lots': {
        const drawn = lots.indexOf(s.team.id);
        return drawn === -1 ? -Infinity : -drawn;
      }
    }
  };
  return new Map(group.map((s) => [s.team.id, value(s)]));
}

interface Ranked {
  stats: Stats;
  separatedBy?: Tiebreaker | undefined;
}

/**
 * Orders a group of teams level so far. The first criterion that tells any of them apart splits
 * the group; each part still level is ordered again from the first criterion, so that a
 * head-to-head mini-league is re-computed among the teams that remain level.
 */
function rankGroup(group: Stats[], criteria: readonly Tiebreaker[], fixtures: readonly Fixture[], rules: SportRules, lots: readonly string[]): Ranked[] {
  if (group.length < 2) return group.map((stats) => ({ stats }));
  for (const criterion of criteria) {
    const values = criterionValues(criterion, group, fixtures, rules, lots);
    const distinct = [...new Set(values.values())].sort((a, b) => b - a);
    if (distinct.length < 2) continue;
    const ranked: Ranked[] = [];
    for (const value of distinct) {
      const part = group.filter((s) => values.get(s.team.id) === value);
      const inner = rankGroup(part, criteria, fixtures, rules, lots);
      // The last team of this part was separated from the next part by this criterion.
      inner[inner.length - 1]!.separatedBy ??= criterion;
      ranked.push(...inner);
    }
    ranked[ranked.length - 1]!.separatedBy = undefined;
    return ranked;
  }
  // Nothing separates them (not even lots): they share the place, in name order.
  return [...group].sort((a, b) => a.team.name.localeCompare(b.team.name, 'zh-CN')).map((stats) => ({ stats }));
}

export interface StandingsInput {
  teams: readonly Team[];
  fixtures: readonly Fixture[];
  rules: SportRules;
  adjustments?: readonly Adjustment[];
  /** team ids in the order lots were drawn, best first */
  lots?: readonly string[];
}

export function standings({ teams, fixtures, rules, adjustments = [], lots = [] }: StandingsInput): Row[] {
  const stats = tally(teams, fixtures, rules, adjustments);
  const criteria = rules.tiebreakers.includes('points') ? rules.tiebreakers : ['points' as const, ...rules.tiebreakers];
  const ranked = rankGroup([...stats.values()], criteria, fixtures, rules, lots);
  const rows: Row[] = [];
  ranked.forEach(({ stats: s, separatedBy }, index) => {
    const previous = rows[index - 1];
    const tiedWithPrevious = previous && !ranked[index - 1]!.separatedBy;
    const levelWith = ranked.filter((r) => r.stats.points === s.points).map((r) => r.stats.team.id);
    rows.push({
      ...s,
      rank: tiedWithPrevious ? previous.rank : index + 1,
      separatedBy: separatedBy === 'points' ? undefined : separatedBy,
      levelWith: levelWith.length > 1 ? levelWith : undefined,
    });
  });
  return rows;
}
