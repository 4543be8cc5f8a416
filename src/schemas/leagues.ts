/** 体育联赛: leagues and cups with their teams, fixtures and results. */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { choice, dateTime, english, integer, labelled, summary, text } from './fields.ts';

export const SPORTS = ['table-tennis', 'badminton', 'tennis', 'basketball-3x3', 'football-5', 'air-volleyball'] as const;
export const LEAGUE_FORMATS = ['round-robin', 'double-round-robin', 'groups-knockout', 'knockout'] as const;
export const TIEBREAKERS = ['points', 'wins', 'head-to-head', 'set-ratio', 'score-ratio', 'score-difference', 'scored', 'lots'] as const;
export const STAGES = ['group', 'knockout'] as const;

const teamId = labelled(
  z.string({ error: () => '缺少队伍编号(team id missing)' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '队伍编号只能用小写字母、数字和连字符,如 liukai-a(lowercase ASCII id)' }),
  '队伍编号',
  '小写字母、数字和连字符,如 liukai-a;填写后不要修改',
);

const score = (label: string) => integer(label).min(0, { error: `“${label}”不能为负数` });

export const leagueSchema = z.object({
  title: text('赛事名称', '如 2026“赛克杯”社区万人乒乓球赛'),
  sport: choice(SPORTS, '项目'),
  season: text('赛季', '如 2026–2027 冬季'),
  format: choice(LEAGUE_FORMATS, '赛制', '单循环 / 双循环 / 小组赛+淘汰赛 / 淘汰赛'),
  scoring: labelled(
    z
      .object({
        win: integer('胜场积分').optional(),
        draw: integer('平局积分').optional(),
        loss: integer('负场积分').optional(),
        walkoverLoss: integer('弃权方积分').optional(),
      })
      .optional(),
    '积分规则(覆盖项目默认)',
    '留空使用该项目的默认规则',
  ),
  tiebreakers: labelled(z.array(choice(TIEBREAKERS, '排名规则')).optional(), '同分排名规则(按顺序)', '留空使用该项目的默认顺序'),
  teams: labelled(
    z
      .array(
        z.object({
          id: teamId,
          name: text('队伍名称'),
          community: labelled(reference('communities'), '所属社区'),
          group: labelled(z.string().trim().min(1).optional(), '小组', '小组赛阶段的组别,如 A'),
        }),
      )
      .min(2, { error: '一个赛事至少需要两支队伍(at least two teams)' }),
    '参赛队伍',
  ),
  fixtures: labelled(
    z
      .array(
        z.object({
          round: text('轮次', '如 第1轮、半决赛、决赛'),
          stage: choice(STAGES, '阶段').default('group'),
          time: dateTime('比赛时间'),
          venue: labelled(reference('venues'), '比赛场地'),
          home: teamId,
          away: teamId,
          result: labelled(
            z
              .object({
                home: score('主队比分'),
                away: score('客队比分'),
                sets: labelled(z.array(z.object({ home: score('主队局分'), away: score('客队局分') })).default([]), '各局比分'),
                walkover: choice(['home', 'away'] as const, '弃权方').optional(),
              })
              .optional(),
            '比赛结果',
            '未赛留空',
          ),
        }),
      )
      .default([]),
    '赛程与结果',
  ),
  adjustments: labelled(
    z.array(z.object({ team: teamId, points: integer('加减分'), reason: text('原因') })).default([]),
    '积分调整',
    '如违规扣分,必须写明原因',
  ),
  summary: summary(),
  en: english(),
}).superRefine((league, ctx) => {
  const teamIds = new Set(league.teams.map((team) => team.id));
  league.teams.forEach((team, index) => {
    if (league.teams.findIndex((other) => other.id === team.id) !== index) {
      ctx.addIssue({ code: 'custom', path: ['teams', index, 'id'], message: `队伍编号 “${team.id}” 重复(duplicate team id)` });
    }
  });
  const unknownTeam = (id: string) => `队伍 “${id}” 不在本赛事的参赛队伍中,应为:${[...teamIds].join(' / ')}(not a team of this league)`;
  league.fixtures.forEach((fixture, index) => {
    for (const side of ['home', 'away'] as const) {
      if (!teamIds.has(fixture[side])) ctx.addIssue({ code: 'custom', path: ['fixtures', index, side], message: unknownTeam(fixture[side]) });
    }
    if (fixture.home === fixture.away) {
      ctx.addIssue({ code: 'custom', path: ['fixtures', index, 'away'], message: '主队和客队不能是同一支队伍(a team cannot play itself)' });
    }
  });
  league.adjustments.forEach((adjustment, index) => {
    if (!teamIds.has(adjustment.team)) ctx.addIssue({ code: 'custom', path: ['adjustments', index, 'team'], message: unknownTeam(adjustment.team) });
  });
});
