/**
 * Field builders shared by every collection schema. Each one carries the label an editor sees
 * (reused by the CMS) and produces error messages that name the field and say what was
 * expected, in Chinese first and English after, because editors read Chinese.
 */
import { z } from 'astro/zod';
import { dateFromYamlDate, parseLocalDate, parseShanghaiDateTime } from '../lib/dates.ts';

/** Field metadata: `title` is the label, `description` the hint. */
export function labelled<T extends z.ZodType>(schema: T, label: string, hint?: string): T {
  return schema.meta({ title: label, ...(hint ? { description: hint } : {}) });
}

const missing = (label: string) => `缺少必填项“${label}”(required field missing)`;

function describeInput(input: unknown): string {
  if (input === null) return '空值';
  if (input instanceof Date) return input.toISOString();
  return typeof input === 'string' ? `“${input}”` : JSON.stringify(input) ?? String(input);
}

/** Non-empty single-line or multi-line text. */
export function text(label: string, hint?: string) {
  return labelled(
    z
      .string({ error: (issue) => (issue.input === undefined ? missing(label) : `“${label}”应为文字,收到 ${describeInput(issue.input)}(expected text)`) })
      .trim()
      .min(1, { error: `“${label}”不能为空(must not be empty)` }),
    label,
    hint,
  );
}

/** One of a fixed list of values; the message lists them. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, label: string, hint?: string) {
  return labelled(
    z.enum(values, {
      error: (issue) =>
        issue.input === undefined
          ? missing(label)
          : `“${label}”的值 ${describeInput(issue.input)} 不在可选范围内,应为:${values.join(' / ')}(expected one of these)`,
    }),
    label,
    hint,
  );
}

export function flag(label: string, hint?: string) {
  return labelled(
    z.boolean({ error: (issue) => `“${label}”应为 true 或 false,收到 ${describeInput(issue.input)}(expected true/false)` }).default(false),
    label,
    hint,
  );
}

export function integer(label: string, hint?: string) {
  return labelled(
    z.number({ error: (issue) => (issue.input === undefined ? missing(label) : `“${label}”应为数字,收到 ${describeInput(issue.input)}(expected a number)`) }).int({
      error: `“${label}”应为整数(expected a whole number)`,
    }),
    label,
    hint,
  );
}

/** A date and time in Beijing time, written "2026-12-05 19:30"; becomes an absolute instant. */
export function dateTime(label: string, hint = '北京时间,格式 2026-12-05 19:30') {
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
  );
}

function parseYamlDate(value: Date): Date | null {
  const day = dateFromYamlDate(value);
  return day ? parseShanghaiDateTime(day) : null;
}

/** A calendar date without a time, written "2026-12-05"; stays that string. */
export function localDate(label: string, hint = '格式 2026-12-05') {
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
  );
}

/** "19:30" */
export function clockTime(label: string) {
  return labelled(
    z.string({ error: () => missing(label) }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `“${label}”应为 24 小时制时间,如 08:30 或 19:30(expected HH:mm)` }),
    label,
    '24 小时制,如 19:30',
  );
}

export function phone(label = '电话') {
  return labelled(
    z.string({ error: () => missing(label) }).regex(/^[0-9+\-() ]{5,20}$/, { error: `“${label}”应为电话号码,如 0394-8221234(expected a phone number)` }),
    label,
    '如 0394-8221234',
  );
}

/** An absolute http(s) link, or a path on this site starting with "/". */
export function link(label: string, hint = '以 https:// 开头的网址,或本站以 / 开头的路径') {
  return labelled(
    z.string({ error: () => missing(label) }).refine((value) => /^\/(?!\/)/.test(value) || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value), {
      error: (issue) => `“${label}”不是有效链接:${describeInput(issue.input)}(expected https://… or /path)`,
    }),
    label,
    hint,
  );
}

/** An image with its required alternative text. */
export function image(label: string) {
  return labelled(
    z.object({
      src: labelled(z.string({ error: () => missing(`${label}文件`) }).min(1), '图片文件', '上传到 /uploads/ 的图片'),
      alt: text('图片说明(替代文字)', '为看不见图片的读者描述图片内容,必填'),
    }),
    label,
  );
}

/** Optional English version of the title and summary; pages fall back to Chinese without it. */
export function english() {
  return labelled(
    z
      .object({
        title: labelled(z.string().trim().min(1).optional(), '英文标题'),
        summary: labelled(z.string().trim().min(1).optional(), '英文摘要'),
      })
      .optional(),
    '英文版本',
    '可选;没有英文时英文页面显示中文原文',
  );
}

/** A short one-paragraph summary shown in lists. */
export function summary(label = '摘要') {
  return labelled(z.string().trim().min(1).max(300, { error: `“${label}”最多 300 字(at most 300 characters)` }).optional(), label, '列表中显示的一两句话,可选');
}
