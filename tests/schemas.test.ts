import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { noticeSchema } from '../src/schemas/notices.ts';
import { performanceSchema } from '../src/schemas/performances.ts';
import { leagueSchema } from '../src/schemas/leagues.ts';
import { courseSchema, librarySchema } from '../src/schemas/education.ts';
import { contentFiles, frontmatterOf } from './support/content.ts';
import { SCHEMAS } from '../src/registry.ts';

const schemas: Record<string, z.ZodType> = SCHEMAS;

/** The issues Zod reports, as "path: message" lines (what Astro prints for a bad entry). */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the tests’ own content (tests/fixtures/content)', () => {
  for (const [collection, schema] of Object.entries(schemas)) {
    it(`every ${collection} entry matches its schema`, () => {
      const files = contentFiles(collection);
      expect(files.length).toBeGreaterThan(0);
      for (const { file, data } of files) expect(problems(schema, data), file).toEqual([]);
    });
  }

  it('has at least the amounts the district asked for', () => {
    const minimum = { communities: 8, venues: 6, notices: 15, performances: 10, leagues: 3, courses: 4, schools: 6, campaigns: 4, library: 8 };
    for (const [collection, count] of Object.entries(minimum)) expect(contentFiles(collection).length, collection).toBeGreaterThanOrEqual(count);
  });

  it('covers the notice and performance cases residents will meet', () => {
    const notices = contentFiles('notices').map((f) => noticeSchema.parse(f.data));
    expect(notices.some((n) => n.urgent && n.expires)).toBe(true);
    expect(notices.some((n) => n.pinned)).toBe(true);
    expect(notices.some((n) => n.status === 'repealed' && n.replacedBy)).toBe(true);
    expect(notices.some((n) => n.attachments.some((a) => a.file.endsWith('.pdf')))).toBe(true);
    expect(new Set(notices.map((n) => n.category)).size).toBeGreaterThanOrEqual(6);
    const shows = contentFiles('performances').map((f) => performanceSchema.parse(f.data));
    expect(shows.some((s) => s.status === 'cancelled')).toBe(true);
    expect(shows.map((s) => s.series)).toEqual(expect.arrayContaining(['chuanhui-voice', 'chuanhui-song-fair']));
    const names = contentFiles('communities').map((f) => f.data['name']);
    expect(names).toEqual(expect.arrayContaining(['柳开社区', '江滨社区', '依山社区']));
    expect(contentFiles('venues').map((f) => f.data['name'])).toContain('江滨社区文化广场');
  });
});

const goodNotice = `---
key: test
title: 测试通知
published: "2026-11-20 09:00"
category: service
---
正文`;

describe('bad entries are refused with the field named', () => {
  const notice = () => frontmatterOf(goodNotice);

  it('accepts the good entry the cases below start from', () => {
    expect(problems(noticeSchema, notice())).toEqual([]);
  });

  it('a missing title', () => {
    const data = notice();
    delete data['title'];
    expect(problems(noticeSchema, data)).toEqual([expect.stringMatching(/^title: 缺少必填项“标题”/)]);
  });

  it('an impossible date such as 2026-13-40', () => {
    expect(problems(noticeSchema, { ...notice(), published: '2026-13-40' })).toEqual([
      expect.stringMatching(/^published: “发布时间”不是有效的日期时间:“2026-13-40”.*2026-12-05 19:30/),
    ]);
    expect(problems(noticeSchema, { ...notice(), published: '2026-02-29 10:00' })[0]).toMatch(/^published:/);
    expect(problems(noticeSchema, { ...notice(), published: '2026-11-20 24:10' })[0]).toMatch(/^published:/);
  });

  it('an unquoted YAML timestamp with a time, which YAML would read as UTC', () => {
    const data = frontmatterOf(goodNotice.replace('"2026-11-20 09:00"', '2026-11-20T09:00:00'));
    expect(data['published']).toBeInstanceOf(Date);
    expect(problems(noticeSchema, data)[0]).toMatch(/^published: “发布时间”不是有效的日期时间/);
  });

  it('an unknown category, listing the allowed values by the labels the CMS shows, with the value to write', () => {
    expect(problems(noticeSchema, { ...notice(), category: '杂项' })).toEqual([
      expect.stringContaining('category: “分类”的值 “杂项” 不在可选范围内,应为:公告(announcement) / 便民服务(service) / '),
    ]);
  });

  it('a title YAML read as a number or a date says to put it in quotes', () => {
    expect(problems(noticeSchema, { ...notice(), title: 2026 })).toEqual([
      'title: “标题”应为文字,收到的 2026 被读成了数字:请给它加上引号,写成 "2026"(expected text: put the value in quotes)',
    ]);
    expect(problems(noticeSchema, { ...notice(), title: new Date('2026-12-01T00:00:00Z') })).toEqual([
      expect.stringContaining('被读成了日期:请给它加上引号,写成 "2026-12-01"'),
    ]);
  });

  it('an urgent notice without expiry, and a repealed notice without its replacement', () => {
    expect(problems(noticeSchema, { ...notice(), urgent: true })).toEqual([expect.stringMatching(/^expires: 紧急通知必须填写“失效时间”/)]);
    expect(problems(noticeSchema, { ...notice(), status: 'repealed' })).toEqual([expect.stringMatching(/^replacedBy: /)]);
  });

  it('a performance without a venue or with its end before its start', () => {
    const show = { key: 'gala', title: '晚会', start: '2026-12-01 19:00', venue: 'jiangbin-plaza', troupes: ['合唱团'] };
    expect(problems(performanceSchema, show)).toEqual([]);
    const { venue: _venue, ...noVenue } = show;
    expect(problems(performanceSchema, noVenue)[0]).toMatch(/^venue: /);
    expect(problems(performanceSchema, { ...show, end: '2026-12-01 18:00' })).toEqual([expect.stringMatching(/^end: “结束时间”应晚于“开始时间”/)]);
  });

  it('a poster without alternative text', () => {
    const show = { key: 'gala', title: '晚会', start: '2026-12-01 19:00', venue: 'jiangbin-plaza', troupes: ['合唱团'], poster: { src: '../media/a.jpg' } };
    expect(problems(performanceSchema, show)).toEqual([expect.stringMatching(/^poster\.alt: 缺少必填项“图片说明/)]);
  });

  it('an image outside the uploaded images, or of a type the build cannot process', () => {
    const show = { key: 'gala', title: '晚会', start: '2026-12-01 19:00', venue: 'jiangbin-plaza', troupes: ['合唱团'] };
    const poster = (src: string) => problems(performanceSchema, { ...show, poster: { src, alt: '海报' } });
    expect(poster('../media/gala.jpg')).toEqual([]);
    expect(poster('../media/gala.WEBP')).toEqual([]);
    for (const src of [
      '/uploads/gala.jpg',
      '../media/../../secret.jpg',
      '../media/sub/gala.jpg',
      '../../src/gala.png',
      'https://example.com/gala.jpg',
      '../media/gala.gif',
      '../media/gala.heic',
      '../media\\gala.jpg',
    ]) {
      expect(poster(src), src).toEqual([
        expect.stringMatching(/^poster\.src: “图片文件”的值 .* 不是上传的图片:应为 content\/media\/ 里的 JPEG、PNG、WebP 或 AVIF 图片/),
      ]);
    }
  });

  it('an album photo without its description', () => {
    const show = { key: 'gala', title: '晚会', start: '2026-12-01 19:00', venue: 'jiangbin-plaza', troupes: ['合唱团'] };
    expect(problems(performanceSchema, { ...show, photos: [{ src: '../media/a.jpg', alt: '合唱' }, { src: '../media/b.jpg' }] })).toEqual([
      expect.stringMatching(/^photos\.1\.alt: 缺少必填项“照片说明/),
    ]);
  });

  it('an attachment outside /uploads/ or of a type that is not a document', () => {
    const attach = (file: string) => problems(noticeSchema, { ...notice(), attachments: [{ title: '申报表', file }] });
    expect(attach('/uploads/2026/form.pdf')).toEqual([]);
    expect(attach('/uploads/form.DOCX')).toEqual([]);
    for (const file of ['/uploads/run.exe', '/uploads/../secret.pdf', 'form.pdf', '/etc/form.pdf', 'https://example.com/form.pdf', '/uploads/page.html']) {
      expect(attach(file), file).toEqual([expect.stringMatching(/^attachments\.0\.file: “附件文件”的值 .* 不是上传的文档/)]);
    }
  });

  it('a misspelt field name, instead of silently ignoring it', () => {
    expect(problems(noticeSchema, { ...notice(), titel: '错字' })).toEqual([expect.stringMatching(/^: 未知字段 “titel”.*可用字段:title, key, published/)]);
  });

  it('a field the CMS left blank counts as not given', () => {
    expect(problems(noticeSchema, { ...notice(), summary: '', expires: '', event: { start: '', end: '', venue: '' }, en: { title: '' } })).toEqual([]);
    expect(problems(noticeSchema, { ...notice(), title: '' })).toEqual([expect.stringMatching(/^title: 缺少必填项“标题”/)]);
  });

  it('a file name that is not a short ASCII name', () => {
    expect(problems(noticeSchema, { ...notice(), key: '供暖' })[0]).toMatch(/^key: “网址短名”的值 “供暖” 不符合要求/);
  });

  it('a fixture naming a team that is not in the league', () => {
    const league = contentFiles('leagues').find((f) => f.id === '2026-3x3-basketball')!.data;
    const fixtures = [...(league['fixtures'] as object[]), { round: '加赛', time: '2026-12-20 15:00', venue: 'yishan-court', home: 'yishan', away: 'nobody' }];
    expect(problems(leagueSchema, { ...league, fixtures })).toEqual([expect.stringMatching(/^fixtures\.6\.away: 队伍 “nobody” 不在本赛事的参赛队伍中/)]);
  });

  it('a library without the address or URL its kind needs', () => {
    const base = { name: '图书室', key: 'room' };
    expect(problems(librarySchema, { ...base, kind: 'community-library' })).toEqual([expect.stringMatching(/^address: 实体图书馆和阅览室必须填写“地址”/)]);
    expect(problems(librarySchema, { ...base, kind: 'digital-resource' })).toEqual([expect.stringMatching(/^url: 数字资源必须填写“网址”/)]);
  });

  it('a lesson with neither a time nor a weekly schedule', () => {
    const course = contentFiles('courses').find((f) => f.id === 'civic-handbook')!.data;
    const lessons = [{ title: '补课', venue: 'liukai-centre', teacher: '刘建国' }];
    expect(problems(courseSchema, { ...course, lessons })).toEqual([expect.stringMatching(/^lessons\.0\.start: 每节课要么填写“上课时间”/)]);
  });
});
