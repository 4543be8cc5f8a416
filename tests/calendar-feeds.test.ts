/**
 * The iCalendar writer (src/lib/ical.ts) on events stated here, read back by two independent
 * parsers — node-ical and Mozilla's ical.js — as two calendar apps would. Weekly classes at 00:30,
 * 07:00 and 23:30 Beijing time must land on their Beijing weekday in both (a UTC DTSTART with a
 * Beijing BYDAY put the 07:00 Saturday class on Sundays). Runs under TZ New York, UTC and Shanghai.
 */
import { describe, expect, it } from 'vitest';
import ical, { type VEvent } from 'node-ical';
import ICAL from 'ical.js';
import { calendarFeed, sequenceOf, type FeedOptions } from '../src/lib/ical.ts';
import { recurrenceOf, type WeeklySchedule } from '../src/lib/recurrence.ts';
import { occurrencesBetween, type SiteEvent } from '../src/lib/events.ts';
import { monthItems } from '../src/lib/calendar-data.ts';
import { parseShanghaiDateTime, shanghaiMinute } from '../src/lib/dates.ts';

const at = (text: string) => parseShanghaiDateTime(text)!;
const site = new URL('https://chuanhui.example.cn/');
const options: FeedOptions = {
  name: '测试',
  site,
  stamp: at('2026-11-27 10:00'),
  location: (event) => (event.venue ? `${event.venue}地点` : undefined),
  labels: { cancelled: '[已取消]', postponed: '[已延期]' },
};

function weeklyClass(id: string, schedule: Partial<WeeklySchedule> & Pick<WeeklySchedule, 'weekday' | 'time'>): SiteEvent {
  const recurrence = recurrenceOf({ from: '2026-11-05', until: '2026-12-31', except: [], ...schedule });
  return {
    uid: `lesson-${id}`,
    type: 'lesson',
    title: `${id} 班`,
    start: recurrence.start,
    end: new Date(recurrence.start.getTime() + 60 * 60_000),
    venue: 'hall',
    communities: [],
    path: `/school/courses/${id}/`,
    status: 'scheduled',
    recurrence,
    source: `content/courses/${id}.md`,
  };
}

function single(uid: string, fields: Partial<SiteEvent>): SiteEvent {
  return {
    uid,
    type: 'performance',
    title: uid,
    start: at('2026-12-12 19:00'),
    end: at('2026-12-12 21:00'),
    communities: [],
    path: `/performances/${uid}/`,
    status: 'scheduled',
    source: `content/performances/${uid}.md`,
    ...fields,
  };
}

/** Beijing "YYYY-MM-DD HH:mm" of every occurrence node-ical finds in [from, to]. */
function nodeIcalOccurrences(text: string, uid: string, from: Date, to: Date): string[] {
  const event = Object.values(ical.sync.parseICS(text)).find((c): c is VEvent => c?.type === 'VEVENT' && c.uid === `${uid}@chuanhui`)!;
  return ical.expandRecurringEvent(event, { from, to }).map((instance) => shanghaiMinute(new Date(instance.start)));
}

/** The same with ical.js: the feed's VTIMEZONE registered, the rule iterated, EXDATEs applied by ICAL.Event. */
function icalJsOccurrences(text: string, uid: string, from: Date, to: Date): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const component = calendar.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === `${uid}@chuanhui`)!;
  const event = new ICAL.Event(component);
  const found: string[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const start = next.toJSDate();
    if (start > to) break;
    if (start >= from) found.push(shanghaiMinute(start));
  }
  return found;
}

const saturdays = (time: string) =>
  ['2026-11-07', '2026-11-14', '2026-11-21', '2026-11-28', '2026-12-05', '2026-12-12', '2026-12-19', '2026-12-26'].map((day) => `${day} ${time}`);

describe('weekly classes in feeds, read by node-ical and ical.js', () => {
  const classes = [
    weeklyClass('early', { weekday: 'sat', time: '00:30' }),
    weeklyClass('morning', { weekday: 'sat', time: '07:00', except: ['2026-11-21'] }),
    weeklyClass('late', { weekday: 'sat', time: '23:30' }),
  ];
  const text = calendarFeed(classes, options);
  const from = at('2026-11-01 00:00');
  const to = at('2027-01-10 00:00');

  it.each([
    ['early', '00:30', []],
    ['morning', '07:00', ['2026-11-21 07:00']],
    ['late', '23:30', []],
  ])('a Saturday %s class (%s) is on Saturdays in Beijing, the first one included, exceptions left out', (id, time, skipped) => {
    const expected = saturdays(time).filter((day) => !skipped.includes(day));
    expect(nodeIcalOccurrences(text, `lesson-${id}`, from, to)).toEqual(expected);
    expect(icalJsOccurrences(text, `lesson-${id}`, from, to)).toEqual(expected);
    // and the site (month JSON, pages) agrees, each class named by its Beijing date
    const site = occurrencesBetween(
      classes.filter((c) => c.uid === `lesson-${id}`),
      from,
      to,
    );
    expect(site.map((o) => shanghaiMinute(o.start))).toEqual(expected);
    expect(site.map((o) => o.id)).toEqual(expected.map((day) => `lesson-${id}-${day.slice(0, 10)}`));
  });

  it('writes the rule in Beijing time: DTSTART and EXDATE with TZID=Asia/Shanghai, a VTIMEZONE, UNTIL in UTC', () => {
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20261107T070000\r\n');
    expect(text).toContain('EXDATE;TZID=Asia/Shanghai:20261121T070000\r\n');
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;UNTIL=20261231T\d{6}Z;BYDAY=SA\r\n/);
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Asia\/Shanghai\r\n/);
    expect(text).toMatch(/DTSTAMP:20261127T020000Z\r\n/);
  });
});

describe('feed details', () => {
  const events = [
    single('cancelled-show', { status: 'cancelled', description: '因天气原因取消。' }),
    single('moved-show', {
      status: 'postponed',
      start: at('2027-02-13 18:30'),
      end: at('2027-02-13 20:30'),
      previousStart: at('2027-02-06 18:30'),
      description: '原定 2 月 6 日,顺延至 2 月 13 日。',
    }),
    single('undated-postponement', { status: 'postponed', start: at('2027-03-01 19:00') }),
    single('plain-show', {}),
  ];
  const text = calendarFeed(events, { ...options, revised: (event) => (event.uid === 'plain-show' ? new Date('2026-11-20T03:00:00Z') : undefined) });
  const parsed = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
  const byUid = (uid: string) => parsed.find((e) => e.uid === `${uid}@chuanhui`)!;
  const jsEvents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  const jsByUid = (uid: string) => jsEvents.find((e) => e.getFirstPropertyValue('uid') === `${uid}@chuanhui`)!;

  it('ends every line with CRLF, END:VCALENDAR included, and states X-WR-TIMEZONE before any event', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.indexOf('X-WR-TIMEZONE:Asia/Shanghai\r\n')).toBeGreaterThan(0);
    expect(text.indexOf('X-WR-TIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
  });

  it('gives every event a DESCRIPTION and a URL to its page', () => {
    for (const uid of ['cancelled-show', 'moved-show', 'plain-show']) {
      expect(String(jsByUid(uid).getFirstPropertyValue('url'))).toBe(`https://chuanhui.example.cn/performances/${uid}/`);
      expect(String(jsByUid(uid).getFirstPropertyValue('description'))).toContain(`https://chuanhui.example.cn/performances/${uid}/`);
    }
    expect(byUid('moved-show').description).toContain('顺延至 2 月 13 日');
  });

  it('marks a cancelled show in its title and status; a postponed show with its new date is CONFIRMED there, one without is TENTATIVE', () => {
    expect(byUid('cancelled-show')).toMatchObject({ summary: '[已取消] cancelled-show', status: 'CANCELLED' });
    expect(jsByUid('cancelled-show').getFirstPropertyValue('summary')).toBe('[已取消] cancelled-show');
    expect(byUid('moved-show')).toMatchObject({ summary: '[已延期] moved-show', status: 'CONFIRMED' });
    expect(shanghaiMinute(new Date(byUid('moved-show').start))).toBe('2027-02-13 18:30');
    expect(byUid('undated-postponement').status).toBe('TENTATIVE');
    expect(byUid('plain-show')).toMatchObject({ summary: 'plain-show', status: 'CONFIRMED' });
  });

  it('derives SEQUENCE from when the source last changed, so a later change has a higher one', () => {
    expect(jsByUid('plain-show').getFirstPropertyValue('sequence')).toBe(sequenceOf(new Date('2026-11-20T03:00:00Z')));
    expect(jsByUid('cancelled-show').getFirstPropertyValue('sequence')).toBe(0);
    expect(sequenceOf(new Date('2026-11-20T03:01:00Z'))).toBe(sequenceOf(new Date('2026-11-20T03:00:00Z')) + 1);
    expect(text).toContain('LAST-MODIFIED:20261120T030000Z\r\n');
  });
});

describe('skipHolidays: no class on public holidays (chinese-days), in the site, the month JSON and the feeds', () => {
  // Thursdays and Saturdays across 中秋节 and 国庆节 2026: 09-25 … 09-27 and 10-01 (Thu) … 10-07 are days
  // off; Saturday 10-10 is a 调休 working day (so is Sunday 09-20).
  const thursday = weeklyClass('thursday', { weekday: 'thu', time: '19:00', from: '2026-09-20', until: '2026-10-20', skipHolidays: true });
  const saturday = weeklyClass('saturday', { weekday: 'sat', time: '07:00', from: '2026-09-20', until: '2026-10-20', skipHolidays: true });
  const unaware = weeklyClass('unaware', { weekday: 'sat', time: '07:00', from: '2026-09-20', until: '2026-10-20' });
  const from = at('2026-09-20 00:00');
  const to = at('2026-10-21 00:00');
  const text = calendarFeed([thursday, saturday, unaware], options);

  it('skips 2026-10-01 (Thursday), 09-26 (中秋) and 10-03 (Saturdays), keeps 10-08 and the 调休 Saturday 10-10', () => {
    const thursdays = ['2026-09-24 19:00', '2026-10-08 19:00', '2026-10-15 19:00'];
    const saturdays = ['2026-10-10 07:00', '2026-10-17 07:00'];
    for (const [event, expected] of [
      [thursday, thursdays],
      [saturday, saturdays],
    ] as const) {
      expect(occurrencesBetween([event], from, to).map((o) => shanghaiMinute(o.start))).toEqual(expected);
      expect(nodeIcalOccurrences(text, event.uid, from, to)).toEqual(expected);
      expect(icalJsOccurrences(text, event.uid, from, to)).toEqual(expected);
    }
    expect(text).toContain('EXDATE;TZID=Asia/Shanghai:20261001T190000\r\n');
    expect(text).toContain('EXDATE;TZID=Asia/Shanghai:20260926T070000,20261003T070000\r\n');
    // a class without the flag meets on the holiday
    expect(occurrencesBetween([unaware], from, to).map((o) => shanghaiMinute(o.start))).toContain('2026-10-03 07:00');
  });

  it('leaves the days off out of the month JSON too', () => {
    const october = monthItems([thursday, saturday], '2026-10', () => ({ name: '礼堂' }));
    expect(october.map((item) => item.start.slice(0, 10))).toEqual(['2026-10-08', '2026-10-10', '2026-10-15', '2026-10-17']);
  });
});
