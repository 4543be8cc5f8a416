/**
 * Impossible dates written without quotes (issue 18, item 1).
 *
 * Astro's glob loader reads front matter with js-yaml, whose YAML 1.1 timestamp type turns an
 * unquoted `published: 2026-13-40` into `new Date(Date.UTC(2026, 12, 40))`, i.e. 9 February
 * 2027: the roll-over happens inside the parser, and the Date that reaches the schema looks
 * exactly like a real 2027-02-09. No check on the Date alone can tell them apart, so the
 * written text has to be consulted.
 *
 * The loader (src/content.config.ts) hands every entry's data to the schema through
 * `parseData`, which knows the file. There we read the file's front matter again with the
 * `yaml` package and its YAML 1.2 core schema, which has no timestamp type: every date stays
 * the text the editor typed. Wherever js-yaml produced a Date whose text is not a real
 * calendar date and time (month 13, day 40, 30 February, hour 24…), the Date is replaced by
 * that text. The schema's own string path then refuses it with its usual message naming the
 * field and the written value ("2026-13-40"), exactly as for the quoted form. Real dates are
 * left as js-yaml read them, so nothing else changes.
 */
import { parse } from 'yaml';

/** A YAML 1.1 timestamp as js-yaml recognises it (yaml.org/type/timestamp). */
const YAML_TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.\d*)?(?:[ \t]*(?:Z|[-+](\d{1,2})(?::?(\d{2}))?))?)?$/;

/** True when `text` is a YAML timestamp naming a real date (and time); false for 2026-13-40, 2027-02-30, 24:00:00… */
export function isRealYamlTimestamp(text: string): boolean {
  const match = YAML_TIMESTAMP.exec(text.trim());
  if (!match) return false;
  const [, y, mo, d, h = '0', mi = '0', s = '0', oh = '0', om = '0'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  return Number(h) <= 23 && Number(mi) <= 59 && Number(s) <= 59 && Number(oh) <= 23 && Number(om) <= 59;
}

/** The front matter between the opening and closing `---` (the same rule as Astro's reader). */
export const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export function extractFrontmatter(contents: string): string | undefined {
  return FRONT_MATTER.exec(contents)?.[1];
}

function restore(value: unknown, written: unknown): unknown {
  if (value instanceof Date) {
    return typeof written === 'string' && !isRealYamlTimestamp(written) ? written : value;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => restore(item, Array.isArray(written) ? written[i] : undefined));
  }
  if (value !== null && typeof value === 'object') {
    const source = written !== null && typeof written === 'object' ? (written as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restore(v, source[k])]));
  }
  return value;
}

/**
 * `data` as js-yaml read it from `contents`, with every rolled-over date put back as the text
 * the editor wrote. Returns `data` itself when the file holds no Date or cannot be read again.
 */
export function restoreImpossibleDates<T>(data: T, contents: string): T {
  if (!containsDate(data)) return data;
  const frontmatter = extractFrontmatter(contents);
  if (frontmatter === undefined) return data;
  let written: unknown;
  try {
    written = parse(frontmatter, { schema: 'core' });
  } catch {
    return data; // js-yaml read it, so this should not happen; the schema still sees js-yaml's data
  }
  return restore(data, written) as T;
}

function containsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(containsDate);
  if (value !== null && typeof value === 'object') return Object.values(value).some(containsDate);
  return false;
}
