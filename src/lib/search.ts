/** What the search index knows of a page: its kind, date and communities (Pagefind filters). */
import type { UiKey } from '../i18n/index.ts';

export const SEARCH_TYPES = ['notice', 'performance', 'match', 'lesson', 'activity', 'library', 'community', 'venue'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The UI string that names each kind, in results and in the type filter. */
export const SEARCH_TYPE_LABELS: Record<SearchType, UiKey> = {
  notice: 'event.notice',
  performance: 'event.performance',
  match: 'event.match',
  lesson: 'event.lesson',
  activity: 'event.activity',
  library: 'search.type.library',
  community: 'search.type.community',
  venue: 'search.type.venue',
};

export interface SearchEntry {
  type: SearchType;
  /** the date results are sorted by when the reader asks for newest first */
  date?: Date | undefined;
  /** community names, in the page's language */
  communities?: string[];
  /** other names the page is found by (a venue's name…), besides its title and communities */
  names?: string[];
}

/**
 * The sort key of a page without a date: before every real date, so that newest-first lists
 * undated pages (communities, libraries) after the dated ones instead of dropping them, which
 * Pagefind does with pages that have no sort key.
 */
export const UNDATED_SORT_KEY = '0000-01-01T00:00:00+08:00';
