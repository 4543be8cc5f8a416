/**
 * Per-sport rules: how a result scores in the table, which game (set) scores can happen, how many
 * games make a match, and the default tie-break preset (src/lib/sports/tiebreak.ts). A league may
 * choose best-of-N (`bestOf`), make its matches team ties of rubbers (`rubbers`), override the
 * points (`scoring`) and choose another preset or its own order of criteria.
 */
import { PRESETS, legacyTiebreak, type PresetId, type Tiebreak, type LegacyTiebreaker } from './tiebreak.ts';

/** Every sport a league can be of: the schema's choice and the rules table below both follow this list. */
export const SPORTS = ['table-tennis', 'badminton', 'tennis', 'basketball-3x3', 'football-5', 'volleyball', 'air-volleyball'] as const;
export type Sport = (typeof SPORTS)[number];
export type { LegacyTiebreaker as Tiebreaker } from './tiebreak.ts';

/**
 * The words a sport uses for its units, which name the columns and criteria (UI-string keys with
 * this suffix override the plain ones): football counts goals (净胜球); volleyball sets (局) and
 * points; badminton and table tennis games (局) and points; tennis sets (盘) and games (局);
 * a table-tennis team tie rubbers (盘), games (局) and points.
 */
export type Vocabulary = 'goals' | 'points' | 'sets' | 'games' | 'tennis' | 'rubbers';

export interface Scoring {
  win: number;
  draw: number;
  loss: number;
  /** points of a team that gave a walkover (did not turn up, or forfeited) */
  walkoverLoss: number;
  /** set-based sports: points by the sets won, e.g. "2-1" → [2, 1] (winner, loser) */
  bySets?: Record<string, [number, number]>;
}

/**
 * A forfeit as the sport's rules record it, distinct from a plain walkover (which counts no
 * score): the score awarded to the side that did not forfeit, or none (3x3's "w-0"), and
 * whether that score counts in the figures (totals, ratios, averages).
 */
export interface ForfeitRule {
  /** how the result is written, winner first: "w-0", "3-0" */
  text: string;
  /** the awarded score, winner first; undefined when the rules award none (the game then counts for wins only) */
  score?: [number, number] | undefined;
  /** set scores awarded, winner first (volleyball: 25-0 three times) */
  sets?: [number, number][] | undefined;
}

export interface SportRules {
  sport: Sport;
  /** the sport's defined forfeit result; undefined: only walkovers can be entered */
  forfeit?: ForfeitRule | undefined;
  /** whether a result counts sets (games, rubbers) rather than points or goals */
  setBased: boolean;
  /** games (sets) in a match, best of N; for team ties, games in each rubber */
  bestOf?: number | undefined;
  /** team ties: rubbers in a tie, best of N (the result counts rubbers won) */
  rubbers?: number | undefined;
  /** sets (rubbers, for team ties) a side needs to win the match */
  setsToWin?: number | undefined;
  draws: boolean;
  /** knockout matches level after normal (and extra) time go to penalties */
  penalties: boolean;
  scoring: Scoring;
  tiebreak: Tiebreak;
  /** the preset `tiebreak` came from; undefined when the league wrote its own order */
  preset?: PresetId | undefined;
  vocabulary: Vocabulary;
  /** whether one game (set) score is possible; `decider` for the last possible game */
  validSet?: (winner: number, loser: number, decider: boolean) => boolean;
}

/**
 * A game won at `target` with a two-point lead, going on past deuce; `cap` ends it (badminton:
 * at 29-all the side scoring the 30th point wins, so 30-29 and 30-28 are the only scores at 30 and
 * nothing goes beyond).
 */
export const rallyGame =
  (target: number, cap = Infinity) =>
  (winner: number, loser: number) => {
    if (winner > cap) return false;
    if (winner === cap) return loser === cap - 1 || loser === cap - 2;
    // Won at the target with a two-point lead, or after deuce (both past target − 1) by exactly two.
    return winner === target ? loser <= target - 2 : winner > target && winner - loser === 2 && loser >= target - 1;
  };

/** Tennis: a set to six games with a two-game lead, 7-5, or 7-6 after a tie-break. */
const tennisSet = (w: number, l: number) => (w === 6 && l <= 4) || (w === 7 && (l === 5 || l === 6));

interface SportPreset extends Omit<SportRules, 'tiebreak' | 'preset' | 'setsToWin' | 'sport'> {
  preset: PresetId;
}

export const SPORT_RULES: Record<Sport, SportPreset> = {
  // ITTF Handbook 3.7.5: 2 points for a match (tie) won, 1 for a match lost, 0 for a match not
  // played; games to 11, two clear (2.11); individual matches best of five games by default.
  'table-tennis': {
    setBased: true,
    bestOf: 5,
    draws: false,
    penalties: false,
    scoring: { win: 2, draw: 0, loss: 1, walkoverLoss: 0 },
    preset: 'ittf-individual',
    vocabulary: 'games',
    validSet: rallyGame(11),
  },
  // BWF Laws 7: best of three games to 21, two clear, 30 at most; 1 point per match won.
  badminton: {
    setBased: true,
    bestOf: 3,
    draws: false,
    penalties: false,
    scoring: { win: 1, draw: 0, loss: 0, walkoverLoss: 0 },
    preset: 'bwf',
    vocabulary: 'games',
    validSet: rallyGame(21, 30),
  },
  // ITF Rules of Tennis: sets to six with a two-game lead, 7-5, or 7-6 after a tie-break; best of three sets.
  tennis: {
    setBased: true,
    bestOf: 3,
    draws: false,
    penalties: false,
    scoring: { win: 1, draw: 0, loss: 0, walkoverLoss: 0 },
    preset: 'atp-round-robin',
    vocabulary: 'tennis',
    validSet: tennisSet,
  },
  // FIBA 3x3: the pool ranking counts wins; 2 points per win, 1 per loss, 0 for a forfeit as in FIBA D.1.1.
  // A forfeit is recorded "w-0" (w for win): no points are awarded, so the game counts for wins
  // only and is left out of the average of points scored (docs/sports.md: source).
  'basketball-3x3': {
    setBased: false,
    forfeit: { text: 'w-0' },
    draws: false,
    penalties: false,
    scoring: { win: 2, draw: 0, loss: 1, walkoverLoss: 0 },
    preset: 'fiba-3x3',
    vocabulary: 'points',
  },
  // Futsal: 3 points per win, 1 per draw; knockouts level after extra time go to penalties.
  'football-5': { setBased: false, draws: true, penalties: true, scoring: { win: 3, draw: 1, loss: 0, walkoverLoss: 0 }, preset: 'uefa', vocabulary: 'goals' },
  // FIVB: best of five sets to 25, the fifth to 15, two clear; 3-0/3-1 → 3 and 0, 3-2 → 2 and 1.
  // A forfeited match: 0 points, recorded 3-0 with sets of 25-0 (Volleyball World's ranking
  // system pages for FIVB competitions), which count in the set and point ratios.
  volleyball: {
    setBased: true,
    forfeit: {
      text: '3-0 (25-0, 25-0, 25-0)',
      score: [3, 0],
      sets: [
        [25, 0],
        [25, 0],
        [25, 0],
      ],
    },
    bestOf: 5,
    draws: false,
    penalties: false,
    scoring: { win: 3, draw: 0, loss: 0, walkoverLoss: 0, bySets: { '3-0': [3, 0], '3-1': [3, 0], '3-2': [2, 1] } },
    preset: 'fivb',
    vocabulary: 'sets',
    validSet: (w, l, decider) => rallyGame(decider ? 15 : 25)(w, l),
  },
  // 气排球 (air volleyball), best of three: sets to 21, the decider to 15, two clear. Points as in
  // volleyball scaled to three sets: 2-0 → 3 and 0, 2-1 → 2 and 1; best of five as volleyball.
  'air-volleyball': {
    setBased: true,
    bestOf: 3,
    draws: false,
    penalties: false,
    scoring: { win: 3, draw: 0, loss: 0, walkoverLoss: 0, bySets: { '2-0': [3, 0], '2-1': [2, 1], '3-0': [3, 0], '3-1': [3, 0], '3-2': [2, 1] } },
    preset: 'community-air-volleyball',
    vocabulary: 'sets',
    validSet: (w, l, decider) => rallyGame(decider ? 15 : 21)(w, l),
  },
};

export interface ScoringOverride {
  win?: number | undefined;
  draw?: number | undefined;
  loss?: number | undefined;
  walkoverLoss?: number | undefined;
  /** points by sets, e.g. [{ sets: '2-1', winner: 2, loser: 1 }]; replaces the preset's table */
  bySets?: { sets: string; winner: number; loser: number }[] | undefined;
}

export interface LeagueRulesInput {
  scoring?: ScoringOverride | undefined;
  /** the league's own order of criteria (older content); wins over `preset` */
  tiebreakers?: readonly LegacyTiebreaker[] | undefined;
  preset?: PresetId | undefined;
  bestOf?: number | undefined;
  rubbers?: number | undefined;
}

export function rulesFor(
  sport: Sport,
  overrides?: ScoringOverride,
  tiebreakers?: readonly LegacyTiebreaker[],
  options: Omit<LeagueRulesInput, 'scoring' | 'tiebreakers'> = {},
): SportRules {
  const { preset: defaultPreset, ...base } = SPORT_RULES[sport];
  const { bySets, ...points } = overrides ?? {};
  const scoring: Scoring = { ...base.scoring, ...Object.fromEntries(Object.entries(points).filter(([, v]) => v !== undefined)) };
  if (bySets?.length) scoring.bySets = Object.fromEntries(bySets.map((row) => [row.sets, [row.winner, row.loser] as [number, number]]));
  const rubbers = options.rubbers;
  const bestOf = options.bestOf ?? base.bestOf;
  // A table-tennis team tie (赛克杯) is ranked by ITTF's team procedure unless the league chose another.
  const preset = tiebreakers?.length ? undefined : (options.preset ?? (sport === 'table-tennis' && rubbers ? 'ittf-team' : defaultPreset));
  const setsToWin = rubbers ? Math.ceil(rubbers / 2) : bestOf ? Math.ceil(bestOf / 2) : undefined;
  // A forfeit awarded in sets is as many sets as win the league's match (volleyball best of three: 2-0, 25-0 twice).
  const forfeitSet = base.forfeit?.sets?.[0];
  const forfeit =
    base.forfeit && forfeitSet && setsToWin && !rubbers
      ? {
          text: `${setsToWin}-0 (${Array<string>(setsToWin).fill(forfeitSet.join('-')).join(', ')})`,
          score: [setsToWin, 0] as [number, number],
          sets: Array<[number, number]>(setsToWin).fill(forfeitSet),
        }
      : rubbers
        ? undefined
        : base.forfeit;
  return {
    ...base,
    forfeit,
    sport,
    bestOf,
    rubbers,
    setsToWin,
    vocabulary: rubbers ? 'rubbers' : base.vocabulary,
    scoring,
    preset,
    tiebreak: preset ? PRESETS[preset] : legacyTiebreak(tiebreakers!),
  };
}
