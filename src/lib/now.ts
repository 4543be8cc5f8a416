import { parseShanghaiDateTime } from './dates.ts';

/**
 * The moment the site is built: what counts as upcoming, this week, expired. SITE_NOW
 * ("2026-11-27 10:00", Beijing time) pins it, so that tests and previews are reproducible.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env['SITE_NOW'];
  if (!pinned) return new Date();
  const parsed = parseShanghaiDateTime(pinned);
  if (!parsed) throw new Error(`SITE_NOW=“${pinned}” 不是有效时间,应为 2026-11-27 10:00 (Beijing time)`);
  return parsed;
}
