/**
 * Per-sport rules: how a result scores in the table, which set scores can happen, and the
 * default order of tie-breakers. Each preset says which rule book it follows; a league may
 * override the points (`scoring`) and the order (`tiebreakers`) in its content.
 */
export type Sport = 'table-tennis' | 'badminton' | 'tennis' | 'basketball-3x3' | 'football-5' | 'air-volleyball';
export type Tiebreaker = 'points' | 'wins' | 'head-to-head' | 'set-ratio' | 'score-ratio' | 'score-difference' | 'scored' | 'lots';

export interface Scoring {
  win: number;
  draw: number;
  loss: number;
  /** points of a team that gave a walkover (did not turn up, or forfeited) */
  walkoverLoss: number;
  /** set-based sports: points by the sets won, e.g. "2-1" → [2, 1] (winner, loser) */
  bySets?: Record<string, [number, number]>;
}

export interface SportRules {
  /** whether a result counts sets (games, rubbers) rather than points or goals */
  setBased: boolean;
  /** sets needed to win a match, for set-based sports */
  setsToWin?: number;
  draws: boolean;
  scoring: Scoring;
  tiebreakers: Tiebreaker[];
  /** whether one set (game) score is possible; `decider` for the last possible set */
  validSet?: (winner: number, loser: number, decider: boolean) => boolean;
}

/** A game won at `target` with a two-point lead, going on past deuce; `cap` ends it (badminton: 30). */
const rallyGame = (target: number, cap = Infinity) => (winner: number, loser: number) =>
  winner === cap ? loser === cap - 1 || loser === cap - 2 : winner >= target && winner - loser >= 2 && (winner === target || winner - loser === 2);

export const SPORT_RULES: Record<Sport, SportRules> = {
  // Team event, five rubbers, first to three. ITTF Handbook 3.7.5: 2 points for a tie won,
  // 1 for a tie lost, 0 for a tie not played or not completed; games to 11, two clear (2.11).
  'table-tennis': {
    setBased: true,
    setsToWin: 3,
    draws: false,
    scoring: { win: 2, draw: 0, loss: 1, walkoverLoss: 0 },
    tiebreakers: ['points', 'head-to-head', 'set-ratio', 'score-ratio', 'lots'],
    validSet: rallyGame(11),
  },
  // Matches best of three games (BWF Laws 7): games to 21, two clear, 30-29 at most;
  // 1 point per match won, as in BWF team championships' group stages.
  badminton: {
    setBased: true,
    setsToWin: 2,
    draws: false,
    scoring: { win: 1, draw: 0, loss: 0, walkoverLoss: 0 },
    tiebreakers: ['points', 'head-to-head', 'set-ratio', 'score-difference', 'lots'],
    validSet: rallyGame(21, 30),
  },
  // ITF: sets to 6 with a two-game lead, 7-5, or 7-6 after a tie-break; 1 point per match won.
  tennis: {
    setBased: true,
    setsToWin: 2,
    draws: false,
    scoring: { win: 1, draw: 0, loss: 0, walkoverLoss: 0 },
    tiebreakers: ['points', 'head-to-head', 'set-ratio', 'score-ratio', 'lots'],
    validSet: (w, l) => (w === 6 && l <= 4) || (w === 7 && (l === 5 || l === 6)),
  },
  // FIBA Official Basketball Rules D.1.1: 2 points per win, 1 per loss, 0 for a forfeit;
  // ties by head-to-head, then point difference, then points scored (D.1.3).
  'basketball-3x3': {
    setBased: false,
    draws: false,
    scoring: { win: 2, draw: 0, loss: 1, walkoverLoss: 0 },
    tiebreakers: ['points', 'head-to-head', 'score-difference', 'scored', 'lots'],
  },
  // FIFA futsal competitions: 3 points per win, 1 per draw; ties by head-to-head, goal
  // difference, goals scored.
  'football-5': {
    setBased: false,
    draws: true,
    scoring: { win: 3, draw: 1, loss: 0, walkoverLoss: 0 },
    tiebreakers: ['points', 'head-to-head', 'score-difference', 'scored', 'lots'],
  },
  // 气排球 (air volleyball), best of three: sets to 21, the decider to 15, two clear. Points as in
  // volleyball (FIVB 3-0/3-1 → 3, 3-2 → 2 and 1) scaled to three sets: 2-0 → 3-0, 2-1 → 2-1.
  'air-volleyball': {
    setBased: true,
    setsToWin: 2,
    draws: false,
    scoring: { win: 3, draw: 0, loss: 0, walkoverLoss: 0, bySets: { '2-0': [3, 0], '2-1': [2, 1] } },
    tiebreakers: ['points', 'wins', 'set-ratio', 'score-ratio', 'head-to-head', 'lots'],
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

export function rulesFor(sport: Sport, overrides?: ScoringOverride, tiebreakers?: Tiebreaker[]): SportRules {
  const preset = SPORT_RULES[sport];
  const { bySets, ...points } = overrides ?? {};
  const scoring: Scoring = { ...preset.scoring, ...Object.fromEntries(Object.entries(points).filter(([, v]) => v !== undefined)) };
  if (bySets?.length) scoring.bySets = Object.fromEntries(bySets.map((row) => [row.sets, [row.winner, row.loser] as [number, number]]));
  return { ...preset, scoring, tiebreakers: tiebreakers?.length ? tiebreakers : preset.tiebreakers };
}
