/**
 * The league editor's collapsed fixtures: "第1轮 荷花社区队 vs 柳开社区队" from the summary in
 * admin/config.yml, through Decap's own template engine, with names the list control adds for the
 * summary and removes from everything it saves (admin/fixture-summary.tsx); and the save
 * rejections the CMS marks handled (admin/refused-save.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fromJS, List, Map } from 'immutable';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as stringTemplate from 'decap-cms-lib-widgets/dist/esm/stringTemplate.js';
import { ROOT } from './support/paths.ts';
import { namesTeams, withNames, withoutNames, withTeamNames, type ListProps } from '../admin/fixture-summary.tsx';
import { isRefusedSave } from '../admin/refused-save.ts';

const config = parse(readFileSync(join(ROOT, 'admin/config.yml'), 'utf8')) as {
  collections: { name: string; fields: { name: string; summary?: string }[] }[];
};
const fixturesField = config.collections.find((c) => c.name === 'leagues')!.fields.find((f) => f.name === 'fixtures')!;
const teams = [
  { id: 'hehua', name: '荷花社区队' },
  { id: 'liukai', name: '柳开社区队' },
];
const entry = fromJS({ data: { teams } });
const names = new globalThis.Map(teams.map((t) => [t.id, t.name]));

describe('collapsed fixtures in the league editor', () => {
  it('read "第1轮 荷花社区队 vs 柳开社区队" through Decap’s template engine, an unknown team by its id', () => {
    expect(namesTeams(Map({ summary: fixturesField.summary }))).toBe(true);
    const value = fromJS([
      { round: '第1轮', home: 'hehua', away: 'liukai' },
      { round: '第2轮', home: 'liukai', away: 'zhoukou' },
    ]) as unknown as Parameters<typeof withNames>[0];
    const named = withNames(value, names) as unknown as List<Map<string, unknown>>;
    expect(named.map((item) => stringTemplate.compileStringTemplate(fixturesField.summary!, null, '', item)).toJS()).toEqual([
      '第1轮 荷花社区队 vs 柳开社区队',
      '第2轮 柳开社区队 vs zhoukou',
    ]);
    // The same template on the saved item alone (what Decap did before) shows no names.
    expect(stringTemplate.compileStringTemplate(fixturesField.summary!, null, '', Map({ round: '第1轮', home: 'hehua', away: 'liukai' }))).not.toContain(
      '荷花',
    );
  });

  it('never saves the names: every change the list sends back has them removed', () => {
    const seen: { value?: unknown; sent?: unknown } = {};
    const FakeList = (props: ListProps) => {
      seen.value = props.value;
      props.onChange(props.value);
      return null;
    };
    const Wrapped = withTeamNames(FakeList);
    const value = fromJS([{ round: '第1轮', home: 'hehua', away: 'liukai', result: { home: 2, away: 0 } }]);
    renderToStaticMarkup(
      createElement(Wrapped, {
        field: Map({ name: 'fixtures', summary: fixturesField.summary }),
        value,
        entry,
        onChange: (next: unknown) => (seen.sent = next),
      } as unknown as ListProps),
    );
    expect((seen.value as List<Map<string, unknown>>).toJS()).toEqual([
      { round: '第1轮', home: 'hehua', away: 'liukai', homeName: '荷花社区队', awayName: '柳开社区队', result: { home: 2, away: 0 } },
    ]);
    expect((seen.sent as List<unknown>).toJS()).toEqual(value.toJS());
    expect(withoutNames(undefined)).toBeUndefined();
  });

  it('leaves every other list as it is', () => {
    let got: unknown;
    const Wrapped = withTeamNames((props: ListProps) => ((got = props.value), null));
    const value = fromJS([{ name: '柳开社区队' }]);
    renderToStaticMarkup(
      createElement(Wrapped, { field: Map({ name: 'teams', summary: '{{fields.name}}' }), value, entry, onChange: () => {} } as unknown as ListProps),
    );
    expect(got).toBe(value);
  });
});

describe('a refused save', () => {
  it('is Decap’s failure action or an empty rejection, nothing else', () => {
    expect(isRefusedSave({ type: 'ENTRY_PERSIST_FAILURE', payload: {} })).toBe(true);
    expect(isRefusedSave(undefined)).toBe(true);
    expect(isRefusedSave(new Error('网络错误'))).toBe(false);
    expect(isRefusedSave({ type: 'ENTRIES_FAILURE' })).toBe(false);
    expect(isRefusedSave(null)).toBe(false);
  });
});
