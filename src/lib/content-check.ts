/**
 * Every check the build makes on content/, run over the files themselves before Astro starts, so
 * that an editor's mistake comes back as one block per problem (src/lib/content-problems.ts)
 * with the line in the file, and not as an Astro error with a stack trace after pages of
 * unrelated bundler warnings. `npm run build` runs it first (scripts/content-check.ts); the
 * same checks stay inside the Astro build (the schemas in src/content.config.ts, references,
 * keys and uploads in src/data/site.ts), so nothing gets past them when Astro is run directly.
 *
 * The front matter is read twice: by the same reader as Astro (js-yaml, through
 * src/lib/frontmatter.ts) for the values the schema sees, and by the `yaml` package for
 * positions: the line of each field, and where a quote that is never closed was opened (both
 * parsers report such an error at the end of the front matter, lines after the mistake).
 */
import { readFrontmatter, type FrontmatterFile } from './frontmatter.ts';
import { CST, LineCounter, Parser, isNode, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { keyPath, type ContentProblem } from './content-problems.ts';
import { idFromEntryPath } from './slugs.ts';
import { labelPath } from './schema-walk.ts';
import { FRONT_MATTER, restoreImpossibleDates } from './written-dates.ts';
import { findDanglingReferences, danglingReferenceProblems } from './references.ts';
import { findDuplicateKeys } from './duplicate-keys.ts';

export interface CollectionInfo {
  name: string;
  /** what one entry is called in the CMS: 场地 */
  labelSingular: string;
  schema: z.ZodType;
  /** the field that names an entry (title or name), shown next to its id */
  identifier?: string;
}

export interface SourceFile {
  /** from the repository root: content/notices/2026-12-01-water.md */
  path: string;
  contents: string;
}

/** An entry that passed its own checks, ready for the checks across entries. */
export interface CheckedSource {
  collection: string;
  id: string;
  filePath: string;
  data: unknown;
  body: string;
  bodyLine: number;
  lineOf: (path: readonly (string | number)[]) => number | undefined;
}

/** The front matter's text and the file line its first character is on. */
function frontMatterOf(contents: string): { text: string; firstLine: number; bodyLine: number } | undefined {
  const match = FRONT_MATTER.exec(contents);
  if (!match) return undefined;
  const opening = match.index + match[0].indexOf('---');
  const firstLine = contents.slice(0, opening).split('\n').length;
  const bodyLine = contents.slice(0, match.index + match[0].length).split('\n').length + 1;
  return { text: match[1]!, firstLine, bodyLine };
}

/** Where a quoted value or a [list] / {map} that is never closed begins, if there is one. */
function unclosedAt(text: string): { offset: number; opening: string; closing: string } | undefined {
  let found: { offset: number; opening: string; closing: string } | undefined;
  const look = (token: CST.Token | undefined) => {
    if (found || !token) return;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const quote = token.type === 'double-quoted-scalar' ? '"' : "'";
      const closed = token.source.length > 1 && token.source.endsWith(quote) && !(quote === '"' && /(?<!\\)(?:\\\\)*\\"$/.test(token.source));
      if (!closed) found = { offset: token.offset, opening: quote, closing: quote };
    } else if (token.type === 'flow-collection') {
      const closing = token.start.source === '[' ? ']' : '}';
      if (!token.end.some((end) => end.source === closing)) found = { offset: token.offset, opening: token.start.source, closing };
      else for (const item of token.items) look(item.value);
    }
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const part of [item.key, item.value]) look(part ?? undefined);
    });
  }
  return found;
}

function yamlProblem(file: string, text: string, firstLine: number, document: Document, lines: LineCounter): ContentProblem {
  const unclosed = unclosedAt(text);
  if (unclosed) {
    const row = lines.linePos(unclosed.offset).line;
    const written = text.split('\n')[row - 1]?.trim() ?? '';
    const quote = unclosed.opening === unclosed.closing;
    return {
      file,
      line: firstLine + row - 1,
      message: quote
        ? `这一行的引号没有结束:${written}(a quoted value is never closed, so the lines after it are read as part of it)`
        : `这一行的 ${unclosed.opening} 没有对应的 ${unclosed.closing}:${written}(a ${unclosed.opening === '[' ? 'list' : 'map'} is never closed)`,
      hint: quote
        ? '在这个值的末尾补上同样的引号(" 或 \'),或者去掉开头的引号;值里本身要用引号时,请用中文引号“”'
        : `在这一行的末尾补上 ${unclosed.closing},如 communities: [chenzhou, jiangbin]`,
    };
  }
  const error = document.errors[0]!;
  const line = firstLine + (error.linePos?.[0].line ?? 1) - 1;
  const written = text.split('\n')[(error.linePos?.[0].line ?? 1) - 1]?.trim() ?? '';
  const colon = error.code === 'BLOCK_AS_IMPLICIT_KEY' || /mapping/i.test(error.message);
  return {
    file,
    line,
    message: `文件开头的字段(YAML)格式有误:${written}(the front matter is not valid YAML: ${error.message.split('\n')[0]})`,
    hint: colon
      ? '值里有英文冒号“: ”时,请把整个值放进引号里,如 title: "活动时间: 上午 9 点",或改用中文冒号“:”'
      : '每个字段一行,写成 字段名: 值;列表的每一项以 “- ” 开头并对齐;不确定时可在内容管理中打开这条内容重新保存',
  };
}

/** The line of the field at `path` (or of its nearest written parent) in the file. */
function lineFinder(document: Document, lines: LineCounter, firstLine: number) {
  return (path: readonly (string | number)[]): number | undefined => {
    for (let length = path.length; length > 0; length--) {
      const node = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return firstLine + lines.linePos(node.range[0]).line - 1;
    }
    return undefined;
  };
}

/** An entry's own problems (file name, YAML, schema), and the entry when it has none. */
export function checkSource(
  source: SourceFile,
  collection: CollectionInfo,
  entryPath = source.path.split('/').pop()!,
): { problems: ContentProblem[]; entry?: CheckedSource } {
  const file = source.path;
  let id: string;
  try {
    id = idFromEntryPath(entryPath, collection.name);
  } catch (error) {
    return { problems: [{ file, message: (error as Error).message.replace(`${file}: `, ''), hint: '在内容管理中新建条目时,文件名会按网址短名自动生成' }] };
  }
  const front = frontMatterOf(source.contents);
  const lines = new LineCounter();
  const text = front?.text ?? '';
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (front && document.errors.length) return { problems: [yamlProblem(file, text, front.firstLine, document, lines)] };
  let parsed: FrontmatterFile;
  try {
    parsed = readFrontmatter(source.contents);
  } catch (error) {
    // js-yaml (Astro's reader) refused what the yaml package accepted.
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = mark?.line === undefined || !front ? undefined : front.firstLine + mark.line;
    return {
      problems: [
        {
          file,
          line,
          message: `文件开头的字段(YAML)格式有误(the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]})`,
          hint: '在内容管理中打开这条内容重新保存,或按上面的行号修改',
        },
      ],
    };
  }
  const lineOf = lineFinder(document, lines, front?.firstLine ?? 1);
  const data = restoreImpossibleDates(parsed.data, source.contents);
  const result = collection.schema.safeParse(data);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const path = issue.path as (string | number)[];
        return {
          file,
          line: path.length ? lineOf(path) : undefined,
          field: path.length ? labelPath(collection.schema, path) : undefined,
          key: path.length ? keyPath(path) : undefined,
          message: issue.message,
        };
      }),
    };
  }
  return {
    problems: [],
    entry: {
      collection: collection.name,
      id,
      filePath: file,
      data: result.data,
      body: parsed.body.replace(/^\r?\n/, ''),
      bodyLine: front?.bodyLine ?? 1,
      lineOf,
    },
  };
}

/** The checks across entries: references to entries that do not exist, keys used twice. */
export function checkAcrossEntries(entries: readonly CheckedSource[], collections: readonly CollectionInfo[]): ContentProblem[] {
  const byFile = new Map(entries.map((entry) => [entry.filePath, entry]));
  const schemaOf = (file: string) => collections.find((c) => c.name === byFile.get(file)?.collection)?.schema;
  const dangling = danglingReferenceProblems(findDanglingReferences(entries), {
    available: (collection) => {
      const identifier = collections.find((c) => c.name === collection)?.identifier;
      return entries
        .filter((entry) => entry.collection === collection)
        .map((entry) => {
          const name = identifier ? (entry.data as Record<string, unknown>)[identifier] : undefined;
          return typeof name === 'string' ? `${entry.id}(${name})` : entry.id;
        });
    },
    collectionLabel: (collection) => collections.find((c) => c.name === collection)?.labelSingular ?? collection,
    fieldLabel: (file, path) => {
      const schema = schemaOf(file);
      return schema ? labelPath(schema, path) : undefined;
    },
    lineOf: (file, path) => byFile.get(file)?.lineOf(path),
  });
  const duplicates = findDuplicateKeys(entries, (file) => byFile.get(file)?.lineOf(['key']));
  return [...dangling, ...duplicates];
}
