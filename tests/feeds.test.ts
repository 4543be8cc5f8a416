/**
 * Reads every iCalendar file of the built site with an independent parser (node-ical) and
 * compares what a calendar app would show with the content. Also runs under TZ=UTC and Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ical, { type VEvent } from 'node-ical';
import { BUILT_SITE } from './support/paths.ts';
import { entries } from './support/entries.ts';
import { parseShanghaiDateTime } from '../src/lib/dates.ts';

const at = (text: string) => parseShanghaiDateTime(text)!;
const icsFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ics'))
    .map((name) => join(dir, name));
const vevents = (file: string) =>
  Object.values(ical.sync.parseICS(readFileSync(join(BUILT_SITE, 'calendar', file), 'utf8'))).filter((c): c is VEvent => c?.type === 'VEVENT');
const host = (uid: string) => uid.replace(/@.*$/, '');

describe('iCalendar feeds', () => {
  const all = vevents('all.ics');
  const find = (uid: string) => {
    const found = all.find((e) => host(e.uid) === uid);
    expect(found, uid).toBeDefined();
    return found!;
  };

  it('every .ics file parses, and each event file holds exactly its event', () => {
    const files = icsFiles(join(BUILT_SITE, 'calendar'));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const events = Object.values(ical.sync.parseICS(readFileSync(file, 'utf8'))).filter((c) => c?.type === 'VEVENT') as VEvent[];
      const name = relative(join(BUILT_SITE, 'calendar'), file);
      if (name.startsWith('event/'))
        expect(
          events.map((e) => host(e.uid)),
          name,
        ).toEqual([name.slice('event/'.length, -'.ics'.length)]);
    }
  });

  it('has every performance at its time, place and status', () => {
    for (const { id, data } of entries('performances')) {
      const event = find(`performance-${id}`);
      expect(event.summary).toBe(data.status === 'cancelled' ? `[已取消] ${data.title}` : data.status === 'postponed' ? `[已延期] ${data.title}` : data.title);
      expect(new Date(event.start).toISOString()).toBe(data.start.toISOString());
      if (data.end) expect(new Date(event.end!).toISOString()).toBe(data.end.toISOString());
      // a postponed show that has its new date (previousStart) is confirmed at that date
      expect(event.status).toBe(data.status === 'cancelled' ? 'CANCELLED' : data.status === 'postponed' && !data.previousStart ? 'TENTATIVE' : 'CONFIRMED');
      expect(event.description, id).toContain(`/performances/${id}/`);
      expect(String(event.location)).toContain(data.venue.id === 'jiangbin-plaza' ? '江滨社区文化广场' : '');
      const url = event.url as unknown as string | { val: string };
      expect(typeof url === 'string' ? url : url.val).toMatch(new RegExp(`/performances/${id}/$`));
    }
    expect(find('performance-2026-12-19-opera-afternoon').status).toBe('CANCELLED');
    expect(find('performance-2027-02-13-lantern-gala')).toMatchObject({ status: 'CONFIRMED', summary: '[已延期] 元宵节文艺演出' });
    expect(find('performance-2027-02-13-lantern-gala').description).toContain('顺延至 2 月 13 日');
  });

  it('gives a weekly class its rule and exception dates, at 09:00 Beijing time', () => {
    const course = entries('courses').find((c) => c.id === 'civic-morality-outline')!;
    const lesson = all.find((e) => host(e.uid).startsWith('lesson-civic-morality-outline-'))!;
    expect(new Date(lesson.start).toISOString()).toBe(at('2026-11-07 09:00').toISOString());
    expect(lesson.rrule?.toString()).toMatch(/FREQ=WEEKLY/);
    expect(lesson.rrule?.toString()).toMatch(/BYDAY=SA/);
    // node-ical indexes each EXDATE under more than one key
    const exdates = [...new Set(Object.values(lesson.exdate ?? {}).map((d) => new Date(d as Date).toISOString()))].sort();
    expect(exdates).toEqual(course.data.lessons[0]!.weekly!.except.map((day) => at(`${day} 09:00`).toISOString()));
    const dates = ical.expandRecurringEvent(lesson, { from: at('2026-12-20'), to: at('2027-01-10') }).map((d) => new Date(d.start).toISOString());
    expect(dates).toEqual([at('2027-01-09 09:00').toISOString()]);
  });

  it('ends with CRLF and names its zone before the events', () => {
    for (const file of ['all.ics', 'type/lesson.ics', 'community/renhe.ics']) {
      const text = readFileSync(join(BUILT_SITE, 'calendar', file), 'utf8');
      expect(text.endsWith('END:VCALENDAR\r\n'), file).toBe(true);
      expect(text.indexOf('X-WR-TIMEZONE:Asia/Shanghai'), file).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
    }
  });

  it('gives the love-supermarket open day (a notice without a venue) its community’s address', () => {
    expect(String(find('notice-2026-11-16-love-supermarket').location)).toMatch(/^人和社区,/);
  });

  it('has every fixture, campaign activity and notice event', () => {
    const fixtures = entries('leagues').flatMap((l) => l.data.fixtures);
    expect(all.filter((e) => host(e.uid).startsWith('match-'))).toHaveLength(fixtures.length);
    expect(new Date(all.find((e) => e.summary === '网络安全与防范诈骗')!.start).toISOString()).toBe(at('2027-02-06 09:30').toISOString());
    expect(new Date(find('notice-2026-11-12-job-fair').start).toISOString()).toBe(at('2026-12-06 09:00').toISOString());
  });

  it('splits by type, community and venue', () => {
    expect(
      vevents('type/performance.ics')
        .map((e) => host(e.uid))
        .sort(),
    ).toEqual(
      entries('performances')
        .map((p) => `performance-${p.id}`)
        .sort(),
    );
    const renhe = vevents('community/renhe.ics').map((e) => e.summary);
    expect(renhe).toContain('人和社区爱心超市十二月开放日');
    expect(renhe).not.toContain('豫剧戏迷专场');
    const atCourt = vevents('venue/yishan-court.ics');
    // every match played there (and nothing else), each located at the court
    const matchesThere = entries('leagues').flatMap((l) => l.data.fixtures.filter((f) => f.venue.id === 'yishan-court')).length;
    expect(matchesThere).toBeGreaterThan(0);
    expect(atCourt.filter((e) => host(e.uid).startsWith('match-'))).toHaveLength(matchesThere);
    expect(atCourt.filter((e) => !String(e.location).startsWith('依山社区篮球场')).map((e) => e.summary)).toEqual([]);
  });

  it('keeps UIDs stable: they come from file names, not titles or times', () => {
    expect(all.length).toBeGreaterThan(40); // 46 in the test content: the check below must see them
    expect(all.map((e) => e.uid).filter((uid) => !/^[a-z0-9-]+@chuanhui$/.test(uid))).toEqual([]);
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
  });
});

describe('schema.org Event data on the pages', () => {
  const jsonLd = (path: string): Record<string, unknown>[] => {
    const html = readFileSync(join(BUILT_SITE, path, 'index.html'), 'utf8');
    return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
      .flatMap((m) => [JSON.parse(m[1]!)].flat() as Record<string, unknown>[])
      .filter((d) => d['@type'] === 'Event');
  };

  it('a postponed show with its new date is EventRescheduled, with its previous start', () => {
    expect(jsonLd('performances/2027-02-13-lantern-gala')).toEqual([
      expect.objectContaining({
        eventStatus: 'https://schema.org/EventRescheduled',
        startDate: '2027-02-13T18:30:00+08:00',
        previousStartDate: '2027-02-06T18:30:00+08:00',
      }),
    ]);
  });

  it('matches, lessons (a weekly class as a Schedule) and campaign activities have Event data too', () => {
    const league = entries('leagues').find((l) => l.id === '2026-saike-cup')!;
    expect(jsonLd('sports/2026-saike-cup')).toHaveLength(league.data.fixtures.length);
    const lessons = jsonLd('school/courses/civic-morality-outline');
    expect(lessons[0]).toMatchObject({
      name: '《公民道德建设实施纲要》学习班:每周学习会',
      eventSchedule: {
        '@type': 'Schedule',
        repeatFrequency: 'P1W',
        byDay: 'https://schema.org/Saturday',
        startTime: '09:00:00',
        scheduleTimezone: 'Asia/Shanghai',
      },
    });
    expect(jsonLd('campaigns/holiday-legal-lectures').map((e) => e['name'])).toContain('网络安全与防范诈骗');
    expect(jsonLd('en/campaigns/holiday-legal-lectures').length).toBeGreaterThan(0);
  });

  it('the love-supermarket open day has a place: its community', () => {
    expect(jsonLd('notices/2026-11-16-love-supermarket')[0]).toMatchObject({ location: { '@type': 'Place', name: '人和社区' } });
  });
});
