/**
 * Checks an entry with the same Zod schema as the build, before the CMS saves it, so that an
 * editor sees "紧急通知必须填写“失效时间”" at once instead of a failed build later.
 */
import type { z } from 'astro/zod';
import { CMS_COLLECTIONS } from './collections.ts';
import { bodyImageProblems } from '../src/lib/uploads.ts';
import { labelPath } from '../src/lib/schema-walk.ts';
import { dateFieldOf } from '../src/registry.ts';

/** A list item's own name, as an editor knows it: its title or name, or a fixture's round and teams. */
export function itemName(item: unknown, entry: Record<string, unknown>): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { title, name, round, home, away } = item as Record<string, unknown>;
  if (typeof title === 'string' && title.trim()) return title.trim();
  if (typeof name === 'string' && name.trim()) return name.trim();
  if (typeof round !== 'number' && typeof round !== 'string') return undefined;
  const teams = Array.isArray(entry['teams']) ? (entry['teams'] as { id?: unknown; name?: unknown }[]) : [];
  const teamName = (id: unknown) => teams.find((team) => team.id === id && typeof team.name === 'string')?.name as string | undefined;
  // A team not (or no longer) in the league is named by the id the fixture holds.
  const [homeName, awayName] = [
    teamName(home) ?? (typeof home === 'string' ? home : undefined),
    teamName(away) ?? (typeof away === 'string' ? away : undefined),
  ];
  const roundName = /^\d+$/.test(String(round)) ? `第${String(round)}轮` : String(round);
  return `${roundName}${homeName && awayName ? ` ${homeName} 对 ${awayName}` : ''}`;
}

/** A field path by its labels, each list item by its number from 1 and its own name: "赛程与结果 › 第 2 项(第2轮) › 客队". */
export function fieldPlace(schema: z.ZodType, path: readonly (string | number)[], entry: Record<string, unknown>): string {
  const names = labelPath(schema, path).split(' › ');
  let value: unknown = entry;
  return path
    .map((step, index) => {
      value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[step] : undefined;
      const own = typeof step === 'number' ? itemName(value, entry) : undefined;
      return own ? `${names[index]}(${own})` : names[index];
    })
    .join(' › ');
}

/** A schema message without the English the build's console output carries in brackets. */
export function chineseOnly(message: string): string {
  return message.replace(/\s*\([\x20-\x27\x2A-\x7E’“”]+\)\s*$/, '');
}

/**
 * The schema's complaints about an entry, one line per problem, the field named by the label the
 * editor sees and list items counted from 1 with their own names ("赛程与结果 › 第 2 项(第2轮) ›
 * 客队: …"), in Chinese only, or none.
 */
export function entryProblems(collection: string, data: Record<string, unknown>): string[] {
  const schema: z.ZodType | undefined = CMS_COLLECTIONS.find((c) => c.name === collection)?.schema;
  if (!schema) return [];
  const { body, ...frontmatter } = data;
  const result = schema.safeParse(frontmatter);
  const fields = result.success
    ? []
    : result.error.issues.map((issue) =>
        issue.path.length ? `${fieldPlace(schema, issue.path as (string | number)[], frontmatter)}:${chineseOnly(issue.message)}` : chineseOnly(issue.message),
      );
  // Images in the body need a description too (the build checks the same, src/data/upload-check.ts).
  const images = bodyImageProblems('正文', typeof body === 'string' ? body : '').problems.map(
    (problem) => `${problem.field}:${chineseOnly(problem.message)}${problem.hint ? `。请${problem.hint}` : ''}`,
  );
  // A league's problems name the league, as the build's do (《赛事名称》).
  const title = collection === 'leagues' && typeof frontmatter['title'] === 'string' && frontmatter['title'].trim() ? `《${frontmatter['title'].trim()}》` : '';
  return [...fields, ...images].map((problem) => (title && !problem.includes(title) ? `${title}${problem}` : problem));
}

/** The id (file name without .md) a new entry will be saved under: "2026-11-28-water" or "water". */
export function newEntryId(collection: string, data: Record<string, unknown>): string | undefined {
  const key = data['key'];
  if (typeof key !== 'string' || !key) return undefined;
  const dateField = dateFieldOf(collection);
  if (!dateField) return key;
  // The CMS keeps date-times as Beijing wall time, "2026-11-28 00:37" (admin/config-builder.ts).
  const day = /^\d{4}-\d{2}-\d{2}/.exec(String(data[dateField] ?? ''))?.[0];
  return day ? `${day}-${key}` : undefined;
}

/**
 * The problem with saving a new entry under a file name that is taken, or none. Decap itself
 * would save it as "…-1.md", and the build would then refuse the duplicate 网址短名.
 */
export function takenIdProblem(collection: string, data: Record<string, unknown>, existing: readonly string[]): string | undefined {
  const id = newEntryId(collection, data);
  if (!id || !existing.includes(id)) return undefined;
  return dateFieldOf(collection)
    ? `网址短名: “${String(data['key'])}” 在 ${id.slice(0, 10)} 已被另一条内容使用(content/${collection}/${id}.md)。请换一个网址短名;如果是同一条内容,请打开原来那条修改`
    : `网址短名: “${String(data['key'])}” 已被另一条内容使用(content/${collection}/${id}.md)。请换一个网址短名;如果是同一条内容,请打开原来那条修改`;
}
