/**
 * Entry ids are file names: ASCII, lowercase, stable. A page's URL is built from its id, so a
 * Chinese title never becomes part of a URL and editing a title never moves a page.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Collections whose file names (and so URLs) start with a date, and the field that date comes
 * from: a notice is named by its publication date, a performance by the day it takes place
 * (2026-11-20-heating), never by the day or the machine zone in which an editor saved it.
 */
export const DATE_FIELD_OF: Readonly<Record<string, string>> = { notices: 'published', performances: 'start' };
export const DATED_COLLECTIONS: ReadonlySet<string> = new Set(Object.keys(DATE_FIELD_OF));

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
