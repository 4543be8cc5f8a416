/** Ordering and selection rules for notices, shared by the list pages, the home page and RSS. */
import type { CollectionEntry } from 'astro:content';

type Notice = CollectionEntry<'notices'>;

/** What ordering and the banner read of a notice (tests write only these fields). */
export interface NoticeLike {
  id: string;
  data: { published: Date; pinned: boolean; urgent: boolean; status: string; expires?: Date | undefined };
}

/** Newest first; pinned notices first when `pinnedFirst`. */
export function sortNotices<T extends NoticeLike>(notices: readonly T[], { pinnedFirst = false } = {}): T[] {
  return [...notices].sort(
    (a, b) =>
      (pinnedFirst ? Number(b.data.pinned) - Number(a.data.pinned) : 0) || b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
}

/** Urgent notices whose banner is still showing at `now`. */
export function activeUrgentNotices<T extends NoticeLike>(notices: readonly T[], now: Date): T[] {
  return sortNotices(notices.filter((n) => n.data.urgent && n.data.status === 'active' && n.data.expires !== undefined && n.data.expires > now));
}

/** A notice concerns a community when it names it or names none (district-wide). */
export function concernsCommunity(notice: Notice, communityId: string): boolean {
  return notice.data.communities.length === 0 || notice.data.communities.some((c) => c.id === communityId);
}
