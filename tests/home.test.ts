/**
 * What the home page leads with (src/lib/home.ts), from entries written here: each test states
 * the few events, leagues, notices or campaigns it needs. "Now" is Friday 2026-11-27 10:00
 * Beijing time, so this week runs Monday 23 to Sunday 29 November and next week to 6 December.
 */
import { describe, expect, it } from 'vitest';
import { highlights, homeNotices, latestResults, nextLessons, openCampaigns } from '../src/lib/home.ts';
import { dateBadgeParts } from '../src/lib/date-badge.ts';
import { activeUrgentNotices } from '../src/lib/notices.ts';
import { parseShanghaiDateTime } from '../src/lib/dates.ts';
import { recurrenceOf } from '../src/lib/recurrence.ts';
import type { SiteEvent } from '../src/lib/events.ts';

const at = (text: string) => parseShanghaiDateTime(text)!;
const NOW = at('2026-11-27 10:00');

function event(uid: string, type: SiteEvent['type'], start: string, extra: Partial<SiteEvent> = {}): SiteEvent {
  const path = type === 'match' ? '/sports/saike-cup/' : type === 'lesson' ? `/school/courses/${uid}/` : `/performances/${uid}/`;
  return {
    uid,
    type,
    title: uid,
    start: at(start),
    end: new Date(at(start).getTime() + 7_200_000),
    communities: [],
    path,
    source: `content/test/${uid}.md`,
    status: 'scheduled',
    ...extra,
  };
}

describe('what is on (highlights)', () => {
  it('shows this week’s and next week’s performances and match days, soonest first, with matches of one league on one day as one card', () => {
    const events = [
      event('weekend-evening', 'performance', '2026-11-28 19:00'),
      event('m1', 'match', '2026-12-05 09:00'),
      event('m2', 'match', '2026-12-05 09:00'),
      event('m3', 'match', '2026-12-05 14:00'),
      event('m4', 'match', '2026-12-06 09:00'),
      event('waist-drum', 'performance', '2026-12-05 19:00'),
      event('lesson', 'lesson', '2026-11-28 09:00'), // lessons have their own section
      event('autumn-evening', 'performance', '2026-11-14 19:00'), // over
      event('final', 'performance', '2026-12-12 19:00'), // the week after next: enough without it
    ];
    const cards = highlights(events, NOW);
    expect(cards.map((c) => [c.kind, c.event.uid, c.count, c.thisWeek])).toEqual([
      ['performance', 'weekend-evening', 1, true],
      ['matchday', 'm1', 3, false],
      ['performance', 'waist-drum', 1, false],
      ['matchday', 'm4', 1, false],
    ]);
  });

  it('reaches beyond next week when fewer than three are on, and keeps a cancelled show (marked by its status)', () => {
    const events = [
      event('opera', 'performance', '2026-12-19 14:30', { status: 'cancelled' }),
      event('new-year', 'performance', '2026-12-31 19:30'),
      event('lantern', 'performance', '2027-02-13 19:00'),
      event('song-fair', 'performance', '2027-03-20 19:00'),
    ];
    expect(highlights(events, NOW).map((c) => [c.event.uid, c.event.status])).toEqual([
      ['opera', 'cancelled'],
      ['new-year', 'scheduled'],
      ['lantern', 'scheduled'],
    ]);
  });

  it('includes a show under way and stops at the limit', () => {
    const events = [
      event('under-way', 'performance', '2026-11-27 09:00'),
      ...Array.from({ length: 8 }, (_, i) => event(`p${i}`, 'performance', `2026-11-2${8 + (i % 2)} 1${i}:00`)),
    ];
    const cards = highlights(events, NOW);
    expect(cards).toHaveLength(6);
    expect(cards[0]!.event.uid).toBe('under-way');
  });
});

describe('latest results', () => {
  const fixture = (round: string, time: string, home: string, away: string, result?: { home: number; away: number; walkover?: 'home' | 'away' }) => ({
    round,
    time: at(time),
    home,
    away,
    result,
  });
  const teams = [
    { id: 'liukai', name: '柳开社区队' },
    { id: 'jiangbin', name: '江滨社区队' },
    { id: 'renhe', name: '人和社区队' },
  ];

  it('of running leagues only, newest first, at most three each, leagues with the latest result first', () => {
    const leagues = [
      {
        id: 'saike',
        data: {
          title: '赛克杯',
          teams,
          fixtures: [
            fixture('第1轮', '2026-11-14 09:00', 'liukai', 'jiangbin', { home: 3, away: 1 }),
            fixture('第2轮', '2026-11-21 09:00', 'jiangbin', 'renhe', { home: 0, away: 3, walkover: 'home' }),
            fixture('第3轮', '2026-11-22 09:00', 'renhe', 'liukai', { home: 2, away: 3 }),
            fixture('第4轮', '2026-11-23 09:00', 'liukai', 'renhe', { home: 3, away: 0 }),
            fixture('决赛', '2026-12-05 09:00', 'liukai', 'renhe'),
          ],
        },
      },
      // The result typed into next week's match is not shown before it is played.
      {
        id: 'volley',
        data: {
          title: '气排球',
          teams,
          fixtures: [
            fixture('第1轮', '2026-11-25 09:00', 'liukai', 'renhe', { home: 2, away: 1 }),
            fixture('第2轮', '2026-12-01 09:00', 'liukai', 'jiangbin', { home: 2, away: 0 }),
          ],
        },
      },
      { id: 'not-started', data: { title: '羽毛球', teams, fixtures: [fixture('第1轮', '2026-12-01 09:00', 'liukai', 'renhe')] } },
      { id: 'long-over', data: { title: '网球', teams, fixtures: [fixture('决赛', '2026-09-01 09:00', 'liukai', 'renhe', { home: 2, away: 0 })] } },
      { id: 'just-over', data: { title: '篮球', teams, fixtures: [fixture('决赛', '2026-11-20 09:00', 'jiangbin', 'renhe', { home: 21, away: 19 })] } },
    ];
    const results = latestResults(leagues, NOW);
    expect(results.map((l) => l.leagueId)).toEqual(['volley', 'saike', 'just-over']);
    expect(results[0]!.results.map((r) => r.round)).toEqual(['第1轮']);
    const saike = results.find((l) => l.leagueId === 'saike')!;
    expect(saike.results.map((r) => `${r.round} ${r.home} ${r.homeScore}:${r.awayScore} ${r.away}${r.walkover ? ` (${r.walkover})` : ''}`)).toEqual([
      '第4轮 柳开社区队 3:0 人和社区队',
      '第3轮 人和社区队 2:3 柳开社区队',
      '第2轮 江滨社区队 0:3 人和社区队 (home)',
    ]);
  });
});

describe('notices on the home page', () => {
  const notice = (id: string, published: string, data: Partial<{ pinned: boolean; urgent: boolean; status: string; expires: Date }> = {}) => ({
    id,
    data: { published: at(published), pinned: false, urgent: false, status: 'active', ...data },
  });

  it('leads with urgent notices still in force, then pinned ones, and lists the latest others', () => {
    const notices = [
      notice('cold-wave', '2026-11-20 08:00', { urgent: true, expires: at('2027-01-15 00:00') }),
      notice('expired-urgent', '2026-11-01 08:00', { urgent: true, expires: at('2026-11-10 00:00') }),
      notice('rules', '2026-11-02 08:00', { pinned: true }),
      notice('repealed-pinned', '2026-11-05 08:00', { pinned: true, status: 'repealed' }),
      notice('a', '2026-11-25 08:00'),
      notice('b', '2026-11-26 08:00'),
      notice('c', '2026-11-24 08:00'),
      notice('d', '2026-11-10 08:00'),
    ];
    const { important, latest } = homeNotices(notices, NOW);
    expect(important.map((n) => n.id)).toEqual(['cold-wave', 'rules']);
    expect(latest.map((n) => n.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('the urgent banner (every page)', () => {
  const urgent = (id: string, expires: string, status = 'active') => ({
    id,
    data: { published: at('2026-11-20 08:00'), pinned: false, urgent: true, status, expires: at(expires) },
  });
  const coldWave = urgent('cold-wave', '2027-01-15 00:00');

  it('shows an urgent notice until the minute it expires, and not from then on', () => {
    expect(activeUrgentNotices([coldWave], NOW).map((n) => n.id)).toEqual(['cold-wave']);
    expect(activeUrgentNotices([coldWave], at('2027-01-14 23:59')).map((n) => n.id)).toEqual(['cold-wave']);
    expect(activeUrgentNotices([coldWave], at('2027-01-15 00:00'))).toEqual([]);
    expect(activeUrgentNotices([coldWave], at('2027-01-16 09:00'))).toEqual([]);
  });

  it('drops an expired, a repealed or a non-urgent notice, and lists the others newest first', () => {
    const notices = [
      urgent('expired', '2026-11-27 09:59'),
      urgent('repealed', '2027-01-01 00:00', 'repealed'),
      { ...coldWave, id: 'ordinary', data: { ...coldWave.data, urgent: false } },
      { ...urgent('water', '2026-11-30 00:00'), data: { ...urgent('water', '2026-11-30 00:00').data, published: at('2026-11-26 08:00') } },
      coldWave,
    ];
    expect(activeUrgentNotices(notices, NOW).map((n) => n.id)).toEqual(['water', 'cold-wave']);
  });
});

describe('the civility school on the home page', () => {
  it('shows the next class of each course, a weekly class by its next date', () => {
    const weekly = event('outline', 'lesson', '2026-11-07 09:00', {
      recurrence: recurrenceOf({ weekday: 'sat', time: '09:00', from: '2026-11-05', until: '2027-01-30', except: ['2026-11-28'] }),
    });
    const events = [
      weekly,
      event('phones', 'lesson', '2026-12-24 15:00'),
      event('phones-2', 'lesson', '2026-12-31 15:00', { path: '/school/courses/phones/' }),
      event('past', 'lesson', '2026-11-01 15:00'),
    ];
    const lessons = nextLessons(events, NOW);
    expect(lessons.map((l) => [l.path, l.start])).toEqual([
      ['/school/courses/outline/', at('2026-12-05 09:00')], // 28 November is an exception date
      ['/school/courses/phones/', at('2026-12-24 15:00')],
    ]);
  });

  it('shows campaigns under way (Beijing date), then those starting within 30 days', () => {
    const campaign = (id: string, start: string, end: string) => ({ id, data: { start, end } });
    const campaigns = [
      campaign('later', '2027-03-01', '2027-03-31'),
      campaign('soon', '2026-12-20', '2027-01-20'),
      campaign('running', '2026-11-01', '2026-12-31'),
      campaign('ended-yesterday', '2026-10-01', '2026-11-26'),
      campaign('ends-today', '2026-11-01', '2026-11-27'),
    ];
    expect(openCampaigns(campaigns, NOW).map((c) => c.id)).toEqual(['ends-today', 'running', 'soon']);
    // 00:30 Beijing time on the 27th is still the 26th in UTC: the Beijing date counts, so the
    // campaign that ended on the 26th is over.
    expect(openCampaigns(campaigns, at('2026-11-27 00:30')).map((c) => c.id)).toEqual(['ends-today', 'running', 'soon']);
  });
});

describe('date badges', () => {
  it('give month, day and weekday in Beijing time, in the page’s language', () => {
    // 23:30 UTC on 4 December is 07:30 on Saturday 5 December in Beijing.
    const date = new Date('2026-12-04T23:30:00Z');
    expect(dateBadgeParts(date, 'zh-CN')).toEqual({ month: '12月', day: '5', weekday: '周六' });
    expect(dateBadgeParts(date, 'en')).toEqual({ month: 'Dec', day: '5', weekday: 'Sat' });
  });
});
