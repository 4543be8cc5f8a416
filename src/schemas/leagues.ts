/** 体育联赛: leagues and cups with their teams, fixtures and results. */
import { z } from 'astro/zod';
import { choice, flag, movedFrom, dateTime, english, entry, identifier, integer, key, labelled, patterned, ref, summary, teamRef, text } from './fields.ts';
import { leagueProblems } from '../lib/sports/validate.ts';
import { rulesFor } from '../lib/sports/rules.ts';
import { LEGACY_TIEBREAKERS, PRESET_IDS } from '../lib/sports/tiebreak.ts';
import { SPORTS } from '../lib/sports/rules.ts';

export { SPORTS };
export const LEAGUE_FORMATS = ['round-robin', 'double-round-robin', 'groups-knockout', 'knockout'] as const;
export const TIEBREAKERS = LEGACY_TIEBREAKERS;
export const TIEBREAK_PRESETS = PRESET_IDS;
export const WALKOVER_SIDES = ['home', 'away', 'both'] as const;
export const FORFEIT_SIDES = ['home', 'away'] as const;
export const STAGES = ['group', 'knockout'] as const;
export const SIDES = ['home', 'away'] as const;

const teamId = teamRef;

/** 队伍编号: filled in from the team's name as pinyin when left empty (src/lib/sports/team-ids.ts, admin/cms.ts). */
function teamIdField() {
  const field = identifier('队伍编号', '留空则保存时按队伍名称自动生成拼音,如 柳开社区队 → liukai-shequ-dui;也可以自己填写。比赛引用后不要修改');
  const meta = z.globalRegistry.get(field) ?? {};
  return field.meta({ ...meta, cms: { ...(meta['cms'] as object), filledOnSave: true } });
}
const score = (label: string) => integer(label).min(0, { error: `“${label}”不能为负数` });
const games = (label: string) => labelled(z.array(z.strictObject({ home: score('主队局分'), away: score('客队局分') })).default([]), label);

export const leagueSchema = entry({
  title: text('赛事名称', '如 2026“赛克杯”社区万人乒乓球赛'),
  key: key(),
  sport: choice(SPORTS, '项目', 'sport'),
  season: text('赛季', '如 2026–2027 冬季'),
  format: choice(LEAGUE_FORMATS, '赛制', 'leagueFormat', '单循环 / 双循环 / 小组赛+淘汰赛 / 淘汰赛'),
  bestOf: labelled(
    integer('每场局数')
      .min(1, { error: '“每场局数”至少为 1' })
      .refine((n) => n % 2 === 1, { error: '“每场局数”应为单数,如 3 或 5(best of an odd number)' }),
    '每场局数',
    '几局几胜:如 5 表示五局三胜;团体赛指每盘的局数。留空使用该项目的默认(乒乓球 5、羽毛球 3、网球 3 盘、排球 5、气排球 3)',
  ).optional(),
  rubbers: labelled(
    integer('团体赛每场盘数')
      .min(1, { error: '“团体赛每场盘数”至少为 1' })
      .refine((n) => n % 2 === 1, { error: '“团体赛每场盘数”应为单数,如 5(best of an odd number)' }),
    '团体赛每场盘数',
    '团体赛(如赛克杯)每场打几盘,如 5 表示五盘三胜;比分按盘计。个人赛留空',
  ).optional(),
  tiebreakPreset: choice(TIEBREAK_PRESETS, '排名规则', 'tiebreakPreset', '积分相同时怎样排名,按哪个组织的规则;留空使用该项目的默认规则').optional(),
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
  tiebreakers: labelled(
    z.array(choice(TIEBREAKERS, '排名依据', 'tiebreaker')),
    '自定排名顺序',
    '一般留空,使用上面的“排名规则”;填写后按此顺序依次比较(第一项通常是积分),相互间战绩只比较一次',
  ).optional(),
  teams: labelled(
    z
      .array(
        z.strictObject({
          id: teamIdField(),
          name: text('队伍名称'),
          community: ref('communities', '所属社区'),
          group: text('小组', '小组赛阶段的组别,如 A').optional(),
        }),
      )
      .min(2, { error: '一个赛事至少需要两支队伍(at least two teams)' }),
    '参赛队伍',
    undefined,
    { summary: '{{fields.name}}' },
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
              sets: games('各局比分'),
              rubbers: labelled(
                z
                  .array(
                    z.strictObject({ homePlayers: text('主队出场队员').optional(), awayPlayers: text('客队出场队员').optional(), games: games('各局比分') }),
                  )
                  .default([]),
                '各盘比分',
                '团体赛:每盘一项,填写出场队员和各局比分',
              ),
              extraTime: flag('加时赛', '淘汰赛比分含加时赛时勾选'),
              penalties: labelled(z.strictObject({ home: score('主队点球'), away: score('客队点球') }), '点球大战', '淘汰赛打平后点球决胜时填写').optional(),
              walkover: choice(WALKOVER_SIDES, '弃权方', 'walkoverSide', '弃权时比分填 0:0').optional(),
              forfeit: choice(
                FORFEIT_SIDES,
                '弃权判负方',
                'forfeitSide',
                '项目规定了弃权比分时使用(三人篮球记 w-0,不计得分;排球记 3:0,每局 25:0):比分填 0:0 或规定比分,按规定比分计入积分榜;其他项目请用“弃权方”',
              ).optional(),
            }),
            '比赛结果',
            '未赛留空',
          ).optional(),
        }),
      )
      .default([]),
    '赛程与结果',
    undefined,
    // homeName/awayName: filled in from the teams by the CMS's list control (admin/fixture-summary.tsx), never saved.
    { summary: '{{fields.round}} {{fields.homeName}} vs {{fields.awayName}}' },
  ),
  adjustments: labelled(
    z.array(z.strictObject({ team: teamId('队伍'), points: integer('加减分'), reason: text('原因') })).default([]),
    '积分调整',
    '如违规扣分,必须写明原因',
  ),
  fairPlay: labelled(
    z.array(
      z.strictObject({
        team: teamId('队伍'),
        yellow: integer('黄牌').min(0, { error: '“黄牌”不能为负数' }).default(0),
        secondYellow: integer('两黄变一红').min(0, { error: '“两黄变一红”不能为负数' }).default(0),
        red: integer('直接红牌').min(0, { error: '“直接红牌”不能为负数' }).default(0),
        yellowRed: integer('黄牌后又直接红牌').min(0, { error: '“黄牌后又直接红牌”不能为负数' }).default(0),
      }),
    ),
    '公平竞赛红黄牌',
    '排名规则含公平竞赛分(欧足联纪律分、国际足联公平竞赛分)时填写各队全部比赛累计的红黄牌;不填则跳过这一项',
    { summary: '{{fields.team}}' },
  ).optional(),
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
  const unknownTeam = (id: string) =>
    `队伍 “${id}” 不在本赛事的参赛队伍中,应为:${league.teams.map((team) => `${team.name}(${team.id})`).join(' / ')}(not a team of this league)`;
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
  (league.fairPlay ?? []).forEach((cards, index) => {
    if (!teamIds.has(cards.team)) ctx.addIssue({ code: 'custom', path: ['fairPlay', index, 'team'], message: unknownTeam(cards.team) });
    if ((league.fairPlay ?? []).findIndex((other) => other.team === cards.team) !== index)
      ctx.addIssue({ code: 'custom', path: ['fairPlay', index, 'team'], message: `队伍 “${teamName(cards.team)}” 的红黄牌填了两次(one entry per team)` });
  });
  (league.lots ?? []).forEach((team, index) => {
    if (!teamIds.has(team)) ctx.addIssue({ code: 'custom', path: ['lots', index], message: unknownTeam(team) });
  });
  const rules = rulesFor(league.sport, league.scoring, league.tiebreakers, { preset: league.tiebreakPreset, bestOf: league.bestOf, rubbers: league.rubbers });
  for (const problem of leagueProblems(rules, league.fixtures, teamName, league.title))
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});
