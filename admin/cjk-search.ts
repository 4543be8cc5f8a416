/**
 * Decap's collection search scores matches with the `fuzzy` package and drops every match that
 * scores 5 or less (decap-cms-core backend.ts `search`: `.filter(({ score }) => score > 5)`).
 * `fuzzy` scores consecutive characters 1, 2+1, … so a two-character word scores 4: 供暖, 低保,
 * 年审 and 招聘 found nothing although 冬季供暖 did (issue 14, item 12). Chinese words are short;
 * a match where the whole search term appears as written is what an editor means, so such
 * matches score above any scattered one. Scattered matches keep fuzzy's own score.
 */
import fuzzy from 'fuzzy';

interface Match {
  rendered: string;
  score: number;
}
type MatchFunction = (pattern: string, text: string, options?: { caseSensitive?: boolean }) => Match | null;

/** The score of a match where the term appears as written: above Decap's threshold and any scattered match of the same term. */
export function wholeTermScore(pattern: string): number {
  return 100 + pattern.length;
}

/** `match` with whole-term matches scored as wholeTermScore. */
export function withWholeTermScores(match: MatchFunction): MatchFunction {
  return (pattern, text, options) => {
    const result = match(pattern, text, options);
    if (!result || typeof text !== 'string' || !pattern) return result;
    const contains = options?.caseSensitive ? text.includes(pattern) : text.toLowerCase().includes(pattern.toLowerCase());
    return contains ? { ...result, score: Math.max(result.score, wholeTermScore(pattern)) } : result;
  };
}

/** Installs the scoring on the `fuzzy` module Decap's search uses (its filter calls fuzzy.match). */
export function installWholeTermSearch(): void {
  const module = fuzzy as unknown as { match: MatchFunction };
  module.match = withWholeTermScores(module.match.bind(module));
}
