/**
 * The league editor in the CMS: 队伍编号 filled from the team name as pinyin, the 主队/客队 picker
 * (admin/team-widget.tsx) that follows the team list and tells Decap when its choice went stale,
 * and the preview, which must show the table the site shows (same functions, same strings).
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { fillTeamIds } from '../src/lib/sports/team-ids.ts';
import { TeamControl, teamsOf, type TeamControlProps } from '../admin/team-widget.tsx';
import { LeaguePreview, type PreviewProps } from '../admin/previews.tsx';
import { leagueSchema } from '../src/schemas/leagues.ts';
import { leagueView } from '../src/lib/sports/league.ts';
import { tableModel } from '../src/lib/sports/display.ts';

/** Just enough of Immutable's Map for the widget and preview: getIn over plain data, toJS on objects. */
function immutable(data: Record<string, unknown>) {
  const wrap = (value: unknown): unknown => (value && typeof value === 'object' ? { toJS: () => value } : value);
  return { getIn: (path: string[]) => wrap(path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], { data })) as never };
}

describe('队伍编号 from the team name', () => {
  it('fills empty ids with pinyin, unique in the league, and never changes an id already written', () => {
    expect(
      fillTeamIds([
        { name: '柳开社区队' },
        { id: 'liukai-shequ-dui', name: '另一个队' },
        { name: '柳开社区队' },
        { id: 'hehua', name: '荷花社区队' },
        { name: '' },
      ]),
    ).toEqual([
      { name: '柳开社区队', id: 'liukai-shequ-dui-2' },
      { id: 'liukai-shequ-dui', name: '另一个队' },
      { name: '柳开社区队', id: 'liukai-shequ-dui-3' },
      { id: 'hehua', name: '荷花社区队' },
      { name: '' },
    ]);
  });
});

describe('the 主队/客队 picker', () => {
  const props = (teams: { id?: string; name?: string }[], value?: string): TeamControlProps => ({
    ...(value === undefined ? {} : { value }),
    onChange: () => {},
    forID: 'home',
    classNameWrapper: 'c',
    setActiveStyle: () => {},
    setInactiveStyle: () => {},
    entry: immutable({ teams }),
  });

  it('re-renders when the league’s teams change, not only when its own value does', () => {
    const control = new TeamControl(props([{ id: 'liukai', name: '柳开社区队' }], 'liukai'));
    expect(control.shouldComponentUpdate(props([{ id: 'liukai', name: '柳开社区队' }], 'liukai'))).toBe(false);
    expect(
      control.shouldComponentUpdate(
        props(
          [
            { id: 'liukai', name: '柳开社区队' },
            { id: 'hehua', name: '荷花社区队' },
          ],
          'liukai',
        ),
      ),
    ).toBe(true);
    expect(control.shouldComponentUpdate(props([{ id: 'liukai', name: '柳开社区足球队' }], 'liukai'))).toBe(true);
  });

  it('gives Decap an isValid (so its required check runs) that refuses a team removed from the list', () => {
    expect(new TeamControl(props([{ id: 'liukai', name: '柳开社区队' }], 'liukai')).isValid()).toBe(true);
    expect(new TeamControl(props([{ id: 'liukai', name: '柳开社区队' }])).isValid()).toBe(true);
    expect(new TeamControl(props([{ id: 'hehua', name: '荷花社区队' }], 'liukai')).isValid()).toEqual({
      error: { type: 'CUSTOM', message: '所选队伍“liukai”已不在“参赛队伍”中,请重新选择' },
    });
  });

  it('lists the teams by name, and says when there are none yet', () => {
    expect(teamsOf(props([{ id: 'liukai', name: '柳开社区队' }, { name: '还没有编号' }]))).toEqual([{ id: 'liukai', name: '柳开社区队' }]);
    const html = (p: TeamControlProps) => renderToStaticMarkup(createElement(TeamControl as unknown as (props: TeamControlProps) => null, p));
    expect(html(props([]))).toContain('请先在“参赛队伍”中添加队伍');
    expect(html(props([{ id: 'liukai', name: '柳开社区队' }], 'gone'))).toMatch(/请选择队伍.*柳开社区队\(liukai\).*gone\(已不在参赛队伍中\)/);
  });
});

describe('the league preview shows what the page shows', () => {
  // A group of three level on points (a cyclic tie) and a final decided on penalties.
  const form = {
    title: '预览测试杯',
    key: 'preview-cup',
    sport: 'football-5',
    season: '2026',
    format: 'groups-knockout',
    teams: [
      { id: 'liukai', name: '柳开社区足球队', community: 'liukai', group: 'A' },
      { id: 'hehua', name: '荷花社区足球队', community: 'hehua', group: 'A' },
      { id: 'chenzhou', name: '陈州社区足球队', community: 'chenzhou', group: 'A' },
    ],
    fixtures: [
      { round: '第1轮', time: '2026-11-07 09:00', venue: 'chuanhui-gym', home: 'liukai', away: 'hehua', result: { home: 2, away: 1 } },
      { round: '第2轮', time: '2026-11-14 09:00', venue: 'chuanhui-gym', home: 'hehua', away: 'chenzhou', result: { home: 3, away: 1 } },
      { round: '第3轮', time: '2026-11-21 09:00', venue: 'chuanhui-gym', home: 'chenzhou', away: 'liukai', result: { home: 2, away: 0 } },
      {
        round: '决赛',
        stage: 'knockout',
        time: '2026-11-22 15:00',
        venue: 'chuanhui-gym',
        home: 'hehua',
        away: 'chenzhou',
        result: { home: 2, away: 2, extraTime: true, penalties: { home: 4, away: 3 } },
      },
    ],
  };

  it('the same rows, notes and mini-table as the site’s table model, and penalties instead of a bare 2 : 2', () => {
    const parsed = leagueSchema.parse(form);
    const site = leagueView(parsed, new Date('2026-11-27T00:00:00Z'));
    const model = tableModel(site.tables[0]!, site.rules, 'zh-CN');
    const preview = renderToStaticMarkup(createElement(LeaguePreview, { entry: immutable(form), widgetFor: () => null } as PreviewProps));
    const text = preview.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const row of model.rows) expect(text).toContain(`${row.rank} ${row.name}${row.marked ? ' *' : ''} ${row.cells.join(' ')}`);
    expect(model.notes).toEqual([
      '荷花社区足球队、陈州社区足球队、柳开社区足球队 积分相同(3)、相互间比赛的积分相同(3);按相互间比赛的净胜球:荷花社区足球队 1、陈州社区足球队 0、柳开社区足球队 -1。',
    ]);
    for (const note of model.notes) expect(text).toContain(note);
    expect(text).toContain(model.minis[0]!.caption);
    expect(text).toContain('加时');
    expect(text).toContain('点球 4:3');
    expect(text).toContain('胜者:荷花社区足球队');
  });
});
