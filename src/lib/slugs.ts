/**
 * Entry ids are file names: ASCII, lowercase, stable. A page's URL is built from its id, so a
 * Chinese title never becomes part of a URL and editing a title never moves a page.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "notices/2026-11-20-heating.md" → "2026-11-20-heating"; throws with the file name when invalid. */
export function idFromEntryPath(entryPath: string, collectionDir: string): string {
  const file = entryPath.split('/').pop() ?? entryPath;
  const id = file.replace(/\.(md|ya?ml)$/i, '');
  if (!SLUG_PATTERN.test(id)) {
    throw new Error(
      `content/${collectionDir}/${entryPath}: 文件名 “${id}” 不符合要求。文件名会成为网址,只能使用小写英文字母、数字和连字符,如 2026-11-20-heating(file names must be lowercase ASCII words joined by hyphens)`,
    );
  }
  return id;
}
