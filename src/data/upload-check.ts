/**
 * Checks every uploaded file an entry names (front matter and body) on disk: it exists, is not
 * too large, is what its name says, and an image decodes. Each problem names the entry's file, the
 * field by its CMS label, and what to do (src/lib/content-problems.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { z } from 'astro/zod';
import { labelPath } from '../lib/schema-walk.ts';
import { keyPath, type ContentProblem } from '../lib/content-problems.ts';
import { bodyImageProblems, frontMatterUploads, repositoryPath, uploadProblem, type FileFacts, type UploadUse } from '../lib/uploads.ts';

export interface CheckedEntry {
  collection: string;
  id: string;
  filePath?: string | undefined;
  data: unknown;
  body?: string | undefined;
  /** the file line the body starts on, and the line of a front-matter field, where known */
  bodyLine?: number | undefined;
  lineOf?: ((path: readonly (string | number)[]) => number | undefined) | undefined;
}

function factsOf(path: string): FileFacts {
  try {
    const size = statSync(path).size;
    const head = new Uint8Array(16);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
    return { exists: true, size, head };
  } catch {
    return { exists: false, size: 0, head: new Uint8Array(0) };
  }
}

/** Images are decoded once per file and size (the same poster may appear in many entries). */
const decoded = new Map<string, Promise<string | undefined>>();

/**
 * Contents (SHA-256) of images that decoded in an earlier build: decoding every poster again took
 * most of the content check's time (seconds at a few hundred posters), while a published image
 * rarely changes. Only images that decoded are remembered; a broken one is decoded (and
 * reported) every time. Kept with Astro's image cache in node_modules/.cache.
 */
const DECODED_RECORD = join('node_modules', '.cache', 'chuanhui-decoded-images.json');

function readRecord(root: string): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(join(root, DECODED_RECORD), 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

function writeRecord(root: string, record: Set<string>) {
  const file = join(root, DECODED_RECORD);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}`, JSON.stringify([...record]));
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // without the record the next check decodes every image again: slower, never wrong
  }
}

function decodeProblem(path: string, size: number, record: Set<string>): Promise<string | undefined> {
  const key = `${path}:${size}`;
  let result = decoded.get(key);
  if (!result) {
    const contents = readFileSync(path);
    const hash = createHash('sha256').update(contents).digest('base64url');
    result = record.has(hash)
      ? Promise.resolve(undefined)
      : sharp(contents, { failOn: 'error' })
          .stats()
          .then(() => {
            record.add(hash);
            return undefined;
          })
          .catch((error: Error) => error.message);
    decoded.set(key, result);
  }
  return result;
}

export async function uploadProblems(entries: readonly CheckedEntry[], schemas: Record<string, z.ZodType>, root = process.cwd()): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const uses: UploadUse[] = [];
  const record = readRecord(root);
  const known = record.size;
  for (const entry of entries) {
    const file = entry.filePath ?? `content/${entry.collection}/${entry.id}.md`;
    const schema = schemas[entry.collection];
    for (const found of frontMatterUploads(entry.data)) {
      uses.push({
        kind: found.kind,
        value: found.value,
        file,
        where: schema ? labelPath(schema, found.path) : keyPath(found.path),
        key: keyPath(found.path),
        line: entry.lineOf?.(found.path),
      });
    }
    const body = bodyImageProblems(file, entry.body ?? '', entry.bodyLine);
    problems.push(...body.problems);
    uses.push(...body.uses);
  }
  for (const use of uses) {
    const path = join(root, repositoryPath(use.kind, use.value));
    const facts = factsOf(path);
    const problem = uploadProblem(use, facts);
    if (problem) {
      problems.push(problem);
    } else if (use.kind === 'image') {
      const failure = await decodeProblem(path, facts.size, record);
      if (failure)
        problems.push({
          file: use.file,
          line: use.line,
          field: use.where,
          key: use.key,
          message: `图片 “${use.value}” 已损坏,无法读取(the image cannot be decoded: ${failure})`,
          hint: '重新导出后上传(export it again and upload it)',
        });
    }
  }
  if (record.size !== known) writeRecord(root, record);
  return problems;
}
