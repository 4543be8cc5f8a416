/** The 替代通知 picker's short list (src/lib/recent-notices.ts, admin/notice-picker.tsx). */
import { describe, expect, it } from 'vitest';
import { matchingNotices, recentNotices, sinceText } from '../src/lib/recent-notices.ts';
import { withNoticePicker } from '../admin/notice-picker.tsx';

const notices = [
  { id: '2023-03-01-old-heating', title: '2023 年冬季供暖安排', published: '2023-03-01 09:00' },
  { id: '2024-11-27-heating', title: '2024—2025 年度冬季供暖时间安排', published: '2024-11-27 10:00' },
  { id: '2024-11-27-earlier', title: '低保年审通知', published: '2024-11-27 09:59' },
  { id: '2026-11-20-cold-wave', title: '寒潮降温安全提示', published: '2026-11-20 08:00' },
  { id: '2026-11-12-job-fair', title: '冬季再就业专场招聘会', published: '2026-11-12 15:00' },
];
const now = new Date('2026-11-27T02:00:00Z'); // 10:00 in Beijing

describe('the notices the 替代通知 picker offers', () => {
  it('are those of the last two years by Beijing time, newest first', () => {
    expect(sinceText(now, 2)).toBe('2024-11-27 10:00');
    expect(recentNotices(notices, now).map((n) => n.id)).toEqual(['2026-11-20-cold-wave', '2026-11-12-job-fair', '2024-11-27-heating']);
    // Just after midnight in Beijing is still the same Beijing day, whatever the machine's zone.
    expect(sinceText(new Date('2026-11-26T16:30:00Z'), 2)).toBe('2024-11-27 00:30');
  });

  it('narrow to the titles holding every word typed, two-character Chinese words included', () => {
    expect(matchingNotices(notices, '供暖').map((n) => n.id)).toEqual(['2023-03-01-old-heating', '2024-11-27-heating']);
    expect(matchingNotices(notices, '冬季 招聘').map((n) => n.id)).toEqual(['2026-11-12-job-fair']);
    expect(matchingNotices(notices, '').length).toBe(5);
    expect(matchingNotices(notices, '', 2).length).toBe(2);
  });

  it('replace Decap’s relation widget for notices’ 替代通知 only, keeping label, hint and required', () => {
    const relation = { name: 'replacedBy', label: '替代通知', hint: '指向新的通知', required: false, widget: 'relation', collection: 'notices' };
    const other = { name: 'venue', label: '场地', widget: 'relation', collection: 'venues' };
    const config = withNoticePicker({
      collections: [
        { name: 'notices', fields: [relation] },
        { name: 'performances', fields: [other, { ...relation }] },
      ],
    });
    expect(config.collections[0]!.fields[0]).toEqual({ name: 'replacedBy', label: '替代通知', hint: '指向新的通知', required: false, widget: 'recent-notice' });
    expect(config.collections[1]!.fields).toEqual([other, relation]);
  });
});
