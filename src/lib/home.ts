/**
 * What the home page shows, worked out from the content (the page itself only draws it):
 * what is on (this week's and the next performances and match days), the latest results of
 * running leagues, urgent and pinned notices, the civility school's next lessons and open
 * campaigns. Everything is relative to `now` (the build's, Beijing time).
 */
import { activeUrgentNotices, sortNotices, type NoticeLike } from './notices.ts';
import { occurrencesBetween, upcoming, type Occurrence, type SiteEvent } from './events.ts';
import { shanghaiDay, shanghaiWeek } from './dates.ts';

const DAY = 86_400_000;

/** One card of "what is on": a performance, or a league's matches on one day (one card, not one per match). */
export interface Highlight {
  kind: 'performance' | 'matchday';
  /** the first occurrence (the only one for a performance) */
  event: Occurrence;
  /** matches of the league that day (1 for a performance) */
  count: number;
  /** whether it falls in this week (Monday to Sunday, Beijing time) */
  thisWeek: boolean;
}

/**
 * This week's performances and match days and the next ones after: everything from `now` to the
 * end of next week, and when that is fewer than `least`, the next ones after it; at most `limit`,
 * soonest first. Matches of one league on one day are one highlight.
 */
export function highlights(events: readonly SiteEvent[], now: Date, { least = 3, limit = 6 } = {}): Highlight[] {
  const week = shanghaiWeek(now);
  const horizon = new Date(week.end.getTime() + 7 * DAY);
  const wanted = upcoming(
    events.filter((e) => e.type === 'performance' || e.type === 'match'),
    now,
  );
  const cards: Highlight[] = [];
  const matchdays = new Map<string, Highlight>();
  for (const event of wanted) {
    const thisWeek = event.start < week.end;
    if (event.type === 'match') {
      const key = `${event.path} ${shanghaiDay(event.start)}`;
      const day = matchdays.get(key);
      if (day) {
        day.count += 1;
        continue;
      }
      if (event.start >= horizon && cards.length >= least) break;
      const card: Highlight = { kind: 'matchday', event, count: 1, thisWeek };
      matchdays.set(key, card);
      cards.push(card);
    } else {
      if (event.start >= horizon && cards.length >= least) break;
      cards.push({ kind: 'performance', event, count: 1, thisWeek });
    }
  }
  return cards.slice(0, limit);
}

interface LeagueLike {
  id: string;
  data: {
    title: string;
    en?: { title?: string | undefined } | undefined;
    teams: readonly { id: string; name: string }[];
    fixtures: readonly {
      round: string;
      time: Date;
      home: string;
      away: string;
      result?: { home: number; away: number; walkover?: 'home' | 'away' | 'both' | undefined; forfeit?: 'home' | 'away' | undefined } | undefined;
    }[];
  };
}

export interface LatestResults {
  leagueId: string;
  title: string;
  titleEn?: string | undefined;
  /** newest first */
  results: { round: string; time: Date; home: string; away: string; homeScore: number; awayScore: number; walkover?: 'home' | 'away' | 'both' | undefined }[];
}

/**
 * The latest results of each running league (one with results and fixtures still to play, or a
 * result in the last `recentDays`), newest first, at most `perLeague` each; leagues with the most
 * recent result first.
 */
export function latestResults(leagues: readonly LeagueLike[], now: Date, { perLeague = 3, recentDays = 14 } = {}): LatestResults[] {
  const running = leagues.flatMap((league) => {
    // A result entered for a match still to come (a typing slip) waits until the match's time.
    const played = league.data.fixtures.filter((f) => f.result && f.time <= now).sort((a, b) => b.time.getTime() - a.time.getTime());
    if (!played.length) return [];
    const toPlay = league.data.fixtures.some((f) => !f.result || f.time > now);
    const recent = played.some((f) => f.time.getTime() >= now.getTime() - recentDays * DAY);
    if (!toPlay && !recent) return [];
    const name = (id: string) => league.data.teams.find((t) => t.id === id)?.name ?? id;
    return [
      {
        leagueId: league.id,
        title: league.data.title,
        titleEn: league.data.en?.title,
        results: played.slice(0, perLeague).map((f) => ({
          round: f.round,
          time: f.time,
          home: name(f.home),
          away: name(f.away),
          homeScore: f.result!.home,
          awayScore: f.result!.away,
          // A forfeit (3x3 w-0, volleyball 3-0) shows the same 弃权 badge as a walkover.
          walkover: f.result!.walkover ?? f.result!.forfeit,
        })),
      },
    ];
  });
  return running.sort((a, b) => b.results[0]!.time.getTime() - a.results[0]!.time.getTime());
}

/**
 * Notices in force worth leading with: urgent ones whose banner still shows, then pinned ones,
 * each newest first; and the latest `latestCount` others.
 */
export function homeNotices<T extends NoticeLike>(notices: readonly T[], now: Date, latestCount = 3): { important: T[]; latest: T[] } {
  const live = notices.filter((n) => n.data.status === 'active');
  const urgent = activeUrgentNotices(live, now);
  const pinned = sortNotices(live.filter((n) => n.data.pinned && !urgent.includes(n)));
  const important = [...urgent, ...pinned];
  return { important, latest: sortNotices(live.filter((n) => !important.includes(n))).slice(0, latestCount) };
}

/** The next lessons of the civility school: the next occurrence of each course, soonest first. */
export function nextLessons(events: readonly SiteEvent[], now: Date, limit = 3): Occurrence[] {
  const seen = new Set<string>();
  const lessons: Occurrence[] = [];
  for (const lesson of upcoming(
    events.filter((e) => e.type === 'lesson'),
    now,
    120,
  )) {
    if (seen.has(lesson.path)) continue;
    seen.add(lesson.path);
    lessons.push(lesson);
    if (lessons.length === limit) break;
  }
  return lessons;
}

interface CampaignLike {
  id: string;
  /** local dates, "2026-12-01" */
  data: { start: string; end: string };
}

/** Campaigns under way today (Beijing date) or starting within `soonDays`, those under way first, then by start. */
export function openCampaigns<T extends CampaignLike>(campaigns: readonly T[], now: Date, soonDays = 30): T[] {
  const today = shanghaiDay(now);
  const soon = shanghaiDay(new Date(now.getTime() + soonDays * DAY));
  const running = (c: T) => c.data.start <= today && c.data.end >= today;
  return campaigns
    .filter((c) => running(c) || (c.data.start > today && c.data.start <= soon))
    .sort((a, b) => Number(running(b)) - Number(running(a)) || a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id));
}

/** Everything on this week, for the count in the week-sheet shortcut. */
export function thisWeekCount(events: readonly SiteEvent[], now: Date): number {
  const week = shanghaiWeek(now);
  return occurrencesBetween(events, week.start, week.end).length;
}
