/**
 * Field builders shared by every collection schema. Each carries the label an editor sees and
 * a hint, both reused by the CMS (admin/config.yml is generated from them), plus `cms` hints
 * for the widget. Error messages name the field and say what was expected, in Chinese first
 * and English after, because editors read Chinese.
 */
import { z } from 'astro/zod';
import { createReference } from 'astro/content/runtime';
import { dateFromYamlDate, parseLocalDate, parseShanghaiDateTime } from '../lib/dates.ts';
import { checkLink } from '../lib/links.ts';
import { choiceLabel } from '../i18n/index.ts';
import { SLUG_PATTERN } from '../lib/slugs.ts';
import { type UploadKind, DOCUMENT_EXTENSIONS, DOCUMENT_PATH_PATTERN, IMAGE_PATH_PATTERN, MAX_UPLOAD_LABEL } from '../lib/uploads.ts';

/** How the CMS should edit a field, where its type alone does not say. */
export interface CmsHints {
  widget?: 'string' | 'text' | 'datetime' | 'date' | 'number' | 'boolean' | 'select' | 'relation' | 'image' | 'file' | 'team';
  /** relation: the collection referred to */
  collection?: string;
  /** select: prefix of the UI-string keys that label the options, e.g. "category" */
  labels?: string;
  /** string: a regular expression the value must match, and the message when it does not */
  pattern?: readonly [string, string];
  /** file/image: what is uploaded, and so where it is stored and which files are accepted */
  upload?: UploadKind;
  /** the CMS fills the field in when it is saved empty (admin/cms.ts), so its form does not require it */
  filledOnSave?: boolean;
  /** list: what a collapsed item shows, a Decap template such as "{{fields.name}}" */
  summary?: string;
}

/** Field metadata: `title` is the label, `description` the hint. */
export function labelled<T extends z.ZodType>(schema: T, label: string, hint?: string, cms?: CmsHints): T {
  return schema.meta({ title: label, ...(hint ? { description: hint } : {}), ...(cms ? { cms } : {}) });
}

const missing = (label: string) => `缺少必填项“${label}”(required field missing)`;

function describeInput(input: unknown): string {
  if (input === null) return '空值';
  if (input instanceof Date) return input.toISOString();
  return typeof input === 'string' ? `“${input}”` : (JSON.stringify(input) ?? String(input));
}

/**
 * A value YAML read as a number, true/false or a date (`title: 2026`, `name: yes`) is text only
 * in quotes, which an editor writing the file by hand does not know to add.
 */
function notText(label: string, input: unknown): string {
  if (input === undefined) return missing(label);
  const quotable = typeof input === 'number' || typeof input === 'boolean' || input instanceof Date;
  const written = input instanceof Date ? input.toISOString().slice(0, 10) : String(input);
  return quotable
    ? `“${label}”应为文字,收到的 ${written} 被读成了${typeof input === 'number' ? '数字' : input instanceof Date ? '日期' : '是/否'}:请给它加上引号,写成 "${written}"(expected text: put the value in quotes)`
    : `“${label}”应为文字,收到 ${describeInput(input)}(expected text)`;
}

function requiredString(label: string) {
  return z
    .string({ error: (issue) => notText(label, issue.input) })
    .trim()
    .min(1, { error: `“${label}”不能为空(must not be empty)` });
}

/** A line of text. */
export function text(label: string, hint?: string) {
  return labelled(requiredString(label), label, hint, { widget: 'string' });
}

/** A few sentences of plain text (shown as a multi-line box in the CMS). */
export function paragraph(label: string, hint?: string) {
  return labelled(requiredString(label), label, hint, { widget: 'text' });
}

/** A short one-paragraph summary shown in lists. */
export function summary(label = '摘要') {
  return labelled(requiredString(label).max(300, { error: `“${label}”最多 300 字(at most 300 characters)` }), label, '列表中显示的一两句话', {
    widget: 'text',
  }).optional();
}

/** Text that must match `pattern`; `expected` says, in words, what it should look like. */
export function patterned(label: string, pattern: RegExp, expected: string, hint: string) {
  return labelled(
    z
      .string({ error: (issue) => notText(label, issue.input) })
      .regex(pattern, { error: (issue) => `“${label}”的值 ${describeInput(issue.input)} 不符合要求:${expected}` }),
    label,
    hint,
    { widget: 'string', pattern: [pattern.source, expected] },
  );
}

/**
 * The short ASCII name an entry's file (and so its URL) is created from. The CMS fills it in
 * from the title as pinyin when an editor leaves it empty (src/lib/slug-from-title.ts); the
 * file name does not change when it is edited later.
 */
export function key() {
  const field = patterned(
    '网址短名',
    SLUG_PATTERN,
    '只能用小写英文字母、数字和连字符,如 winter-heating',
    '用于生成网址的短名。留空则保存时按标题自动生成拼音,如 冬季供暖通知 → dongji-gongnuan-tongzhi;也可以自己填写,如 winter-heating。创建后再修改不会改变网址',
  );
  return field.meta({
    ...(z.globalRegistry.get(field) ?? {}),
    cms: { widget: 'string', pattern: [SLUG_PATTERN.source, '只能用小写英文字母、数字和连字符,如 winter-heating'], filledOnSave: true },
  });
}

/** Former file names of an entry, so that links to its old address keep working. */
export function movedFrom() {
  return labelled(
    z.array(identifier('原文件名', '改名前的文件名,不含 .md')).default([]),
    '旧网址',
    '原来的文件名。文件改名后,在这里写上原来的文件名(不含 .md),旧链接会自动跳转到本页',
  );
}

/** An ASCII identifier inside an entry, such as a team's id in a league. */
export function identifier(label: string, hint: string) {
  return patterned(label, SLUG_PATTERN, '只能用小写英文字母、数字和连字符,如 liukai-a', hint);
}

/** A team of the same league, by its id: the CMS offers the league's own teams to pick from. */
export function teamRef(label: string) {
  return labelled(identifier(label, '从本赛事的参赛队伍中选择'), label, '从本赛事的参赛队伍中选择', {
    widget: 'team',
    pattern: [SLUG_PATTERN.source, '请选择本赛事的参赛队伍'],
  });
}

/** One of a fixed list of values; the message lists them. `labels` names their UI strings. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, label: string, labels: string, hint?: string) {
  return labelled(
    z.enum(values, {
      error: (issue) =>
        issue.input === undefined
          ? missing(label)
          : `“${label}”的值 ${describeInput(issue.input)} 不在可选范围内,应为:${values.map((value) => `${choiceLabel(labels, value) ?? value}(${value})`).join(' / ')}(expected one of these: write the value shown in brackets)`,
    }),
    label,
    hint,
    { widget: 'select', labels },
  );
}

export function flag(label: string, hint?: string) {
  return labelled(z.boolean({ error: (issue) => `“${label}”应为 true 或 false,收到 ${describeInput(issue.input)}(expected true/false)` }), label, hint, {
    widget: 'boolean',
  }).default(false);
}

export function integer(label: string, hint?: string) {
  return labelled(
    z
      .number({ error: (issue) => (issue.input === undefined ? missing(label) : `“${label}”应为数字,收到 ${describeInput(issue.input)}(expected a number)`) })
      .int({ error: `“${label}”应为整数(expected a whole number)` }),
    label,
    hint,
    { widget: 'number' },
  );
}

function parseYamlDate(value: Date): Date | null {
  const day = dateFromYamlDate(value);
  return day ? parseShanghaiDateTime(day) : null;
}

/** A date and time in Beijing time, written "2026-12-05 19:30"; becomes an absolute instant. */
export function dateTime(label: string, hint = '北京时间,如 2026-12-05 19:30') {
  return labelled(
    z
      .union([z.string(), z.date()], {
        error: (issue) => (issue.input === undefined ? missing(label) : `“${label}”应为日期时间,收到 ${describeInput(issue.input)}`),
      })
      .transform((value, ctx) => {
        const parsed = typeof value === 'string' ? parseShanghaiDateTime(value) : parseYamlDate(value);
        if (!parsed) {
          ctx.addIssue({
            code: 'custom',
            message: `“${label}”不是有效的日期时间:${describeInput(value)}。应为北京时间,如 2026-12-05 或 2026-12-05 19:30(expected a real date, optionally with a time)`,
          });
          return z.NEVER;
        }
        return parsed;
      }),
    label,
    hint,
    { widget: 'datetime' },
  );
}

/** A calendar date without a time, written "2026-12-05"; stays that string. */
export function localDate(label: string, hint = '如 2026-12-05') {
  return labelled(
    z
      .union([z.string(), z.date()], {
        error: (issue) => (issue.input === undefined ? missing(label) : `“${label}”应为日期,收到 ${describeInput(issue.input)}`),
      })
      .transform((value, ctx) => {
        const day = typeof value === 'string' ? parseLocalDate(value) : dateFromYamlDate(value);
        if (!day) {
          ctx.addIssue({ code: 'custom', message: `“${label}”不是有效日期:${describeInput(value)}。应为 2026-12-05 这样的日期(expected a real date)` });
          return z.NEVER;
        }
        return day;
      }),
    label,
    hint,
    { widget: 'date' },
  );
}

/** "19:30" */
export function clockTime(label: string) {
  return patterned(label, /^([01]\d|2[0-3]):[0-5]\d$/, '24 小时制时间,如 08:30 或 19:30', '24 小时制,如 19:30');
}

export function phone(label = '电话') {
  return patterned(label, /^[0-9+\-() ]{5,20}$/, '电话号码,如 0394-8221234', '如 0394-8221234');
}

/**
 * An absolute http(s) link, or a path on this site starting with "/". Checked with the URL
 * parser (src/lib/links.ts) and stored as the address a browser will open. The CMS pattern is
 * only a first filter for the form (no spaces or backslashes, no leading "//", no encoded
 * slash in a site path); the parser decides.
 */
export const LINK_PATTERN = /^(\/(?![/\\])(?!.*%(?:2[fF]|5[cC]))[^\s\\]*|[hH][tT][tT][pP][sS]?:\/\/[^\s/\\@?#]+\.[^\s/\\@?#]+(?:[/?#][^\s\\]*)?)$/;
const LINK_EXPECTED = '以 https:// 开头的网址,或以 / 开头的本站路径';

/** A value with these is shown escaped (JSON) in the message, so the editor can see them. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export function link(label: string, hint = '以 https:// 开头的网址,或本站以 / 开头的路径') {
  return labelled(
    z
      .string({ error: (issue) => (issue.input === undefined ? missing(label) : `“${label}”应为网址,收到 ${describeInput(issue.input)}(expected a link)`) })
      .transform((value, ctx) => {
        const checked = checkLink(value);
        if (!checked.ok) {
          ctx.addIssue({
            code: 'custom',
            message: `“${label}”的值 ${CONTROL_CHARACTERS.test(value) ? JSON.stringify(value) : describeInput(value)} 不是可用的链接:${checked.reason}。应为${LINK_EXPECTED}(expected an http(s) address or a path on this site)`,
          });
          return z.NEVER;
        }
        return checked.href;
      }),
    label,
    hint,
    { widget: 'string', pattern: [LINK_PATTERN.source, LINK_EXPECTED] },
  );
}

/** A document uploaded through the CMS (PDF, Office), served as it is from /uploads/…. */
export function file(label: string, hint = `PDF 或 Office 文档,不超过 ${MAX_UPLOAD_LABEL}`) {
  return labelled(
    z.string({ error: () => missing(label) }).regex(DOCUMENT_PATH_PATTERN, {
      error: (issue) =>
        `“${label}”的值 ${describeInput(issue.input)} 不是上传的文档:应为 /uploads/ 下的 PDF 或 Office 文件(${DOCUMENT_EXTENSIONS.join('、')}),如 /uploads/2026/form.pdf(expected an uploaded document)`,
    }),
    label,
    hint,
    { widget: 'file', upload: 'document' },
  );
}

/** The image file of an image field: uploaded to content/media/, processed by the build. */
function imageFile(label: string) {
  return labelled(
    z.string({ error: () => missing(label) }).regex(IMAGE_PATH_PATTERN, {
      error: (issue) =>
        `“${label}”的值 ${describeInput(issue.input)} 不是上传的图片:应为 content/media/ 里的 JPEG、PNG、WebP 或 AVIF 图片,写作 ../media/文件名.jpg(expected an uploaded image)`,
    }),
    label,
    `JPEG、PNG、WebP 或 AVIF,不超过 ${MAX_UPLOAD_LABEL}`,
    { widget: 'image', upload: 'image' },
  );
}

/** An image with its required alternative text. */
export function image(label: string) {
  return labelled(
    z.strictObject({
      src: imageFile('图片文件'),
      alt: text('图片说明', '有图片时必须填写:为看不见图片的读者描述图片内容(替代文字)'),
    }),
    label,
  );
}

/** 活动风采: photos with their descriptions and optional captions, shown as a grid. */
export function album(label = '活动风采') {
  return labelled(
    z
      .array(
        z.strictObject({
          src: imageFile('照片文件'),
          alt: text('照片说明', '有照片时必须填写:为看不见照片的读者描述照片内容(替代文字)'),
          caption: text('图注', '显示在照片下方,如 2026 年 11 月 14 日 江滨社区文化广场').optional(),
        }),
      )
      .max(60, { error: `“${label}”最多 60 张照片(at most 60 photos)` })
      .default([]),
    label,
    '上传活动照片,每张都要写照片说明',
  );
}

/** Optional English version of the title and summary; pages fall back to Chinese without it. */
export function english() {
  return labelled(
    z.strictObject({
      title: text('英文标题').optional(),
      summary: labelled(requiredString('英文摘要'), '英文摘要', undefined, { widget: 'text' }).optional(),
    }),
    '英文版本',
    '可选;没有英文时英文页面显示中文原文',
  ).optional();
}

/**
 * Astro's reference() (the very function `astro:content` exports), taken from its runtime
 * so that schemas also load outside a build: in tests and in the CMS config generator.
 */
const reference = createReference();

/** What a reference becomes after validation, as `astro:content`'s own typings declare it. */
export type Reference<C extends string> = z.ZodType<{ id: string; collection: C }, string>;

/** A reference to an entry of another collection, by its id (file name). */
export function ref<C extends string>(collection: C, label: string, hint?: string): Reference<C> {
  // The runtime's reference() is typed loosely; its result for a string id is exactly this.
  return labelled(reference(collection), label, hint, { widget: 'relation', collection }) as unknown as Reference<C>;
}

/**
 * The CMS writes an optional field left blank as "" or an empty object; that means "not given".
 * Dropping them before validation lets such entries build (and makes a blank required field a
 * "missing" one, which is the message an editor needs).
 */
export function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const kept = Object.entries(value).flatMap(([k, v]) => {
    const cleaned = dropEmpty(v);
    const empty =
      cleaned === null ||
      cleaned === '' ||
      (typeof cleaned === 'object' && !Array.isArray(cleaned) && !(cleaned instanceof Date) && Object.keys(cleaned as object).length === 0);
    return empty ? [] : [[k, cleaned] as const];
  });
  return Object.fromEntries(kept);
}

/**
 * The front matter of an entry: only the fields listed (a misspelt field name is an error, not
 * silently ignored), blanks left by the CMS dropped.
 */
export function entry<S extends z.ZodRawShape>(shape: S) {
  const fields = Object.keys(shape);
  return z.preprocess(
    dropEmpty,
    z.strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `未知字段 ${issue.keys.map((k) => `“${k}”`).join('、')}(unknown field),可用字段:${fields.join(', ')}` : undefined,
    }),
  );
}
