/**
 * Reads every iCalendar file of the built site with an independent parser (node-ical) and
 * compares what a calendar app would show with the content. Also runs under TZ=UTC and Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ical, { type VEvent } from 'node-ical';
import { BUILT_SITE } from './support/paths.ts';
import { entries } from './support/entries.ts';
import { parseShanghaiDateTime } from '../src/lib/dates.ts';

const at = (text: string) => parseShanghaiDateTime(text)!;
const icsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? icsFiles(full) : name.endsWith('.ics') ? [full] : [];
  });
const vevents = (file: string) => Object.values(ical.sync.parseICS(readFileSync(join(BUILT_SITE, 'calendar', file), 'utf8'))).filter((c): c is VEvent => c?.type === 'VEVENT');
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
      if (name.startsWith('event/')) expect(events.map((e) => host(e.uid)), name).toEqual([name.slice('event/'.length, -'.ics'.length)]);
    }
  });

  it('has every performance at its time, place and status', () => {
    for (const { id, data } of entries('performances')) {
      const event = find(`performance-${id}`);
      expect(event.summary).toBe(data.title);
      expect(new Date(event.start).toISOString()).toBe(data.start.toISOString());
      if (data.end) expect(new Date(event.end!).toISOString()).toBe(data.end.toISOString());
      expect(event.status).toBe(data.status === 'cancelled' ? 'CANCELLED' : data.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED');
      expect(String(event.location)).toContain(data.venue.id === 'jiangbin-plaza' ? '江滨社区文化广场' : '');
      const url = event.url as unknown as string | { val: string };
      expect(typeof url === 'string' ? url : url.val).toMatch(new RegExp(`/performances/${id}/$`));
    }
    expect(find('performance-2026-12-19-opera-afternoon').status).toBe('CANCELLED');
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
    const dates = lesson.rrule!.between(at('2026-12-20'), at('2027-01-10'), true).map((d) => d.toISOString());
    expect(dates.filter((d) => !exdates.includes(d))).toEqual([at('2027-01-09 09:00').toISOString()]);
  });

  it('has every fixture, campaign activity and notice event', () => {
    const fixtures = entries('leagues').flatMap((l) => l.data.fixtures);
    expect(all.filter((e) => host(e.uid).startsWith('match-'))).toHaveLength(fixtures.length);
    expect(new Date(all.find((e) => e.summary === '网络安全与防范诈骗')!.start).toISOString()).toBe(at('2027-02-06 09:30').toISOString());
    expect(new Date(find('notice-2026-11-12-job-fair').start).toISOString()).toBe(at('2026-12-06 09:00').toISOString());
  });

  it('splits by type, community and venue', () => {
    expect(vevents('type/performance.ics').map((e) => host(e.uid)).sort()).toEqual(entries('performances').map((p) => `performance-${p.id}`).sort());
    const renhe = vevents('community/renhe.ics').map((e) => e.summary);
    expect(renhe).toContain('人和社区爱心超市十二月开放日');
    expect(renhe).not.toContain('豫剧戏迷专场');
    expect(vevents('venue/yishan-court.ics').every((e) => String(e.location).startsWith('依山社区篮球场'))).toBe(true);
  });

  it('keeps UIDs stable: they come from file names, not titles or times', () => {
    expect(all.map((e) => e.uid).every((uid) => /^[a-z0-9-]+@chuanhui$/.test(uid))).toBe(true);
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
  });
});
