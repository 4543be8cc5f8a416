/**
 * The notices the CMS's 替代通知 picker offers (issue 14, item 12): those published in the last
 * two years, newest first. Decap's relation widget loads the whole notices folder (2,015 files,
 * 1.6 MB at district scale) every time a notice is opened, and suggests the oldest first; a
 * notice is replaced by a newer one, so the picker reads this short list instead
 * (src/pages/admin/recent-notices.json.ts, admin/notice-picker.tsx).
 */
import { shanghaiMinute } from './dates.ts';

export interface PickableNotice {
  id: string;
  title: string;
  /** Beijing wall time as the file has it, "2026-11-12 15:00" */
  published: string;
}

/** The cut-off: the same day and time `years` years before `now` (Beijing time, as "YYYY-MM-DD HH:mm"). */
export function sinceText(now: Date, years: number): string {
  const minute = shanghaiMinute(now);
  return `${String(Number(minute.slice(0, 4)) - years)}${minute.slice(4)}`;
}

/** Notices published at most `years` years before `now`, newest first. */
export function recentNotices(notices: readonly PickableNotice[], now: Date, years = 2): PickableNotice[] {
  const since = sinceText(now, years);
  return notices.filter((notice) => notice.published >= since).sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
}

/** The notices whose title or id contains every word typed (Chinese words as typed, 供暖), at most `limit`. */
export function matchingNotices(notices: readonly PickableNotice[], typed: string, limit = 50): PickableNotice[] {
  const words = typed.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return notices.filter((notice) => words.every((word) => `${notice.title} ${notice.id}`.toLowerCase().includes(word))).slice(0, limit);
}
