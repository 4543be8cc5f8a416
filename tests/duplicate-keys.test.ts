import { describe, expect, it } from 'vitest';
import { findDuplicateKeys, type KeyedEntry } from '../src/lib/duplicate-keys.ts';

const entry = (collection: string, id: string, key: string): KeyedEntry => ({ collection, id, filePath: `content/${collection}/${id}.md`, data: { key } });

describe('a 网址短名 is unique within what names the file', () => {
  it('refuses the same key on the same day in a dated collection (Decap’s "-1" file), naming both files', () => {
    const problems = findDuplicateKeys([
      entry('notices', '2026-11-20-cold-wave-safety', 'cold-wave-safety'),
      entry('notices', '2026-11-20-cold-wave-safety-1', 'cold-wave-safety'),
      entry('performances', '2026-12-12-chuanhui-voice-final', 'chuanhui-voice-final'),
      entry('performances', '2026-12-12-chuanhui-voice-final-1', 'chuanhui-voice-final'),
    ]);
    const sameDay = (file: string, key: string, first: string, day: string) => ({
      file,
      line: undefined,
      field: '网址短名',
      key: 'key',
      message: `网址短名 “${key}” 在 ${day} 已被 ${first} 使用,同一栏目同一天的网址短名只能用一次(the key is already used by another entry of the same day)`,
      hint: '如果是同一条内容,请删除多出的文件;否则换一个网址短名',
    });
    expect(problems).toEqual([
      sameDay('content/notices/2026-11-20-cold-wave-safety-1.md', 'cold-wave-safety', 'content/notices/2026-11-20-cold-wave-safety.md', '2026-11-20'),
      sameDay(
        'content/performances/2026-12-12-chuanhui-voice-final-1.md',
        'chuanhui-voice-final',
        'content/performances/2026-12-12-chuanhui-voice-final.md',
        '2026-12-12',
      ),
    ]);
  });

  it('allows a key to come back on another day (a yearly notice), and in another collection', () => {
    expect(
      findDuplicateKeys([
        entry('notices', '2026-11-05-heating-schedule', 'heating-schedule'),
        entry('notices', '2027-11-05-heating-schedule', 'heating-schedule'),
        entry('performances', '2026-11-05-heating-schedule', 'heating-schedule'),
      ]),
    ).toEqual([]);
  });

  it('refuses a key used twice in every undated collection', () => {
    for (const collection of ['communities', 'venues', 'leagues', 'courses', 'schools', 'campaigns', 'library']) {
      const problems = findDuplicateKeys([entry(collection, 'chenzhou', 'chenzhou'), entry(collection, 'chenzhou-1', 'chenzhou')]);
      expect(
        problems.map((p) => [p.file, p.message]),
        collection,
      ).toEqual([
        [
          `content/${collection}/chenzhou-1.md`,
          `网址短名 “chenzhou” 已被 content/${collection}/chenzhou.md 使用,同一栏目里每个网址短名只能用一次(the key is already used by another entry)`,
        ],
      ]);
    }
  });
});
