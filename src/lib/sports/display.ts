/**
 * What a league table, its notes and mini-tables, and a result look like, as plain data (cells
 * of text) in the sport's terms. The league page (StandingsTable.astro) and the CMS preview
 * (admin/previews.tsx) both render these, so an editor sees the table residents will see.
 */
import { t, type Locale } from '../../i18n/index.ts';
import type { ForfeitRule, SportRules } from './rules.ts';
import type { Fixture, Stats, Step, Row } from './standings.ts';
import { columnLabel, describeStep } from './notes.ts';
import type { LeagueTable } from './league.ts';

export interface MiniTable {
  caption: string;
  columns: string[];
  rows: { team: string; name: string; cells: string[] }[];
}

export interface TableModel {
  columns: string[];
  rows: { team: string; name: string; rank: number; marked: boolean; cells: string[] }[];
  /** "why this rank" notes, one per decision, in order */
  notes: string[];
  /** the head-to-head mini-tables behind the notes */
  minis: MiniTable[];
  adjustments: string[];
  walkovers: string[];
  /** forfeits with the sport's defined result, and how they count */
  forfeits: string[];
}

function statColumns(rules: SportRules, locale: Locale): string[] {
  return [
    t(locale, 'sports.col.played'),
    t(locale, 'sports.col.won'),
    ...(rules.draws ? [t(locale, 'sports.col.drawn')] : []),
    t(locale, 'sports.col.lost'),
    ...(rules.setBased ? [columnLabel(locale, 'sets', rules.vocabulary)] : []),
    ...(rules.rubbers ? [t(locale, 'sports.col.games')] : []),
    columnLabel(locale, 'score', rules.vocabulary),
    t(locale, 'sports.col.points'),
  ];
}

function statCells(s: Stats, rules: SportRules): string[] {
  return [
    String(s.played),
    String(s.won),
    ...(rules.draws ? [String(s.drawn)] : []),
    String(s.lost),
    ...(rules.setBased ? [`${s.setsFor}/${s.setsAgainst}`] : []),
    ...(rules.rubbers ? [`${s.gamesFor}/${s.gamesAgainst}`] : []),
    `${s.scoreFor}/${s.scoreAgainst}`,
    String(s.points),
  ];
}

export function tableModel(
  table: LeagueTable,
  rules: SportRules,
  locale: Locale,
  adjustments: readonly { team: string; points: number; reason: string }[] = [],
): TableModel {
  const names = new Map(table.rows.map((r) => [r.team.id, r.team.name]));
  const name = (id: string) => names.get(id) ?? id;
  const noted = table.steps.filter((step: Step) => step.level.length > 0);
  const list = (ids: string[]) => ids.map(name).join(t(locale, 'punct.listSeparator'));
  const order = table.rows.map((r) => r.team.id);
  return {
    columns: [t(locale, 'sports.col.rank'), t(locale, 'sports.col.team'), ...statColumns(rules, locale)],
    rows: table.rows.map((row: Row) => ({
      team: row.team.id,
      name: row.team.name,
      rank: row.rank,
      marked: Boolean(row.separatedBy),
      cells: statCells(row, rules),
    })),
    notes: noted.map((step) => describeStep(step, locale, rules.vocabulary, name)!),
    minis: noted
      .filter((step) => step.mini)
      .map((step) => ({
        caption: t(locale, 'sports.miniTable', { teams: list([...(step.among ?? step.teams)].sort((a, b) => order.indexOf(a) - order.indexOf(b))) }),
        columns: [t(locale, 'sports.col.team'), ...statColumns(rules, locale)],
        rows: step.mini!.map((s) => ({ team: s.team.id, name: s.team.name, cells: statCells(s, rules) })),
      })),
    adjustments: adjustments
      .filter((a) => names.has(a.team))
      .map((a) => t(locale, 'sports.adjustment', { team: name(a.team), points: a.points > 0 ? `+${a.points}` : a.points, reason: a.reason })),
    walkovers: table.rows
      .filter((r) => r.walkoversGiven)
      .map((r) => t(locale, 'sports.walkoverNote', { team: r.team.name, count: r.walkoversGiven, points: rules.scoring.walkoverLoss })),
    forfeits: table.rows
      .filter((r) => r.forfeitsGiven && rules.forfeit)
      .map((r) =>
        t(locale, rules.forfeit!.score ? 'sports.forfeitNote' : 'sports.forfeitNoteNoScore', {
          team: r.team.name,
          count: r.forfeitsGiven,
          score: rules.forfeit!.text,
          points: rules.scoring.walkoverLoss,
        }),
      ),
  };
}

export interface ResultText {
  /** "2 : 1", or undefined when not played or given as a walkover */
  score?: string | undefined;
  /** walkover, extra time, penalties */
  badges: string[];
  /** game or set scores, rubbers */
  detail?: string | undefined;
}

/** A forfeit's result as the sport records it, from the home side: "0 : w", "3 : 0". */
function forfeitScore(forfeit: ForfeitRule, gave: 'home' | 'away'): string {
  const [w, l] = forfeit.score ?? ['w', 0];
  return gave === 'away' ? `${w} : ${l}` : `${l} : ${w}`;
}

/**
 * A fixture's result in words: score, walkover, forfeit or penalties, and its game scores.
 * `rules` gives a forfeit its defined result (3x3 "w-0"); without it a forfeit shows as a badge.
 */
export function resultText(
  fixture: Pick<Fixture, 'home' | 'away' | 'result'>,
  locale: Locale,
  name: (id: string) => string,
  rules?: Pick<SportRules, 'forfeit'>,
): ResultText {
  const result = fixture.result;
  if (!result) return { badges: [] };
  if (result.walkover === 'both') return { badges: [t(locale, 'sports.doubleWalkover')] };
  if (result.forfeit && !result.walkover) {
    const badges = [`${t(locale, 'sports.forfeit')}: ${name(result.forfeit === 'home' ? fixture.home : fixture.away)}`];
    const forfeit = rules?.forfeit;
    if (!forfeit) return { badges };
    const sets = (forfeit.sets ?? []).map(([w, l]) => (result.forfeit === 'away' ? `${w}-${l}` : `${l}-${w}`)).join(', ');
    return { score: forfeitScore(forfeit, result.forfeit), badges, detail: sets || undefined };
  }
  if (result.walkover) return { badges: [`${t(locale, 'sports.walkover')}: ${name(result.walkover === 'home' ? fixture.home : fixture.away)}`] };
  const badges = [
    ...(result.extraTime ? [t(locale, 'sports.extraTime')] : []),
    ...(result.penalties ? [t(locale, 'sports.penalties', { home: result.penalties.home, away: result.penalties.away })] : []),
  ];
  const games = (list: readonly { home: number; away: number }[]) => list.map((g) => `${g.home}-${g.away}`).join(', ');
  const detail = result.rubbers?.length
    ? result.rubbers.map((r) => `${r.homePlayers || r.awayPlayers ? `${r.homePlayers ?? ''}–${r.awayPlayers ?? ''} ` : ''}${games(r.games)}`).join('; ')
    : result.sets.length
      ? games(result.sets)
      : undefined;
  return { score: `${result.home} : ${result.away}`, badges, detail };
}

/** The rules paragraph's lines: the sport, best-of-N or team ties, points. */
export function rulesLines(rules: SportRules, locale: Locale): string[] {
  const s = rules.scoring;
  const lines = [t(locale, `sportRule.${rules.sport}`)];
  if (rules.rubbers && rules.bestOf)
    lines.push(
      t(locale, 'sports.teamTie', { rubbers: rules.rubbers, win: Math.ceil(rules.rubbers / 2), bestOf: rules.bestOf, gamesToWin: Math.ceil(rules.bestOf / 2) }),
    );
  else if (rules.bestOf) lines.push(t(locale, 'sports.bestOf', { n: rules.bestOf, win: Math.ceil(rules.bestOf / 2) }));
  lines.push(
    rules.draws
      ? t(locale, 'sports.pointsRule', { win: s.win, draw: s.draw, loss: s.loss, walkover: s.walkoverLoss })
      : t(locale, 'sports.pointsRuleNoDraw', { win: s.win, loss: s.loss, walkover: s.walkoverLoss }),
  );
  if (rules.forfeit) lines.push(t(locale, 'sports.forfeitRule', { score: rules.forfeit.text }));
  const bySets = Object.entries(s.bySets ?? {}).filter(([sets]) => !rules.setsToWin || Number(sets.split('-')[0]) === rules.setsToWin);
  if (bySets.length)
    lines.push(t(locale, 'sports.setPoints', { list: bySets.map(([sets, [w, l]]) => `${sets} → ${w}/${l}`).join(t(locale, 'punct.listSeparator')) }));
  return lines;
}
