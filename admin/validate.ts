/**
 * Checks an entry with the same Zod schema as the build, before the CMS saves it, so that an
 * editor sees "紧急通知必须填写“失效时间”" at once instead of a failed build later.
 */
import type { z } from 'astro/zod';
import { CMS_COLLECTIONS } from './collections.ts';
import { bodyImageProblems } from '../src/lib/uploads.ts';
import { labelPath } from '../src/lib/schema-walk.ts';

/**
 * The schema's complaints about an entry, one line per problem, the field named by the label the
 * editor sees and list items counted from 1 ("赛程 › 第 2 项 › 客队: …"), or none.
 */
export function entryProblems(collection: string, data: Record<string, unknown>): string[] {
  const schema: z.ZodType | undefined = CMS_COLLECTIONS.find((c) => c.name === collection)?.schema;
  if (!schema) return [];
  const { body, ...frontmatter } = data;
  const result = schema.safeParse(frontmatter);
  const fields = result.success ? [] : result.error.issues.map((issue) => (issue.path.length ? `${labelPath(schema, issue.path as (string | number)[])}: ${issue.message}` : issue.message));
  // Images in the body need a description too (the build checks the same, src/data/upload-check.ts).
  const images = bodyImageProblems('正文', typeof body === 'string' ? body : '').problems.map((problem) => `${problem.field}: ${problem.message}${problem.hint ? `。请${problem.hint}` : ''}`);
  return [...fields, ...images];
}
