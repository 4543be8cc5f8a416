/**
 * Entry ids are file names: ASCII, lowercase, stable. A page's URL is built from its id, so a
 * Chinese title never becomes part of a URL and editing a title never moves a page.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "2026-11-20-heating.md" (relative to the collection folder) → "2026-11-20-heating"; throws with the file name when invalid. */
export function idFromEntryPath(entryPath: string, collectionDir: string): string {
  if (entryPath.includes('/')) {
    // The id is the file name alone, so a/x.md and b/x.md would be one page; the CMS never makes folders.
    throw new Error(
      `content/${collectionDir}/${entryPath}: 条目文件不能放在子文件夹里,请移到 content/${collectionDir}/ 下(entries cannot live in sub-folders: two files of the same name would share one address)`,
    );
  }
  const id = entryPath.replace(/\.(md|ya?ml)$/i, '');
  if (!SLUG_PATTERN.test(id)) {
    throw new Error(
      `content/${collectionDir}/${entryPath}: 文件名 “${id}” 不符合要求。文件名会成为网址,只能使用小写英文字母、数字和连字符,如 2026-11-20-heating(file names must be lowercase ASCII words joined by hyphens)`,
    );
  }
  return id;
}
