/**
 * A corpus of broken entries, each as an editor (or a Windows text editor) might produce it.
 * Each must stop the build with the file and the field, or — where the input is legitimately
 * fine (a byte-order mark, Windows line endings) — build the page correctly. And a failed
 * build must never replace the dist/ a host is serving.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildWithContent, makeFixture } from './support/fixture-build.ts';
import { FIXTURE_CONTENT } from './support/paths.ts';
import { PLACEHOLDER_SITE_URL } from '../src/lib/site-url.ts';

function failingBuild(files: Record<string, string | Uint8Array | null>) {
  const result = buildWithContent(files);
  rmSync(result.dir, { recursive: true, force: true });
  expect(result.status, result.output).not.toBe(0);
  return result.output;
}

const NOTICE = 'content/notices/2026-12-03-broken.md';

describe('broken entries fail the build with file and field', () => {
  it('bad YAML (an unclosed list) names the file and the line', () => {
    const output = failingBuild({
      [NOTICE]: '---\ntitle: 停水通知\nkey: broken\npublished: "2026-12-03 09:00"\ncategory: service\ncommunities: [chenzhou\n---\n正文\n',
    });
    expect(output).toContain('content/notices/2026-12-03-broken.md 第 6 行(line 6)\n  这一行的 [ 没有对应的 ]:communities: [chenzhou(a list is never closed)');
  });

  it('wrong types (a word where a yes/no is expected, one community where a list is) name each field', () => {
    const output = failingBuild({
      [NOTICE]: '---\ntitle: 停水通知\nkey: broken\npublished: "2026-12-03 09:00"\ncategory: service\npinned: 是的\ncommunities: chenzhou\n---\n正文\n',
    });
    expect(output).toContain('content/notices/2026-12-03-broken.md');
    expect(output).toMatch(/第 6 行\(line 6\)\n {2}置顶\(pinned\):/);
    expect(output).toMatch(/第 7 行\(line 7\)\n {2}[^\n]*\(communities\):/);
  });

  it('an impossible date (30 February) names the field', () => {
    const output = failingBuild({ [NOTICE]: '---\ntitle: 停水通知\nkey: broken\npublished: "2026-02-30 09:00"\ncategory: service\n---\n正文\n' });
    expect(output).toContain('content/notices/2026-12-03-broken.md');
    expect(output).toMatch(/发布时间\(published\):“发布时间”不是有效的日期时间:“2026-02-30 09:00”/);
  });

  it('a dangling reference (a notice for a community that does not exist) names file, field and the choices', () => {
    const output = failingBuild({
      [NOTICE]: '---\ntitle: 停水通知\nkey: broken\npublished: "2026-12-03 09:00"\ncategory: service\ncommunities: [no-such-community]\n---\n正文\n',
    });
    expect(output).toMatch(
      /content\/notices\/2026-12-03-broken\.md 第 6 行\(line 6\)\n {2}[^\n(]+ › 第 1 项\(communities\[0\]\):没有编号为 “no-such-community” 的社区/,
    );
    expect(output).toMatch(/改成现有的社区之一:[^\n]*chenzhou\(陈州社区\)/);
  });

  it('a duplicate short name (the CMS’s "-1" file for a key already in use) names both files', () => {
    const copy = readFileSync(join(FIXTURE_CONTENT, 'communities/chenzhou.md'), 'utf8');
    const output = failingBuild({ 'content/communities/chenzhou-1.md': copy });
    expect(output).toMatch(
      /content\/communities\/chenzhou-1\.md 第 \d+ 行\(line \d+\)\n {2}网址短名\(key\):网址短名 “chenzhou” 已被 content\/communities\/chenzhou\.md 使用/,
    );
  });

  it('impossible dates written without quotes (YAML would roll them over into real ones) name the field and the written date', () => {
    const notice = '---\ntitle: 停水通知\nkey: broken\npublished: 2026-13-40\ncategory: service\nurgent: true\nexpires: 2027-02-30\n---\n正文\n';
    const output = failingBuild({ [NOTICE]: notice });
    expect(output).toContain('content/notices/2026-12-03-broken.md');
    expect(output).toContain(
      '第 4 行(line 4)\n  发布时间(published):“发布时间”不是有效的日期时间:“2026-13-40”。应为北京时间,如 2026-12-05 或 2026-12-05 19:30(expected a real date, optionally with a time)',
    );
    expect(output).toMatch(/第 7 行\(line 7\)\n {2}[^\n(]+\(expires\):“[^”]+”不是有效的日期时间:“2027-02-30”/);
    expect(output).not.toContain('2027-02-09');
  });

  it('the same key on the same day (Decap’s "-1" file) in the dated collections names both files', () => {
    const output = failingBuild({
      'content/notices/2026-11-20-cold-wave-safety-1.md': readFileSync(join(FIXTURE_CONTENT, 'notices/2026-11-20-cold-wave-safety.md'), 'utf8'),
      'content/performances/2026-12-05-waist-drum-show-1.md': readFileSync(join(FIXTURE_CONTENT, 'performances/2026-12-05-waist-drum-show.md'), 'utf8'),
    });
    expect(output).toMatch(
      /content\/notices\/2026-11-20-cold-wave-safety-1\.md 第 \d+ 行\(line \d+\)\n {2}网址短名\(key\):网址短名 “cold-wave-safety” 在 2026-11-20 已被 content\/notices\/2026-11-20-cold-wave-safety\.md 使用/,
    );
    expect(output).toMatch(
      /content\/performances\/2026-12-05-waist-drum-show-1\.md 第 \d+ 行\(line \d+\)\n {2}网址短名\(key\):网址短名 “waist-drum-show” 在 2026-12-05 已被 content\/performances\/2026-12-05-waist-drum-show\.md 使用/,
    );
  });

  it('the same file name in two sub-folders (one address for two pages) is refused', () => {
    const output = failingBuild({
      'content/notices/old/2026-11-02-reception-room-rules.md': readFileSync(join(FIXTURE_CONTENT, 'notices/2026-11-02-reception-room-rules.md'), 'utf8'),
    });
    expect(output).toContain('content/notices/old/2026-11-02-reception-room-rules.md\n  条目文件不能放在子文件夹里');
  });

  it('an empty file names the file and the missing required fields', () => {
    const output = failingBuild({ [NOTICE]: '' });
    expect(output).toContain('content/notices/2026-12-03-broken.md');
    expect(output).toMatch(/标题\(title\):缺少必填项“标题”/);
  });
});

describe('broken uploads fail the build, each named with its entry, its field and what to do', () => {
  it('a missing image, a corrupt image, a web page saved as a PDF, a document over 8 MB and a body image without description', () => {
    const show = readFileSync(join(FIXTURE_CONTENT, 'performances/2026-12-19-opera-afternoon.md'), 'utf8');
    const withPoster = show.replace(
      /\nstatus:/,
      '\nposter:\n  src: ../media/no-such-poster.jpg\n  alt: 海报\nphotos:\n  - src: ../media/broken-photo.jpg\n    alt: 合唱\nstatus:',
    );
    const notice =
      '---\ntitle: 申报通知\nkey: broken\npublished: "2026-12-03 09:00"\ncategory: service\nattachments:\n  - title: 申报表\n    file: /uploads/saved-page.pdf\n  - title: 大文件\n    file: /uploads/huge.pdf\n---\n第一段。\n\n![](../media/jiangbin-plaza-evening.jpg)\n';
    const output = failingBuild({
      'content/performances/2026-12-19-opera-afternoon.md': withPoster,
      // a JPEG cut off after its header, as an interrupted upload leaves it
      'content/media/broken-photo.jpg': readFileSync(join(FIXTURE_CONTENT, 'media/jiangbin-plaza-evening.jpg')).subarray(0, 600),
      'public/uploads/saved-page.pdf': '<!doctype html><html><body>登录超时</body></html>',
      'public/uploads/huge.pdf': Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(9 * 1024 * 1024)]),
      [NOTICE]: notice,
    });
    expect(output).toContain('内容有 5 处问题,网站没有构建(5 problems in content/, nothing was built)');
    expect(output).toMatch(
      /content\/performances\/2026-12-19-opera-afternoon\.md 第 \d+ 行\(line \d+\)\n {2}海报 › 图片文件\(poster\.src\):图片 “\.\.\/media\/no-such-poster\.jpg” 找不到\(no file content\/media\/no-such-poster\.jpg\)\n {2}怎么改\(fix\):在内容管理中重新上传/,
    );
    expect(output).toMatch(
      /content\/performances\/2026-12-19-opera-afternoon\.md 第 \d+ 行\(line \d+\)\n {2}活动风采 › 第 1 项 › 照片文件\(photos\[0\]\.src\):图片 “\.\.\/media\/broken-photo\.jpg” 已损坏,无法读取/,
    );
    expect(output).toContain(
      'content/notices/2026-12-03-broken.md 第 8 行(line 8)\n  附件 › 第 1 项 › 附件文件(attachments[0].file):附件 “/uploads/saved-page.pdf” 不是有效的PDF 或 Office 文档',
    );
    expect(output).toContain(
      'content/notices/2026-12-03-broken.md 第 10 行(line 10)\n  附件 › 第 2 项 › 附件文件(attachments[1].file):附件 “/uploads/huge.pdf” 有 9.0 MB,超过 8 MB 的上限(file too large)',
    );
    expect(output).toContain(
      'content/notices/2026-12-03-broken.md 第 14 行(line 14)\n  正文第 3 行的图片:图片 “../media/jiangbin-plaza-evening.jpg” 没有图片说明(missing alt text)',
    );
  });
});

describe('legitimate input that editors’ tools produce builds correctly', () => {
  it('a file with a byte-order mark and one with Windows line endings both become normal pages, and a library link to a site path renders', () => {
    const crlf =
      '---\r\ntitle: 暂停供水通知\r\nkey: crlf-water\r\npublished: "2026-12-04 09:00"\r\ncategory: service\r\ncommunities:\r\n  - chenzhou\r\n---\r\n12 月 5 日 8:00–12:00 陈州社区暂停供水。\r\n\r\n请提前储水。\r\n';
    const bom = '\uFEFF---\ntitle: 社区图书角开放\nkey: bom-library\npublished: "2026-12-04 10:00"\ncategory: culture-sports\n---\n图书角每周六开放。\n';
    // and a library link to a page of this site, which the schema allows (it crashed the library page)
    const digital = readFileSync(join(FIXTURE_CONTENT, 'library/national-digital-library.md'), 'utf8').replace(
      'url: https://www.nlc.cn/',
      'url: /school/?from=library#courses',
    );
    const city = readFileSync(join(FIXTURE_CONTENT, 'library/zhoukou-city-library.md'), 'utf8').replace(
      /\nkey: (.*)\n/,
      '\nkey: $1\nurl: HTTPS://WWW.ZKSLIB.CN/opac\n',
    );
    const result = buildWithContent({
      'content/notices/2026-12-04-crlf-water.md': crlf,
      'content/notices/2026-12-04-bom-library.md': bom,
      'content/library/national-digital-library.md': digital,
      'content/library/zhoukou-city-library.md': city,
    });
    try {
      expect(result.status, result.output).toBe(0);
      const crlfPage = readFileSync(join(result.dir, 'dist/notices/2026-12-04-crlf-water/index.html'), 'utf8');
      expect(crlfPage).toMatch(/<h1[^>]*>暂停供水通知<\/h1>/);
      expect(crlfPage).toMatch(/<p>12 月 5 日 8:00–12:00 陈州社区暂停供水。<\/p>\s*<p>请提前储水。<\/p>/);
      expect(crlfPage).not.toContain('\r');
      const bomPage = readFileSync(join(result.dir, 'dist/notices/2026-12-04-bom-library/index.html'), 'utf8');
      expect(bomPage).toMatch(/<h1[^>]*>社区图书角开放<\/h1>/);
      expect(bomPage).not.toContain('\uFEFF');
      for (const page of ['dist/library/index.html', 'dist/en/library/index.html']) {
        const library = readFileSync(join(result.dir, page), 'utf8');
        expect(library, page).toContain('<a href="/school/?from=library#courses">/school/?from=library#courses</a>');
        expect(library, page).toContain('<a href="https://www.zkslib.cn/opac" rel="noopener external">www.zkslib.cn</a>');
      }
    } finally {
      rmSync(result.dir, { recursive: true, force: true });
    }
  }, 180_000); // a whole-site build: 60 s alone, 76 s on a busy two-core machine
});

describe('npm run build never leaves a half-written site', () => {
  it('keeps the previous dist/ when the build fails, and replaces it whole when it succeeds', () => {
    const dir = makeFixture({ [NOTICE]: '---\ntitle: 坏通知\n---\n' });
    try {
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist/index.html'), 'the site being served');
      // What the build before that one replaced: every build deletes it while it runs.
      mkdirSync(join(dir, '.dist-replaced'));
      writeFileSync(join(dir, '.dist-replaced/index.html'), 'an older site');
      const failed = spawnSync('npm', ['run', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', SITE_URL: PLACEHOLDER_SITE_URL },
      });
      expect(failed.status).not.toBe(0);
      expect(`${failed.stdout}${failed.stderr}`).toContain('构建失败');
      expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe('the site being served');
      expect(readdirSync(dir).filter((name) => name.includes('building') || name.includes('replaced'))).toEqual([]);

      rmSync(join(dir, NOTICE));
      const built = spawnSync('npm', ['run', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', SITE_URL: PLACEHOLDER_SITE_URL },
      });
      expect(built.status, built.stderr).toBe(0);
      expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toContain('<html lang="zh-CN">');
      expect(existsSync(join(dir, 'dist/_headers'))).toBe(true);
      expect(readdirSync(dir).filter((name) => name.includes('building'))).toEqual([]);
      // The site it replaced waits beside it for the next build to delete.
      expect(readFileSync(join(dir, '.dist-replaced/index.html'), 'utf8')).toBe('the site being served');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000); // two builds of the whole site

  it('refuses to start without SITE_URL, before touching dist/ (a deployed placeholder address breaks every link)', () => {
    const dir = makeFixture();
    try {
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist/index.html'), 'the site being served');
      const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', NO_COLOR: '1' };
      delete env['SITE_URL'];
      const refused = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env });
      expect(refused.status).not.toBe(0);
      const output = `${refused.stdout}${refused.stderr}`;
      expect(output).toContain('错误:没有设置 SITE_URL(网站的公开地址),正式构建不能进行。');
      expect(output).toContain('ERROR: SITE_URL (the public address of the site) is not set, so the production build stops.');
      expect(output).toContain('npm run build -- --local-preview');
      expect(output).not.toContain('[build]'); // Astro never started
      expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe('the site being served');
      expect(readdirSync(dir).filter((name) => name.includes('building'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
