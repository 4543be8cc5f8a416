/**
 * The rules for uploaded files: what an entry may name, what the build checks on disk, and
 * what the messages tell an editor to do.
 */
import { describe, expect, it } from 'vitest';
import {
  bodyImageProblems,
  DOCUMENT_NAME_PATTERN,
  IMAGE_NAME_PATTERN,
  MAX_UPLOAD_BYTES,
  sniffType,
  uploadProblem,
  type UploadUse,
} from '../src/lib/uploads.ts';
import { publishedOriginals } from '../src/integrations/no-original-uploads.ts';
import { labelPath } from '../src/lib/schema-walk.ts';
import { noticeSchema } from '../src/schemas/notices.ts';
import { performanceSchema } from '../src/schemas/performances.ts';

const bytes = (...values: (number | string)[]) => new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF', 0);
const PDF = bytes('%PDF-1.7\n');
const poster: UploadUse = { kind: 'image', value: '../media/gala.jpg', file: 'content/performances/2026-12-12-gala.md', where: '海报 › 图片文件' };
const form: UploadUse = { kind: 'document', value: '/uploads/2026/form.pdf', file: 'content/notices/2026-11-10-review.md', where: '附件 › 第 1 项 › 附件文件' };

describe('what the CMS lets an editor choose (checked on the file name)', () => {
  it('accepts images and documents by extension in any case, and nothing else', () => {
    for (const name of ['a.jpg', 'A.JPG', 'b.jpeg', 'c.png', 'd.webp', 'e.AVIF']) expect(IMAGE_NAME_PATTERN.test(name), name).toBe(true);
    for (const name of ['a.gif', 'a.heic', 'a.svg', 'a.pdf', 'jpg']) expect(IMAGE_NAME_PATTERN.test(name), name).toBe(false);
    for (const name of ['a.pdf', 'A.PDF', 'b.docx', 'c.xls', 'd.pptx', 'e.wps']) expect(DOCUMENT_NAME_PATTERN.test(name), name).toBe(true);
    for (const name of ['a.exe', 'a.html', 'a.js', 'a.pdf.exe', 'a.zip']) expect(DOCUMENT_NAME_PATTERN.test(name), name).toBe(false);
  });
});

describe('what the build checks on disk', () => {
  it('recognises files by their first bytes', () => {
    expect(sniffType(JPEG)).toBe('jpeg');
    expect(sniffType(bytes(0x89, 'PNG\r\n'))).toBe('png');
    expect(sniffType(bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).toBe('webp');
    expect(sniffType(bytes(0, 0, 0, 0x1c, 'ftypavif'))).toBe('avif');
    expect(sniffType(PDF)).toBe('pdf');
    expect(sniffType(bytes('PK', 3, 4))).toBe('zip');
    expect(sniffType(bytes('<html>'))).toBeUndefined();
  });

  it('passes a real file of the right type and size', () => {
    expect(uploadProblem(poster, { exists: true, size: 50_000, head: JPEG })).toBeUndefined();
    expect(uploadProblem(form, { exists: true, size: MAX_UPLOAD_BYTES, head: PDF })).toBeUndefined();
  });

  it('names the entry, the field and the file when the file is missing', () => {
    expect(uploadProblem(poster, { exists: false, size: 0, head: new Uint8Array() })).toEqual({
      file: 'content/performances/2026-12-12-gala.md',
      line: undefined,
      field: '海报 › 图片文件',
      key: undefined,
      message: '图片 “../media/gala.jpg” 找不到(no file content/media/gala.jpg)',
      hint: '在内容管理中重新上传,或把文件放到 content/media/gala.jpg(upload it again)',
    });
  });

  it('refuses a file over 8 MB', () => {
    expect(uploadProblem(form, { exists: true, size: MAX_UPLOAD_BYTES + 1, head: PDF })).toMatchObject({
      file: 'content/notices/2026-11-10-review.md',
      field: '附件 › 第 1 项 › 附件文件',
      message: '附件 “/uploads/2026/form.pdf” 有 8.0 MB,超过 8 MB 的上限(file too large)',
    });
  });

  it('refuses a file whose content is not what its name says (a web page saved as .pdf, a PDF named .jpg)', () => {
    expect(uploadProblem(form, { exists: true, size: 100, head: bytes('<html>') })?.message).toMatch(
      /附件 “\/uploads\/2026\/form\.pdf” 不是有效的PDF 或 Office 文档/,
    );
    expect(uploadProblem(poster, { exists: true, size: 100, head: PDF })?.message).toMatch(
      /图片 “\.\.\/media\/gala\.jpg” 不是有效的图片\(JPEG、PNG、WebP 或 AVIF\)/,
    );
  });
});

describe('images in a body', () => {
  const file = 'content/notices/2026-11-20-plaza.md';

  it('need a description, unless marked decorative', () => {
    const body = '第一段。\n\n![江滨广场腰鼓表演](../media/drums.jpg)\n\n![](../media/photo.jpg)\n\n![](../media/line.png "装饰")\n';
    // The body starts on line 8 of its file: problems name the line in the file.
    const { problems, uses } = bodyImageProblems(file, body, 8);
    expect(problems).toEqual([
      {
        file: 'content/notices/2026-11-20-plaza.md',
        line: 12,
        field: '正文第 5 行的图片',
        message: '图片 “../media/photo.jpg” 没有图片说明(missing alt text)',
        hint: '写上图片内容,如 ![江滨广场腰鼓表演](../media/photo.jpg);纯装饰的图片写成 ![](../media/photo.jpg "装饰")',
      },
    ]);
    expect(uses.map((use) => [use.value, use.where])).toEqual([
      ['../media/drums.jpg', '正文第 3 行的图片'],
      ['../media/photo.jpg', '正文第 5 行的图片'],
      ['../media/line.png', '正文第 7 行的图片'],
    ]);
  });

  it('must be uploaded images; images from other sites are left to become links', () => {
    const { problems, uses } = bodyImageProblems(file, '![图](/uploads/a.jpg)\n![图](https://example.com/a.jpg)\n');
    expect(problems).toEqual([expect.objectContaining({ field: '正文第 1 行的图片', message: expect.stringContaining('“/uploads/a.jpg” 不是上传的图片') })]);
    expect(uses).toEqual([]);
  });
});

describe('field names in messages are the labels an editor sees', () => {
  it('names nested fields and list items from 1', () => {
    expect(labelPath(performanceSchema, ['poster', 'src'])).toBe('海报 › 图片文件');
    expect(labelPath(performanceSchema, ['photos', 1, 'src'])).toBe('活动风采 › 第 2 项 › 照片文件');
    expect(labelPath(noticeSchema, ['attachments', 0, 'file'])).toBe('附件 › 第 1 项 › 附件文件');
  });
});

describe('originals never published', () => {
  it('finds an upload’s original among the processed files', () => {
    const published = ['gala.CaAWkkWO.jpg', 'gala.CaAWkkWO_Za6Iak.avif', 'gala.CaAWkkWO_t3iNm.jpg', 'other.BbBbBbBb.png', 'client.DdDdDdDd.js'];
    expect(publishedOriginals(published, ['gala.jpg', 'drums.jpg'])).toEqual(['gala.CaAWkkWO.jpg']);
  });
});

describe('the CMS refuses the same before saving', () => {
  it('an image in the body without a description, with the line and what to write', async () => {
    const { entryProblems } = await import('../admin/validate.ts');
    const notice = { title: '广场活动', key: 'plaza', published: '2026-11-20 09:00', category: 'culture-sports' };
    expect(entryProblems('notices', { ...notice, body: '![江滨广场腰鼓表演](../media/drums.jpg)' })).toEqual([]);
    expect(entryProblems('notices', { ...notice, body: '第一段。\n\n![](../media/drums.jpg)' })).toEqual([
      '正文第 3 行的图片:图片 “../media/drums.jpg” 没有图片说明。请写上图片内容,如 ![江滨广场腰鼓表演](../media/drums.jpg);纯装饰的图片写成 ![](../media/drums.jpg "装饰")',
    ]);
  });
});

describe('the CMS names fields as the editor sees them', () => {
  it('by their labels, with list items counted from 1', async () => {
    const { entryProblems } = await import('../admin/validate.ts');
    const show = { key: 'gala', title: '晚会', start: '2026-12-01 19:00', venue: 'jiangbin-plaza', troupes: ['合唱团'] };
    expect(entryProblems('performances', { ...show, photos: [{ src: '../media/a.jpg', alt: '合唱' }, { src: '../media/b.jpg' }] })).toEqual([
      '活动风采 › 第 2 项 › 照片说明:缺少必填项“照片说明”',
    ]);
    expect(entryProblems('performances', { ...show, end: '2026-12-01 18:00' })).toEqual(['结束时间:“结束时间”应晚于“开始时间”']);
  });

  it('names a list item by its own name too: a fixture by its round and teams, in Chinese only', async () => {
    const { entryProblems } = await import('../admin/validate.ts');
    const teams = [
      { id: 'chenzhou', name: '陈州队', community: 'chenzhou' },
      { id: 'liukai', name: '柳开队', community: 'liukai' },
    ];
    const league = { key: 'volley', title: '气排球联赛', sport: 'air-volleyball', season: '2026', format: 'double-round-robin', teams };
    const fixtures = [
      { round: '第1轮', time: '2026-11-15 09:00', venue: 'chenzhou-square', home: 'chenzhou', away: 'liukai' },
      { round: '第2轮', time: '2026-11-22 09:00', venue: 'chenzhou-square', home: 'liukai', away: 'nobody' },
    ];
    const problems = entryProblems('leagues', { ...league, fixtures });
    expect(problems).toHaveLength(1);
    // The league by its title, the fixture by its number from 1, its round and its teams by name (an unknown id as written).
    expect(problems[0]).toMatch(/^《气排球联赛》赛程与结果 › 第 2 项\(第2轮 柳开队 对 nobody\) › 客队:队伍 “nobody” 不在本赛事的参赛队伍中/);
    expect(problems[0]).not.toMatch(/[A-Za-z]{3,} [a-z]{2,}/); // no English sentence left
  });
});
