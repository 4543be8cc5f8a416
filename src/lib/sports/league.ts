/** Everything a league page shows, computed from a league's content: tables, bracket, state. */
import { rulesFor, type Sport, type SportRules, type ScoringOverride, type Tiebreaker } from './rules.ts';
import { standingsTable, type Adjustment, type Fixture, type Row, type Step } from './standings.ts';
import { bracket, type BracketRound } from './bracket.ts';
import type { Cards, PresetId } from './tiebreak.ts';

/**
 * The part of a league entry the table, bracket and state are computed from: the collection's
 * data (CollectionEntry<'leagues'>['data']) fits it, and so does what the CMS preview builds
 * from the editor's form, so that both show the same thing.
 */
export interface League {
  sport: Sport;
  format: 'round-robin' | 'double-round-robin' | 'groups-knockout' | 'knockout';
  scoring?: ScoringOverride | undefined;
  tiebreakers?: readonly Tiebreaker[] | undefined;
  tiebreakPreset?: PresetId | undefined;
  bestOf?: number | undefined;
  rubbers?: number | undefined;
  teams: readonly { id: string; name: string; group?: string | undefined }[];
  fixtures: readonly (Fixture & { time: Date })[];
  adjustments: readonly Adjustment[];
  lots?: readonly string[] | undefined;
  /** cards per team for the fair-play criterion (UEFA, FIFA presets) */
  fairPlay?: readonly ({ team: string } & Partial<Cards>)[] | undefined;
}

export interface LeagueTable {
  /** the group's name, for leagues played in groups */
  group?: string | undefined;
  rows: Row[];
  /** the decisions behind the order, for the notes and mini-tables */
  steps: Step[];
}

export interface LeagueView {
  rules: SportRules;
  tables: LeagueTable[];
  bracket: BracketRound[];
  state: 'upcoming' | 'current' | 'finished';
}

export function leagueRules(league: League): SportRules {
  return rulesFor(league.sport, league.scoring, league.tiebreakers, { preset: league.tiebreakPreset, bestOf: league.bestOf, rubbers: league.rubbers });
}

function state(league: League, now: Date): LeagueView['state'] {
  const played = league.fixtures.filter((f) => f.result);
  if (league.fixtures.length && played.length === league.fixtures.length) return 'finished';
  if (!played.length && league.fixtures.every((f) => f.time > now)) return 'upcoming';
  return 'current';
}

export function leagueView(league: League, now: Date): LeagueView {
  const rules = leagueRules(league);
  const groupFixtures = league.fixtures.filter((f) => f.stage === 'group');
  const table = (teams: League['teams'], group?: string): LeagueTable => ({
    group,
    ...standingsTable({
      teams: teams.map((t) => ({ id: t.id, name: t.name, group: t.group })),
      fixtures: groupFixtures.filter((f) => teams.some((t) => t.id === f.home) && teams.some((t) => t.id === f.away)),
      rules,
      adjustments: league.adjustments.filter((a) => teams.some((t) => t.id === a.team)),
      lots: league.lots ?? [],
      fairPlay: Object.fromEntries((league.fairPlay ?? []).map(({ team, ...cards }) => [team, cards])),
    }),
  });
  const groups = [...new Set(league.teams.map((t) => t.group).filter((g): g is string => Boolean(g)))].sort();
  const tables =
    league.format === 'knockout'
      ? []
      : league.format === 'groups-knockout' && groups.length
        ? groups.map((g) =>
            table(
              league.teams.filter((t) => t.group === g),
              g,
            ),
          )
        : [table(league.teams)];
  return { rules, tables, bracket: bracket(league.fixtures), state: state(league, now) };
}

const ORDER = { current: 0, upcoming: 1, finished: 2 } as const;

/** Leagues under way first, then those about to start, then finished ones; latest first within each. */
export function sortLeagues<T extends { data: League }>(leagues: readonly T[], now: Date): T[] {
  const last = (l: League) => Math.max(0, ...l.fixtures.map((f) => f.time.getTime()));
  return [...leagues].sort((a, b) => ORDER[state(a.data, now)] - ORDER[state(b.data, now)] || last(b.data) - last(a.data));
}
