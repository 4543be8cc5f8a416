/**
 * Where uploads live, what may be uploaded, and the checks the build runs on every uploaded file
 * an entry names. One place for the rules, read by the schemas, the CMS configuration and the
 * build.
 *
 * - Images (posters, photos, pictures in a body) live in content/media/ and are written in an
 *   entry relative to it, "../media/poster.jpg", so that Astro's image pipeline (sharp) processes
 *   them; the originals are never published (content/ is not public/).
 * - Documents (PDF, Office) live in public/uploads/ and are served as they are, from /uploads/….
 */

import type { ContentProblem } from './content-problems.ts';

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = '8 MB';

/** Folder of uploaded images, from the repository root, and how an entry refers to one. */
export const IMAGE_FOLDER = 'content/media';
export const IMAGE_PREFIX = '../media/';
/** Folder of uploaded documents, from the repository root, and the URL they are served from. */
export const DOCUMENT_FOLDER = 'public/uploads';
export const DOCUMENT_PREFIX = '/uploads/';

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;
export const DOCUMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'wps', 'et'] as const;

const alternatives = (extensions: readonly string[]) => extensions.join('|');

/** Letters in either case, for a pattern that cannot carry the `i` flag: "pdf" → "[pP][dD][fF]". */
const caseless = (word: string) => [...word].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');

/**
 * The name of a file the CMS may upload. Decap tests a file field's `pattern` against the chosen
 * file's name, not the path it is saved under, and takes the pattern as a string without flags.
 */
export const IMAGE_NAME_PATTERN = new RegExp(`\\.(?:${IMAGE_EXTENSIONS.map(caseless).join('|')})$`);
export const DOCUMENT_NAME_PATTERN = new RegExp(`\\.(?:${DOCUMENT_EXTENSIONS.map(caseless).join('|')})$`);

/** "../media/poster.jpg": one file directly in content/media/, no "..", no backslash. */
export const IMAGE_PATH_PATTERN = new RegExp(`^\\.\\./media/[\\w\\u4e00-\\u9fff][\\w.\\u4e00-\\u9fff-]*\\.(?:${alternatives(IMAGE_EXTENSIONS)})$`, 'i');
/** "/uploads/2026/form.pdf": a file under public/uploads/, sub-folders allowed, no "..". */
export const DOCUMENT_PATH_PATTERN = new RegExp(
  `^/uploads/(?:[\\w-]+/)*[\\w\\u4e00-\\u9fff][\\w.\\u4e00-\\u9fff-]*\\.(?:${alternatives(DOCUMENT_EXTENSIONS)})$`,
  'i',
);

export type UploadKind = 'image' | 'document';

/** The repository path of an upload an entry names: "../media/a.jpg" → "content/media/a.jpg". */
export function repositoryPath(kind: UploadKind, value: string): string {
  return kind === 'image' ? `${IMAGE_FOLDER}/${value.slice(IMAGE_PREFIX.length)}` : `${DOCUMENT_FOLDER}/${value.slice(DOCUMENT_PREFIX.length)}`;
}

/** What a file's first bytes say it is, whatever its name claims. */
export function sniffType(head: Uint8Array): 'jpeg' | 'png' | 'webp' | 'avif' | 'pdf' | 'zip' | 'ole' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'avif';
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip'; // docx, xlsx, pptx
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'ole'; // doc, xls, ppt, wps
  return undefined;
}

const EXPECTED_TYPE: Record<string, ReturnType<typeof sniffType>> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  pdf: 'pdf',
  docx: 'zip',
  xlsx: 'zip',
  pptx: 'zip',
  doc: 'ole',
  xls: 'ole',
  ppt: 'ole',
  wps: 'ole',
  et: 'ole',
};

/** One uploaded file named by an entry: where it was named and what is wrong with it. */
export interface UploadUse {
  kind: UploadKind;
  /** the value as written in the entry */
  value: string;
  /** the entry's file, e.g. content/performances/2026-12-12-final.md */
  file: string;
  /** where in the entry, for the message: "海报 › 图片文件" or "正文第 12 行" */
  where: string;
  /** the field as written in the file, "poster.src", and the file line, where known */
  key?: string | undefined;
  line?: number | undefined;
}

export interface FileFacts {
  exists: boolean;
  size: number;
  head: Uint8Array;
}

/** The problem with one upload, in words an editor can act on, or undefined when it is fine. */
export function uploadProblem(use: UploadUse, facts: FileFacts): ContentProblem | undefined {
  const path = repositoryPath(use.kind, use.value);
  const what = use.kind === 'image' ? '图片' : '附件';
  const problem = (message: string, hint: string): ContentProblem => ({ file: use.file, line: use.line, field: use.where, key: use.key, message, hint });
  if (!facts.exists) {
    return problem(`${what} “${use.value}” 找不到(no file ${path})`, `在内容管理中重新上传,或把文件放到 ${path}(upload it again)`);
  }
  if (facts.size > MAX_UPLOAD_BYTES) {
    return problem(
      `${what} “${use.value}” 有 ${(facts.size / 1024 / 1024).toFixed(1)} MB,超过 ${MAX_UPLOAD_LABEL} 的上限(file too large)`,
      '压缩后重新上传(make it smaller and upload it again)',
    );
  }
  const extension = use.value.split('.').pop()!.toLowerCase();
  const actual = sniffType(facts.head);
  if (actual === undefined || actual !== EXPECTED_TYPE[extension]) {
    const said = use.kind === 'image' ? '图片(JPEG、PNG、WebP 或 AVIF)' : 'PDF 或 Office 文档';
    return problem(
      `${what} “${use.value}” 不是有效的${said},文件可能已损坏或扩展名不对(the file's content does not match its type)`,
      '重新导出后上传(export it again and upload it)',
    );
  }
  return undefined;
}

/** Markdown images in a body: `![alt](src "title")`, with the line they are on. */
export interface BodyImage {
  alt: string;
  src: string;
  title: string | undefined;
  line: number;
}

export function bodyImages(body: string): BodyImage[] {
  const found: BodyImage[] = [];
  for (const [index, line] of body.split(/\r?\n/).entries()) {
    for (const match of line.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"([^"]*)")?\s*\)/g)) {
      found.push({ alt: match[1]!.trim(), src: match[2]!, title: match[3], line: index + 1 });
    }
  }
  return found;
}

/** A body image marked as decorative (`![](../media/line.png "装饰")`) may have no description. */
export const DECORATIVE_TITLES: ReadonlySet<string> = new Set(['装饰', 'decorative']);

/**
 * Problems with a body's images that need no file access: missing alt text, images from elsewhere.
 * `firstLine` is the file line the body starts on, so that problems name the line in the file.
 */
export function bodyImageProblems(file: string, body: string, firstLine = 1): { problems: ContentProblem[]; uses: UploadUse[] } {
  const problems: ContentProblem[] = [];
  const uses: UploadUse[] = [];
  for (const image of bodyImages(body)) {
    const line = firstLine + image.line - 1;
    const where = `正文第 ${image.line} 行的图片`;
    if (!IMAGE_PATH_PATTERN.test(image.src)) {
      if (/^https?:/i.test(image.src)) continue; // shown as a link, never loaded (src/lib/markdown.ts)
      problems.push({
        file,
        line,
        field: where,
        message: `“${image.src}” 不是上传的图片(images must be uploaded to content/media/)`,
        hint: '用内容管理的“插入图片”上传,地址应为 ../media/文件名.jpg',
      });
      continue;
    }
    if (!image.alt && !DECORATIVE_TITLES.has(image.title ?? '')) {
      problems.push({
        file,
        line,
        field: where,
        message: `图片 “${image.src}” 没有图片说明(missing alt text)`,
        hint: `写上图片内容,如 ![江滨广场腰鼓表演](${image.src});纯装饰的图片写成 ![](${image.src} "装饰")`,
      });
    }
    uses.push({ kind: 'image', value: image.src, file, where, line });
  }
  return { problems, uses };
}

/** Every upload named in an entry's front matter, with the path to it (for the field's label). */
export function frontMatterUploads(data: unknown, path: (string | number)[] = []): { kind: UploadKind; value: string; path: (string | number)[] }[] {
  if (typeof data === 'string') {
    const last = path.at(-1);
    if (last === 'src' && IMAGE_PATH_PATTERN.test(data)) return [{ kind: 'image', value: data, path }];
    if (DOCUMENT_PATH_PATTERN.test(data)) return [{ kind: 'document', value: data, path }];
    return [];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => frontMatterUploads(item, [...path, index]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => frontMatterUploads(value, [...path, key]));
  }
  return [];
}
