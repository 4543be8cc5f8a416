/**
 * "Why this rank", in words, written from the decision steps of src/lib/sports/standings.ts and
 * nothing else: each note names the teams that were level, says on what (with the figure they
 * share), and the criterion that then ordered them with every team's own figure. The league page
 * and the CMS preview both call these, in the sport's own terms (净胜球 for football, 局 and 盘…).
 */
import { t, type Locale, type UiKey } from '../../i18n/index.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import type { Vocabulary, SportRules } from './rules.ts';
import type { Criterion, Stat } from './tiebreak.ts';
import type { Step, Level } from './standings.ts';

const has = (key: string): key is UiKey => key in zhCN;

/** The sport's word for a figure: 净胜球 for football, 净胜分 for basketball, 胜负盘比率 for a team tie… */
export function statLabel(locale: Locale, stat: Stat, vocabulary: Vocabulary): string {
  const specific = `stat.${stat}.${vocabulary}`;
  return t(locale, has(specific) ? specific : (`stat.${stat}` as UiKey));
}

/** A column heading in the sport's terms (sports.col.sets.rubbers → 胜盘/负盘). */
export function columnLabel(locale: Locale, column: 'sets' | 'games' | 'score', vocabulary: Vocabulary): string {
  const specific = `sports.col.${column}.${vocabulary}`;
  return t(locale, has(specific) ? specific : (`sports.col.${column}` as UiKey));
}

export function criterionLabel(locale: Locale, c: Criterion, vocabulary: Vocabulary, among?: string): string {
  const stat = statLabel(locale, c.stat, vocabulary);
  let label = c.average ? t(locale, 'sports.criterion.average', { stat }) : stat;
  if (c.among) label = among ? t(locale, 'sports.criterion.amongTeams', { stat: label, teams: among }) : t(locale, 'sports.criterion.among', { stat: label });
  if (c.only === 'two') label += t(locale, 'sports.criterion.onlyTwo');
  if (c.only === 'three-or-more') label += t(locale, 'sports.criterion.onlyThree');
  return label;
}

const list = (locale: Locale, names: string[]) => names.join(t(locale, 'punct.listSeparator'));

/** The note for one step, or undefined for the first split of the whole table (that is the table itself). */
export function describeStep(step: Step, locale: Locale, vocabulary: Vocabulary, name: (id: string) => string): string | undefined {
  if (!step.level.length) return undefined;
  const sameSet = (ids: string[] | undefined) => !ids || (ids.length === step.teams.length && ids.every((id) => step.teams.includes(id)));
  const levelText = (level: Level) =>
    t(locale, 'sports.note.levelOn', {
      criterion: criterionLabel(locale, level.criterion, vocabulary, sameSet(level.among) ? undefined : list(locale, level.among!.map(name))),
      value: level.value.text,
    });
  const teams = list(locale, step.teams.map(name));
  const level = step.level.map(levelText).join(t(locale, 'punct.listSeparator'));
  if (!step.by) return t(locale, step.awaitingLots ? 'sports.note.sharedLots' : 'sports.note.shared', { teams, level });
  if (step.by.stat === 'lots') return t(locale, 'sports.note.lots', { teams, level, order: list(locale, step.teams.map(name)) });
  const order = step.teams.map((id) => `${name(id)} ${step.values![id]!.text}`).join(t(locale, 'punct.listSeparator'));
  const rule = criterionLabel(locale, step.by, vocabulary, sameSet(step.among) ? undefined : list(locale, step.among!.map(name)));
  return t(locale, 'sports.note.split', { teams, level, rule, order });
}

/** The rules paragraph's ranking order: every criterion, the first included, in the sport's terms. */
export function rankingOrder(locale: Locale, rules: SportRules): string {
  const criteria = rules.tiebreak.criteria.map((c) => criterionLabel(locale, c, rules.vocabulary)).join(t(locale, 'punct.listSeparator'));
  return t(locale, 'sports.rankingOrder', { list: criteria }) + (rules.tiebreak.reapply ? t(locale, 'sports.reapply') : '');
}
