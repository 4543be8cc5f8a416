/**
 * The CMS reads front matter with js-yaml (admin/front-matter-yaml.ts) where Decap read it with the
 * `yaml` package: the data must be the same, for every file the CMS opens and for the YAML an
 * editor or a script might write. A lint-style check may read content/, as it does here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFrontMatterYaml, withFastReading, type YamlFormat } from '../admin/front-matter-yaml.ts';

let decap: YamlFormat;

beforeAll(async () => {
  // Through Vite, as the CMS bundle loads it: Decap's ES build imports without file extensions.
  const options = { configFile: false as const, logLevel: 'silent' as const, ssr: { noExternal: ['decap-cms-core'] } };
  decap = (await runnerImport<{ default: YamlFormat }>('decap-cms-core/dist/esm/formats/yaml.js', options)).module.default;
}, 60_000);

/** The front matter of a Markdown file, as gray-matter hands it to the YAML reader. */
const frontMatter = (source: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });

/** A stand-in for Decap's format that fails the test if the fallback is used. */
const noFallback: YamlFormat = {
  fromFile: () => {
    throw new Error('read by the fallback to Decap’s reading');
  },
  toFile: () => '',
};

/** Decap's reading, or the error it throws. */
const decapReads = (text: string) => {
  try {
    return { data: decap.fromFile(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};
const oursReads = (text: string) => {
  try {
    return { data: readFrontMatterYaml(text, decap) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

const CORPUS: Record<string, string> = {
  'numbers as the yaml package reads them': [
    'a: 12',
    'b: +5',
    'c: -0',
    'd: 0o17',
    'e: 0x1F',
    'f: 0b101',
    'g: +0x1F',
    'h: 0777',
    'i: 1_000',
    'j: 1.50',
    'k: .5',
    'l: 1.',
    'm: 1e3',
    'n: -2.5E-2',
    'o: .inf',
    'p: -.Inf',
    'q: .NaN',
    'r: 12:30',
    's: 1,000',
    't: 0394-8123456',
  ].join('\n'),
  'booleans and nulls': ['a: true', 'b: False', 'c: TRUE', 'd: yes', 'e: no', 'f: on', 'g: off', 'h: ~', 'i: null', 'j: NULL', 'k:', 'l: Null', 'm: nULL'].join(
    '\n',
  ),
  'dates and times': [
    'date: 2026-11-20',
    'start: 2026-11-20T19:30',
    'utc: 2026-11-20T11:30:00Z',
    'fraction: 2026-11-20T11:30:00.250Z',
    'offset: 2026-11-20T19:30:00+08:00',
    'spaced: 2026-11-20 19:30:00',
  ].join('\n'),
  'quoted and block strings': [
    'a: "12"',
    "b: 'true'",
    'c: "第1轮:\\t江滨 \\u2014 荷花"',
    "d: '它''s'",
    'e: |',
    '  第一行',
    '    缩进的第二行',
    '',
    '  空行之后',
    'f: >-',
    '  折叠的',
    '  一段文字',
    'g: 一段很长的',
    '  未加引号的文字',
    'h: "#不是注释" # 这是注释',
    'k: "  前后空格  "',
  ].join('\n'),
  'lists, maps, anchors and explicit tags': [
    'teams:',
    '  - &chenzhou',
    '    id: chenzhou',
    '    name: 陈州社区队',
    '  - *chenzhou',
    'flow: [1, "二", {a: 3}]',
    'empty: []',
    'map: {}',
    'merge:',
    '  <<: {a: 1}',
    'str: !!str 123',
    'int: !!int "7"',
    '"quoted key": 1',
    '1: 数字键',
    'true: 布尔键',
  ].join('\n'),
  'a colon in a plain value': 'a: b: c',
  'a dash after a key': 'a: - 不是列表',
  'what js-yaml refuses': ['a: 1', 'a: 2'].join('\n'),
  'an unknown tag': 'a: !secret 1',
  'a syntax error': 'a: [1, 2',
  'tabs for indentation': 'a:\n\tb: 1',
  'comments only': '# 只有注释',
  empty: '',
  'a closing marker': 'title: 标题\n---\n',
  'two documents': 'a: 1\n---\nb: 2',
};

describe('front matter in the CMS (admin/front-matter-yaml.ts)', () => {
  it('reads every test fixture and every content file as Decap did', () => {
    const files = [...markdownFiles('tests/fixtures/content'), ...markdownFiles('content')];
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = frontMatter(readFileSync(file, 'utf8'));
      expect(oursReads(text), file).toEqual(decapReads(text));
      // …and read by js-yaml, not by the fallback to Decap's reading.
      expect(() => readFrontMatterYaml(text, noFallback), file).not.toThrow();
    }
  });

  it('reads numbers, booleans, dates, strings, anchors and errors as Decap did', () => {
    for (const [name, text] of Object.entries(CORPUS)) expect(oursReads(text), name).toEqual(decapReads(text));
    // The corpus does reach both readers' differences: js-yaml alone reads 0b101 as 5 and yes as… a string, both as Decap.
    expect(oursReads(CORPUS['numbers as the yaml package reads them']!)).toMatchObject({ data: { f: '0b101', g: '+0x1F', h: 777, i: '1_000' } });
    expect((oursReads(CORPUS['dates and times']!) as { data: Record<string, unknown> }).data['utc']).toEqual(new Date('2026-11-20T11:30:00Z'));
    expect(oursReads(CORPUS['what js-yaml refuses']!)).toHaveProperty('error');
    // What js-yaml reads itself: all but what is refused (by both), the unknown tag, the two documents and the empty text.
    const fast = Object.keys(CORPUS).filter((name) => {
      try {
        readFrontMatterYaml(CORPUS[name]!, noFallback);
        return true;
      } catch {
        return false;
      }
    });
    expect(fast).toEqual(
      Object.keys(CORPUS).filter(
        (name) =>
          ![
            'a colon in a plain value',
            'a dash after a key',
            'what js-yaml refuses',
            'an unknown tag',
            'a syntax error',
            'tabs for indentation',
            'empty',
            'two documents',
          ].includes(name),
      ),
    );
  });

  it('writes as Decap writes', () => {
    const format = withFastReading(decap);
    expect(format.toFile).toBe(decap.toFile);
    expect(format.fromFile('title: 冬季供暖')).toEqual({ title: '冬季供暖' });
  });
});
