/**
 * One shape and one printed form for every problem found in content/, whichever check found it
 * (the YAML reader, a schema, a reference, a duplicate key, an upload). An editor reads a failed
 * build as a list of blocks, one per problem, each saying:
 *
 *   content/notices/2026-12-01-water.md 第 3 行(line 3)
 *     标题(title):引号 " 开始后没有结束 …(a quoted value is never closed)
 *     怎么改(fix):…
 *
 * the file, the line where it is known, the field by the label the CMS shows (list items from 1)
 * with the key as written in the file, what is wrong, and what to do: Chinese first, English in
 * brackets, because editors read Chinese.
 */

export interface ContentProblem {
  /** the entry's file from the repository root: content/notices/2026-12-01-water.md */
  file: string;
  /** 1-based line in the file, where known */
  line?: number | undefined;
  /** the field as the CMS labels it, list items from 1: "附件 › 第 1 项 › 附件文件" */
  field?: string | undefined;
  /** the field as written in the file: "attachments[0].file" */
  key?: string | undefined;
  /** what is wrong, Chinese (English) */
  message: string;
  /** what to do, when the message does not already say it */
  hint?: string | undefined;
}

/** ["attachments", 0, "file"] → "attachments[0].file": the key an editor of the raw file looks for. */
export function keyPath(path: readonly PropertyKey[]): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : `${i ? '.' : ''}${String(step)}`)).join('');
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file} 第 ${problem.line} 行(line ${problem.line})` : problem.file;
  const field = problem.field
    ? `${problem.field}${problem.key && problem.key !== problem.field ? `(${problem.key})` : ''}:`
    : problem.key
      ? `${problem.key}:`
      : '';
  const lines = [where, `  ${field}${problem.message}`];
  if (problem.hint) lines.push(`  怎么改(fix):${problem.hint}`);
  return lines.join('\n');
}

/** Every problem as its own block, in file order, under one line saying how many there are. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return [
    `内容有 ${problems.length} 处问题,网站没有构建(${problems.length} problem${problems.length === 1 ? '' : 's'} in content/, nothing was built):`,
    ...sorted.map(formatProblem),
  ].join('\n\n');
}
