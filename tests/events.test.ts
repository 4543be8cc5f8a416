/**
 * Every dated thing becomes the right calendar event, at the right instant whatever the zone of
 * the machine (this file also runs under TZ=UTC and TZ=Asia/Shanghai: see vitest.config.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  EVENT_TYPES,
  eventsFromCampaigns,
  eventsFromCourses,
  eventsFromLeagues,
  eventsFromNotices,
  eventsFromPerformances,
  occurrencesBetween,
  upcoming,
  type SiteEvent,
} from '../src/lib/events.ts';
import { occurrences, recurrenceOf } from '../src/lib/recurrence.ts';
import { calendarMonths, monthItems } from '../src/lib/calendar-data.ts';
import { initialDate, monthsBetween, readCalendarQuery, writeCalendarQuery } from '../src/lib/calendar-query.ts';
import { parseShanghaiDateTime, toShanghaiIso } from '../src/lib/dates.ts';
import { communityOfVenue, entries } from './support/entries.ts';

const at = (text: string) => parseShanghaiDateTime(text)!;
const byUid = (events: SiteEvent[], uid: string) => {
  const found = events.find((e) => e.uid === uid);
  expect(found, uid).toBeDefined();
  return found!;
};

describe('events from each source', () => {
  it('a performance, keeping a cancelled one with its status', () => {
    const events = eventsFromPerformances(entries('performances'), communityOfVenue);
    expect(events).toHaveLength(10);
    expect(byUid(events, 'performance-2026-12-19-opera-afternoon')).toMatchObject({
      type: 'performance',
      title: '豫剧戏迷专场',
      start: at('2026-12-19 14:30'),
      end: at('2026-12-19 17:00'),
      venue: 'jiangbin-plaza',
      communities: ['jiangbin'],
      path: '/performances/2026-12-19-opera-afternoon/',
      status: 'cancelled',
    });
  });

  it('a league fixture, in both teams’ communities, linking to its league', () => {
    const event = eventsFromLeagues(entries('leagues'), communityOfVenue).find((e) => e.title.includes('A组第1轮'))!;
    expect(event).toMatchObject({
      type: 'match',
      start: at('2026-12-05 09:00'),
      end: at('2026-12-05 10:30'),
      venue: 'chuanhui-gym',
      path: '/sports/2026-saike-cup/',
    });
    expect(event.title).toBe('2026“赛克杯”社区万人乒乓球赛·团体赛 A组第1轮:柳开社区队 – 江滨社区队');
    expect(event.communities.sort()).toEqual(['jiangbin', 'liukai', 'wenchang']);
  });

  it('lessons: a single class, and a weekly class as one event with a rule', () => {
    const events = eventsFromCourses(entries('courses'), communityOfVenue);
    const single = events.find((e) => e.title === '老年人智能手机与防诈骗课堂:识别电信诈骗')!;
    expect(single).toMatchObject({
      type: 'lesson',
      start: at('2026-12-24 15:00'),
      end: at('2026-12-24 16:00'),
      recurrence: undefined,
      path: '/school/courses/seniors-smartphone/',
    });
    const weekly = events.find((e) => e.recurrence)!;
    expect(weekly.title).toBe('《公民道德建设实施纲要》学习班:每周学习会');
    expect(weekly.start).toEqual(at('2026-11-07 09:00'));
    expect(weekly.end).toEqual(at('2026-11-07 10:30'));
  });

  it('campaign activities, and notices that carry an event time (not repealed ones)', () => {
    const activities = eventsFromCampaigns(entries('campaigns'), communityOfVenue);
    expect(activities.map((a) => a.title)).toContain('网络安全与防范诈骗');
    expect(activities.find((a) => a.title === '网络安全与防范诈骗')).toMatchObject({
      type: 'activity',
      start: at('2027-02-06 09:30'),
      venue: 'liukai-centre',
      communities: ['liukai'],
      path: '/campaigns/holiday-legal-lectures/',
    });
    const notices = eventsFromNotices(entries('notices'), communityOfVenue);
    expect(notices.map((n) => n.uid).sort()).toEqual([
      'notice-2026-11-12-job-fair',
      'notice-2026-11-16-love-supermarket',
      'notice-2026-11-26-fitness-consultation',
    ]);
    expect(byUid(notices, 'notice-2026-11-12-job-fair')).toMatchObject({ type: 'notice', start: at('2026-12-06 09:00'), communities: ['hehua', 'renhe'] });
  });
});

describe('weekly classes', () => {
  const schedule = { weekday: 'sat' as const, time: '09:00', from: '2026-11-05', until: '2027-01-30', except: ['2026-12-26', '2027-01-02'] };

  it('start on the first matching weekday and skip the exception dates', () => {
    const recurrence = recurrenceOf(schedule);
    expect(toShanghaiIso(recurrence.start)).toBe('2026-11-07T09:00:00+08:00');
    const dates = occurrences(recurrence, at('2026-11-01'), at('2027-03-01')).map((d) => toShanghaiIso(d));
    expect(dates).toEqual([
      '2026-11-07T09:00:00+08:00',
      '2026-11-14T09:00:00+08:00',
      '2026-11-21T09:00:00+08:00',
      '2026-11-28T09:00:00+08:00',
      '2026-12-05T09:00:00+08:00',
      '2026-12-12T09:00:00+08:00',
      '2026-12-19T09:00:00+08:00',
      '2027-01-09T09:00:00+08:00',
      '2027-01-16T09:00:00+08:00',
      '2027-01-23T09:00:00+08:00',
      '2027-01-30T09:00:00+08:00',
    ]);
  });

  it('expand into dated occurrences with their own ids, including one under way', () => {
    const [event] = eventsFromCourses(
      entries('courses').filter((c) => c.id === 'civic-morality-outline'),
      communityOfVenue,
    );
    const found = occurrencesBetween([event!], at('2026-11-28 10:00'), at('2026-12-06 00:00'));
    expect(found.map((o) => [o.id, toShanghaiIso(o.start), toShanghaiIso(o.end!)])).toEqual([
      [`${event!.uid}-2026-11-28`, '2026-11-28T09:00:00+08:00', '2026-11-28T10:30:00+08:00'],
      [`${event!.uid}-2026-12-05`, '2026-12-05T09:00:00+08:00', '2026-12-05T10:30:00+08:00'],
    ]);
  });

  it('a late-evening class stays on its Beijing day', () => {
    const recurrence = recurrenceOf({ weekday: 'sun', time: '23:30', from: '2026-11-01', until: '2026-11-30', except: ['2026-11-15'] });
    expect(occurrences(recurrence, at('2026-11-01'), at('2026-12-01')).map((d) => toShanghaiIso(d))).toEqual([
      '2026-11-01T23:30:00+08:00',
      '2026-11-08T23:30:00+08:00',
      '2026-11-22T23:30:00+08:00',
      '2026-11-29T23:30:00+08:00',
    ]);
  });
});

describe('calendar data', () => {
  const all = [
    ...eventsFromPerformances(entries('performances'), communityOfVenue),
    ...eventsFromCourses(entries('courses'), communityOfVenue),
    ...eventsFromLeagues(entries('leagues'), communityOfVenue),
  ];
  const venueName = (id: string) => ({ name: id });

  it('covers every month of every year from the first event to the last class of a series, and of now', () => {
    const months = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
    expect(calendarMonths(all)).toEqual([...months(2026), ...months(2027)]); // the badminton cup began in October 2026
    const one: SiteEvent = {
      uid: 'x',
      type: 'notice',
      title: 'x',
      start: at('2027-12-31 23:30'),
      communities: [],
      path: '/x/',
      status: 'scheduled',
      source: 'content/notices/x.md',
    };
    expect(calendarMonths([one], at('2026-06-01 00:00'))).toEqual([...months(2026), ...months(2027)]);
    expect(calendarMonths([], at('2026-06-01 00:00'))).toEqual(months(2026));
  });

  it('puts an event in the month of its Beijing date, even at 00:30 on the 1st', () => {
    const midnight: SiteEvent = {
      uid: 'x',
      type: 'notice',
      title: '零点',
      start: at('2026-12-01 00:30'),
      communities: [],
      path: '/x/',
      status: 'scheduled',
      source: 'content/notices/x.md',
    };
    expect(monthItems([midnight], '2026-11', venueName)).toEqual([]);
    expect(monthItems([midnight], '2026-12', venueName)).toEqual([
      { id: 'x', type: 'notice', title: '零点', start: '2026-12-01T00:30:00+08:00', status: 'scheduled', communities: [], path: '/x/' },
    ]);
  });

  it('lists December’s weekly classes one by one, without the holiday', () => {
    const december = monthItems(all, '2026-12', venueName).filter((i) => i.title.startsWith('《公民道德建设实施纲要》'));
    expect(december.map((i) => i.start.slice(0, 10))).toEqual(['2026-12-05', '2026-12-12', '2026-12-19']);
  });

  it('finds what is on from now on, classes under way included', () => {
    const next = upcoming(all, at('2026-12-12 09:30'), 1);
    // The day from Sat 12 Dec 09:30: the 09:00–10:30 class is still under way, the final is that
    // evening, and the Sunday 09:00 volleyball round starts before the day is out; nothing else
    // of the test content falls in those 24 hours (Friday's events have ended).
    expect(next.map((o) => `${toShanghaiIso(o.start)} ${o.title}`)).toEqual([
      '2026-12-12T09:00:00+08:00 《公民道德建设实施纲要》学习班:每周学习会',
      '2026-12-12T19:00:00+08:00 第十届“川汇之声”社区群众文艺会演·决赛',
      '2026-12-13T09:00:00+08:00 2026—2027 社区气排球联赛 第4轮:柳开社区气排球队 – 陈州社区气排球队',
    ]);
  });

  it('reads and writes its state in the URL', () => {
    expect(readCalendarQuery('?type=performance,match,bogus&community=liukai&month=2026-12&view=list')).toEqual({
      types: ['performance', 'match'],
      community: 'liukai',
      month: '2026-12',
      date: undefined,
      view: 'list',
    });
    const everything = [...EVENT_TYPES];
    expect(readCalendarQuery('?month=2026-13&view=year')).toEqual({
      types: everything,
      community: undefined,
      month: undefined,
      date: undefined,
      view: undefined,
    });
    expect(writeCalendarQuery({ types: ['performance'], community: 'jiangbin', month: '2027-01', view: 'month' })).toBe(
      '?type=performance&community=jiangbin&month=2027-01&view=month',
    );
    // the week view keeps its day: a reload opens the same week, not the 1st of the month
    expect(readCalendarQuery('?date=2026-12-07&view=week')).toMatchObject({ date: '2026-12-07', month: undefined, view: 'week' });
    expect(writeCalendarQuery({ types: everything, date: '2026-12-07', view: 'week' })).toBe('?date=2026-12-07&view=week');
    expect(initialDate(readCalendarQuery('?date=2026-12-07&view=week'))).toBe('2026-12-07');
    expect(initialDate(readCalendarQuery('?month=2026-12&view=week'))).toBe('2026-12-01'); // an old link still opens
    expect(readCalendarQuery('?date=2026-02-30').date).toBeUndefined();
    // every type unticked stays unticked (not all five again)
    expect(writeCalendarQuery({ types: [] })).toBe('?type=none');
    expect(readCalendarQuery('?type=none').types).toEqual([]);
    expect(readCalendarQuery('?type=bogus').types).toEqual(everything);
    expect(monthsBetween(at('2026-11-30'), at('2027-01-11'))).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});
