/**
 * How teams are ranked: an ordered list of criteria, each comparing one figure over all of a
 * team's matches or over the matches among the tied teams only (head-to-head), as a total or a
 * per-match average, optionally only when a given number of teams is tied; and whether the
 * head-to-head criteria are applied again to the teams still level once some were separated.
 * The presets below follow published rule books; each names its source.
 */

/** Figures a criterion can compare (higher is better). */
export type Stat =
  'points' | 'wins' | 'played' | 'set-ratio' | 'set-difference' | 'game-ratio' | 'score-ratio' | 'score-difference' | 'scored' | 'fair-play' | 'lots';

/** Cards a team received over the competition, by the kinds fair-play rules weigh differently (one per player and match). */
export interface Cards {
  /** a single yellow card */
  yellow: number;
  /** a second yellow card in the same match, and the red that follows (indirect red) */
  secondYellow: number;
  /** a direct red card */
  red: number;
  /** a yellow card and then a direct red card in the same match */
  yellowRed: number;
}

/** What each kind of card costs in fair-play (disciplinary) points; fewer points rank higher. */
export type FairPlayWeights = Cards;

export interface Criterion {
  stat: Stat;
  /** counted over the matches among the tied teams only (head-to-head) */
  among?: boolean;
  /** per match played (walkovers excluded) rather than the total */
  average?: boolean;
  /** applies only when exactly two teams are tied, or only when three or more are */
  only?: 'two' | 'three-or-more';
  /** `fair-play`: the points each kind of card costs */
  weights?: FairPlayWeights;
}

export interface Tiebreak {
  /** all of them, the first (usually points) included: nothing is added silently */
  criteria: readonly Criterion[];
  /**
   * When a head-to-head criterion splits a group and some teams are still level, the
   * head-to-head criteria start again from the first of them, counting only the matches among
   * those teams (UEFA, ITTF). Otherwise the teams still level go on to the next criterion with
   * the head-to-head figures of the whole group (applied once).
   */
  reapply: boolean;
}

export const PRESET_IDS = [
  'uefa',
  'fifa',
  'cfa-5',
  'fivb',
  'community-air-volleyball',
  'ittf-team',
  'ittf-individual',
  'bwf',
  'atp-round-robin',
  'fiba-3x3',
  'fiba',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

const all = (stat: Stat, more: Omit<Criterion, 'stat'> = {}): Criterion => ({ stat, ...more });
/** FIFA World Cup regulations 2022 art. 32.5 g): yellow −1, indirect red −3, direct red −4, yellow and direct red −5. */
export const FIFA_FAIR_PLAY: FairPlayWeights = { yellow: 1, secondYellow: 3, red: 4, yellowRed: 5 };
/** UEFA club competition regulations, disciplinary points: yellow card 1, red card 3 (a sending-off for two yellows 3; a yellow and then a red 1 + 3). */
export const UEFA_DISCIPLINARY: FairPlayWeights = { yellow: 1, secondYellow: 3, red: 3, yellowRed: 4 };
const h2h = (stat: Stat, more: Omit<Criterion, 'stat' | 'among'> = {}): Criterion => ({ stat, among: true, ...more });

/**
 * Sources, in words (the same text is in docs/sports.md and the UI strings `tiebreakSource.*`):
 * - uefa: UEFA Champions League / Futsal Champions League regulations, "equality of points":
 *   points, goal difference, goals scored in the matches among the teams concerned; if still
 *   level, those criteria again among the teams still level only; then overall goal difference,
 *   goals scored, wins; lower disciplinary points (yellow 1, red 3: entered as the league's
 *   `fairPlay` cards, skipped when none are entered); (the club coefficient is not kept) then lots.
 * - fifa: FIFA World Cup regulations (2022, art. 32.5): overall goal difference and goals scored
 *   first, then points, goal difference and goals scored among the teams concerned, applied once;
 *   fair-play conduct points (yellow −1, indirect red −3, direct red −4, yellow and direct red −5;
 *   skipped when the league entered no cards); then lots.
 * - cfa-5: the usual wording of Chinese Football Association amateur five-a-side competition rules
 *   (竞赛规程): points, then the matches among the tied teams once (points, goal difference, goals),
 *   then overall goal difference and goals scored, then lots. Check the event's own 竞赛规程.
 * - fivb: FIVB Sports Regulations (Volleyball Nations League ranking): matches won, match points,
 *   set ratio, point ratio; if still level, the same among the tied teams; then lots.
 * - community-air-volleyball: the site's 气排球 league rules (points, wins, set ratio, point ratio,
 *   then the results among the tied teams, lots).
 * - ittf-team / ittf-individual: ITTF Handbook 3.7.5: match points; if equal, only the matches
 *   among the tied teams, successively match points, the ratio of individual matches (rubbers,
 *   team events), games and points; teams placed at any stage are left out of the rest.
 * - bwf: BWF General Competition Regulations (round-robin ranking): matches won; two tied — the
 *   winner of their match; three or more — game difference, then point difference, falling back
 *   to the match between two still level; then lots.
 * - atp-round-robin: ATP Rulebook (round-robin events): wins; matches played (a 2-1 record beats
 *   2-0 when a player withdrew); two tied — head-to-head; three tied — percentage of sets won,
 *   then of games won, falling back to head-to-head for two; then ranking (here: lots).
 * - fiba-3x3: FIBA 3x3 Official Rules, pool ranking: wins; head-to-head only when two teams are
 *   tied; average points scored (forfeits excluded); then seeding (here: lots).
 * - fiba: FIBA Official Basketball Rules, Appendix D: classification points; among the tied teams
 *   classification points, point difference and points scored, restarting for teams still level;
 *   then overall point difference and points scored; lots.
 */
export const PRESETS: Record<PresetId, Tiebreak> = {
  uefa: {
    criteria: [
      all('points'),
      h2h('points'),
      h2h('score-difference'),
      h2h('scored'),
      all('score-difference'),
      all('scored'),
      all('wins'),
      all('fair-play', { weights: UEFA_DISCIPLINARY }),
      all('lots'),
    ],
    reapply: true,
  },
  fifa: {
    criteria: [
      all('points'),
      all('score-difference'),
      all('scored'),
      h2h('points'),
      h2h('score-difference'),
      h2h('scored'),
      all('fair-play', { weights: FIFA_FAIR_PLAY }),
      all('lots'),
    ],
    reapply: false,
  },
  'cfa-5': {
    criteria: [all('points'), h2h('points'), h2h('score-difference'), h2h('scored'), all('score-difference'), all('scored'), all('lots')],
    reapply: false,
  },
  fivb: {
    criteria: [all('wins'), all('points'), all('set-ratio'), all('score-ratio'), h2h('wins'), h2h('points'), h2h('set-ratio'), h2h('score-ratio'), all('lots')],
    reapply: false,
  },
  'community-air-volleyball': { criteria: [all('points'), all('wins'), all('set-ratio'), all('score-ratio'), h2h('points'), all('lots')], reapply: false },
  'ittf-team': { criteria: [all('points'), h2h('points'), h2h('set-ratio'), h2h('game-ratio'), h2h('score-ratio'), all('lots')], reapply: true },
  'ittf-individual': { criteria: [all('points'), h2h('points'), h2h('set-ratio'), h2h('score-ratio'), all('lots')], reapply: true },
  bwf: {
    criteria: [
      all('wins'),
      h2h('wins', { only: 'two' }),
      all('set-difference', { only: 'three-or-more' }),
      h2h('wins', { only: 'two' }),
      all('score-difference', { only: 'three-or-more' }),
      h2h('wins', { only: 'two' }),
      all('lots'),
    ],
    reapply: false,
  },
  'atp-round-robin': {
    criteria: [
      all('wins'),
      all('played'),
      h2h('wins', { only: 'two' }),
      all('set-ratio', { only: 'three-or-more' }),
      h2h('wins', { only: 'two' }),
      all('score-ratio', { only: 'three-or-more' }),
      h2h('wins', { only: 'two' }),
      all('lots'),
    ],
    reapply: false,
  },
  'fiba-3x3': { criteria: [all('wins'), h2h('wins', { only: 'two' }), all('scored', { average: true }), all('lots')], reapply: false },
  fiba: {
    criteria: [all('points'), h2h('points'), h2h('score-difference'), h2h('scored'), all('score-difference'), all('scored'), all('lots')],
    reapply: true,
  },
};

/** The criteria of older content (`tiebreakers:`), written as a plain order; head-to-head is points among the tied teams, once. */
export const LEGACY_TIEBREAKERS = ['points', 'wins', 'head-to-head', 'set-ratio', 'score-ratio', 'score-difference', 'scored', 'lots'] as const;
export type LegacyTiebreaker = (typeof LEGACY_TIEBREAKERS)[number];

export function legacyTiebreak(order: readonly LegacyTiebreaker[]): Tiebreak {
  return { criteria: order.map((name) => (name === 'head-to-head' ? h2h('points') : all(name))), reapply: false };
}

/** A short id for a criterion, as tests and data attributes show it: "h2h:points", "avg:scored", "set-ratio". */
export function criterionId(c: Criterion): string {
  return `${c.among ? 'h2h:' : ''}${c.average ? 'avg:' : ''}${c.stat}`;
}
