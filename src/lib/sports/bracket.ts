/** Knockout brackets: seeding with byes, and the rounds as played, winners carried forward. */
import type { Fixture } from './standings.ts';

/** Slot order of a seeded bracket of `size` (a power of two): 1 v 8, 4 v 5, 2 v 7, 3 v 6 for 8. */
function seedOrder(size: number): number[] {
  let order = [1];
  while (order.length < size) {
    const next = order.length * 2 + 1;
    order = order.flatMap((seed) => [seed, next - seed]);
  }
  return order;
}

export interface Pairing {
  home: string;
  /** undefined: a bye, `home` goes through */
  away?: string | undefined;
}

/** First-round pairings for seeded teams (best first); the top seeds get the byes. */
export function firstRound(seeds: readonly string[]): Pairing[] {
  let size = 1;
  while (size < seeds.length) size *= 2;
  const slots = seedOrder(size).map((seed) => seeds[seed - 1]);
  const pairings: Pairing[] = [];
  for (let i = 0; i < slots.length; i += 2) {
    const [a, b] = [slots[i], slots[i + 1]];
    if (a && b) pairings.push({ home: a, away: b });
    else if (a ?? b) pairings.push({ home: (a ?? b)! });
  }
  return pairings;
}

export interface BracketMatch {
  home: string;
  away?: string | undefined;
  fixture?: Fixture | undefined;
  /** the team that goes through, once known */
  winner?: string | undefined;
}

export interface BracketRound {
  name: string;
  matches: BracketMatch[];
}

function winnerOf(fixture: Fixture): string | undefined {
  const result = fixture.result;
  if (!result) return undefined;
  if (result.walkover === 'both') return undefined;
  const gave = result.walkover ?? result.forfeit;
  if (gave) return gave === 'home' ? fixture.away : fixture.home;
  if (result.home === result.away) {
    // Level after (extra) time: the penalty shoot-out decides.
    const pens = result.penalties;
    return pens && pens.home !== pens.away ? (pens.home > pens.away ? fixture.home : fixture.away) : undefined;
  }
  return result.home > result.away ? fixture.home : fixture.away;
}

/**
 * The knockout rounds in the order the content lists them. A team that first plays in a later
 * round had a bye in the round before, shown as such.
 */
export function bracket(fixtures: readonly Fixture[]): BracketRound[] {
  const knockout = fixtures.filter((f) => f.stage === 'knockout');
  const names = [...new Set(knockout.map((f) => f.round))];
  const rounds: BracketRound[] = names.map((name) => ({
    name,
    matches: knockout.filter((f) => f.round === name).map((fixture) => ({ home: fixture.home, away: fixture.away, fixture, winner: winnerOf(fixture) })),
  }));
  for (let r = 1; r < rounds.length; r++) {
    const played = new Set(rounds[r - 1]!.matches.flatMap((m) => [m.home, m.away]));
    for (const team of rounds[r]!.matches.flatMap((m) => [m.home, m.away])) {
      if (team && !played.has(team)) rounds[r - 1]!.matches.push({ home: team, winner: team });
    }
  }
  return rounds;
}
