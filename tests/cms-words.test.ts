/** The CMS's own words (issue 14, item 8): list items and refused fields named in Chinese. */
import { describe, expect, it } from 'vitest';
import { chineseItemLabel, installChineseListLabels } from '../admin/list-labels.ts';
import { plainLabel, problemField } from '../admin/problem-panel.ts';

describe('list items in the CMS', () => {
  it('keep the name Decap gives them, and name an empty new item by its first field’s label instead of “No title”', () => {
    expect(chineseItemLabel('第一课 文明礼仪', '课时名称')).toBe('第一课 文明礼仪');
    expect(chineseItemLabel('No title', '课时名称')).toBe('(未填写课时名称)');
    expect(chineseItemLabel('No round', '轮次')).toBe('(未填写轮次)');
    expect(chineseItemLabel('', '课时名称')).toBe('(未填写课时名称)');
    expect(chineseItemLabel(undefined, undefined)).toBe('(新的一项,尚未填写)');
  });

  it('wraps the list control’s label method once', () => {
    const field = (values: Record<string, unknown>) => ({ get: (key: string, fallback?: unknown) => values[key] ?? fallback });
    class List {
      props = { field: field({ fields: { first: () => field({ name: 'title', label: '课时名称' }) } }) };
      objectLabel(item: unknown) {
        return item ? String(item) : 'No title';
      }
    }
    installChineseListLabels(List);
    installChineseListLabels(List);
    expect(new List().objectLabel(undefined)).toBe('(未填写课时名称)');
    expect(new List().objectLabel('第二课')).toBe('第二课');
  });
});

describe('the fields a refused save names', () => {
  it('finds the top-level field of each problem line, to outline it', () => {
    expect(problemField('赛程与结果 › 第 2 项(第2轮) › 客队:队伍 “zhoukou” 不在本赛事的参赛队伍中')).toBe('赛程与结果');
    expect(problemField('网址短名:只能用小写字母、数字和连字符,例如 winter-heating')).toBe('网址短名');
    expect(problemField('紧急通知必须填写“失效时间”')).toBeUndefined();
  });

  it('reads a label as Decap shows it, without “(可选)”', () => {
    expect(plainLabel('网址短名 (可选)')).toBe('网址短名');
    expect(plainLabel('标题')).toBe('标题');
  });
});
