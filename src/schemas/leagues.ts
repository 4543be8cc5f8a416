/** 体育联赛: leagues and cups with their teams, fixtures and results. */
import { z } from 'astro/zod';
import { choice, movedFrom, dateTime, english, entry, identifier, integer, key, labelled, patterned, ref, summary, teamRef, text } from './fields.ts';
import { leagueProblems } from '../lib/sports/validate.ts';

export const SPORTS = ['table-tennis', 'badminton', 'tennis', 'basketball-3x3', 'football-5', 'air-volleyball'] as const;
export const LEAGUE_FORMATS = ['round-robin', 'double-round-robin', 'groups-knockout', 'knockout'] as const;
export const TIEBREAKERS = ['points', 'wins', 'head-to-head', 'set-ratio', 'score-ratio', 'score-difference', 'scored', 'lots'] as const;
export const STAGES = ['group', 'knockout'] as const;
export const SIDES = ['home', 'away'] as const;

const teamId = teamRef;
const score = (label: string) => integer(label).min(0, { error: `“${label}”不能为负数` });

export const leagueSchema = entry({
  title: text('赛事名称', '如 2026“赛克杯”社区万人乒乓球赛'),
  key: key(),
  sport: choice(SPORTS, '项目', 'sport'),
  season: text('赛季', '如 2026–2027 冬季'),
  format: choice(LEAGUE_FORMATS, '赛制', 'leagueFormat', '单循环 / 双循环 / 小组赛+淘汰赛 / 淘汰赛'),
  scoring: labelled(
    z.strictObject({
      win: integer('胜场积分').optional(),
      draw: integer('平局积分').optional(),
      loss: integer('负场积分').optional(),
      walkoverLoss: integer('弃权方积分').optional(),
      bySets: labelled(
        z.array(
          z.strictObject({
            sets: patterned('局数比分', /^\d+-\d+$/, '胜方局数-负方局数,如 2-1', '胜方局数-负方局数,如 2-1'),
            winner: integer('胜方积分'),
            loser: integer('负方积分'),
          }),
        ),
        '按局数计分',
        '如 2-0 胜积 3 分,2-1 胜积 2 分、负积 1 分;留空使用该项目的默认规则',
      ).optional(),
    }),
    '积分规则',
    '覆盖该项目的默认积分规则;留空使用默认规则',
  ).optional(),
  tiebreakers: labelled(z.array(choice(TIEBREAKERS, '排名规则', 'tiebreaker')), '同分排名规则', '按先后顺序比较;留空使用该项目的默认顺序').optional(),
  teams: labelled(
    z
      .array(
        z.strictObject({
          id: identifier('队伍编号', '小写字母、数字和连字符,如 liukai;填写后不要修改'),
          name: text('队伍名称'),
          community: ref('communities', '所属社区'),
          group: text('小组', '小组赛阶段的组别,如 A').optional(),
        }),
      )
      .min(2, { error: '一个赛事至少需要两支队伍(at least two teams)' }),
    '参赛队伍',
  ),
  fixtures: labelled(
    z
      .array(
        z.strictObject({
          round: text('轮次', '如 第1轮、半决赛、决赛'),
          stage: choice(STAGES, '阶段', 'stage').default('group'),
          time: dateTime('比赛时间'),
          venue: ref('venues', '比赛场地'),
          home: teamId('主队'),
          away: teamId('客队'),
          result: labelled(
            z.strictObject({
              home: score('主队比分'),
              away: score('客队比分'),
              sets: labelled(z.array(z.strictObject({ home: score('主队局分'), away: score('客队局分') })).default([]), '各局比分'),
              walkover: choice(SIDES, '弃权方', 'side').optional(),
            }),
            '比赛结果',
            '未赛留空',
          ).optional(),
        }),
      )
      .default([]),
    '赛程与结果',
  ),
  adjustments: labelled(z.array(z.strictObject({ team: teamId('队伍'), points: integer('加减分'), reason: text('原因') })).default([]), '积分调整', '如违规扣分,必须写明原因'),
  lots: labelled(z.array(teamId('队伍')), '抽签结果', '所有排名规则都无法区分时,按抽签顺序排名(先抽中者靠前)').optional(),
  summary: summary(),
  en: english(),
  movedFrom: movedFrom(),
}).superRefine((league, ctx) => {
  const teamIds = new Set(league.teams.map((team) => team.id));
  league.teams.forEach((team, index) => {
    if (league.teams.findIndex((other) => other.id === team.id) !== index) {
      ctx.addIssue({ code: 'custom', path: ['teams', index, 'id'], message: `队伍编号 “${team.id}” 重复(duplicate team id)` });
    }
  });
  // Editors know teams by name; the file holds the id, so both are shown.
  const teamName = (id: string) => league.teams.find((team) => team.id === id)?.name ?? id;
  const unknownTeam = (id: string) => `队伍 “${id}” 不在本赛事的参赛队伍中,应为:${league.teams.map((team) => `${team.name}(${team.id})`).join(' / ')}(not a team of this league)`;
  league.fixtures.forEach((fixture, index) => {
    for (const side of SIDES) {
      if (!teamIds.has(fixture[side])) ctx.addIssue({ code: 'custom', path: ['fixtures', index, side], message: unknownTeam(fixture[side]) });
    }
    if (fixture.home === fixture.away) {
      ctx.addIssue({ code: 'custom', path: ['fixtures', index, 'away'], message: '主队和客队不能是同一支队伍(a team cannot play itself)' });
    }
  });
  league.adjustments.forEach((adjustment, index) => {
    if (!teamIds.has(adjustment.team)) ctx.addIssue({ code: 'custom', path: ['adjustments', index, 'team'], message: unknownTeam(adjustment.team) });
  });
  (league.lots ?? []).forEach((team, index) => {
    if (!teamIds.has(team)) ctx.addIssue({ code: 'custom', path: ['lots', index], message: unknownTeam(team) });
  });
  for (const problem of leagueProblems(league.sport, league.fixtures, teamName)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});
