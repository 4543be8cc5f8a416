/**
 * The calendar island: FullCalendar v7 with month, week and list views, in Beijing time, weeks
 * from Monday. Events come from /calendar/events/<month>.json and each day's 农历, 节气 and
 * holiday marks from /calendar/days/<month>.json, fetched month by month as the reader
 * navigates, only for the months /calendar/events/months.json lists (no request ever 404s).
 * Filters and the date shown live in the URL.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { DatesSetInfo, EventInput, EventSourceFuncInfo } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import listPlugin from '@fullcalendar/react/list';
import classicTheme from '@fullcalendar/react/themes/classic';
import zhCnLocale from '@fullcalendar/react/locales/zh-cn';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import type { CalendarItem } from '../lib/calendar-data.ts';
import type { DayMark, MonthMarks } from '../lib/day-marks.ts';
import {
  CALENDAR_VIEWS,
  initialDate,
  monthsBetween,
  readCalendarQuery,
  writeCalendarQuery,
  type CalendarQuery,
  type CalendarView,
} from '../lib/calendar-query.ts';
import { TYPE_COLOURS, type EventType } from '../lib/event-types.ts';
import { shanghaiDay, shanghaiMonth } from '../lib/dates.ts';

export interface EventCalendarProps {
  locale: 'zh-CN' | 'en';
  types: { id: EventType; label: string }[];
  communities: { id: string; name: string }[];
  strings: {
    filters: string;
    type: string;
    community: string;
    allCommunities: string;
    loadError: string;
    cancelled: string;
    postponed: string;
    prevMonth: string;
    nextMonth: string;
    prevWeek: string;
    nextWeek: string;
    /** the week view's button */
    week: string;
    /** with {id} */
    unknownCommunity: string;
    noTypes: string;
    holidayOff: string;
    holidayWork: string;
    workdayInLieu: string;
    lunar: string;
  };
}

let publishedMonths: Promise<Set<string>> | undefined;
const jsonCache = new Map<string, Promise<unknown>>();

/** A month file, or nothing when the month has none (months.json says which exist). */
async function fetchPublished<T>(folder: 'events' | 'days', month: string, empty: T): Promise<T> {
  publishedMonths ??= fetch('/calendar/events/months.json')
    .then((response) => (response.ok ? (response.json() as Promise<{ months: string[] }>) : { months: [] }))
    .then((index) => new Set(index.months));
  if (!(await publishedMonths).has(month)) return empty;
  const url = `/calendar/${folder}/${month}.json`;
  let pending = jsonCache.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json();
    });
    jsonCache.set(url, pending);
  }
  return pending as Promise<T>;
}

/**
 * On a phone the week is a list (FullCalendar's listWeek): seven time-grid columns of 45 px hold
 * two Chinese characters a line. The URL says view=week either way.
 */
const NARROW_WEEK = 'listWeek';
const viewName = (view: CalendarView, narrow: boolean) => (view === 'week' && narrow ? NARROW_WEEK : CALENDAR_VIEWS[view]);
const viewKey = (name: string): CalendarView | undefined =>
  name === NARROW_WEEK ? 'week' : (Object.entries(CALENDAR_VIEWS).find(([, v]) => v === name)?.[0] as CalendarView | undefined);
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Public holidays and adjusted working days as all-day entries, consecutive days of one holiday joined. */
function holidayEntries(marks: MonthMarks, locale: 'zh-CN' | 'en', strings: EventCalendarProps['strings']): EventInput[] {
  const entries: EventInput[] = [];
  let open: { key: string; start: string; end: string; title: string; className: string } | undefined;
  const close = () =>
    open &&
    entries.push({
      id: `day-${open.start}-${open.key}`,
      title: open.title,
      start: open.start,
      end: open.end,
      allDay: true,
      className: open.className,
      display: 'block',
    });
  for (const [date, mark] of Object.entries(marks).sort(([a], [b]) => a.localeCompare(b))) {
    if (!mark.holiday) continue;
    const name = locale === 'en' ? (mark.holidayEn ?? mark.holiday) : mark.holiday;
    const key = `${mark.work ? 'work' : 'off'}-${mark.holiday}`;
    if (open && open.key === key && open.end === date) {
      open.end = nextDay(date);
      continue;
    }
    close();
    open = mark.work
      ? {
          key,
          start: date,
          end: nextDay(date),
          title: locale === 'en' ? `${strings.workdayInLieu}: ${name}` : `${strings.workdayInLieu}(${name})`,
          className: 'calendar-day-mark day-work',
        }
      : { key, start: date, end: nextDay(date), title: `${name} · ${strings.holidayOff}`, className: 'calendar-day-mark day-off' };
  }
  close();
  return entries;
}

export default function EventCalendar({ locale, types, communities, strings }: EventCalendarProps) {
  const initial = useMemo(() => readCalendarQuery(window.location.search), []);
  const [query, setQuery] = useState<CalendarQuery>(initial);
  const [failed, setFailed] = useState(false);
  const [marks, setMarks] = useState<MonthMarks>({});
  const queryRef = useRef(query);
  queryRef.current = query;
  // FullCalendar asks for events while it is first rendered. An answer that arrived before the
  // components had mounted (a cached month under astro dev) made React warn of a state update on a
  // component that hasn't mounted: the events function waits for this, resolved after mounting.
  const [mounted] = useState(() => {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve };
  });
  useEffect(() => mounted.resolve(), [mounted]);

  const narrow = useMemo(() => window.matchMedia('(max-width: 767px)').matches, []);
  const initialView = viewName(initial.view ?? (narrow ? 'list' : 'month'), narrow);
  const weekView = viewName('week', narrow);
  // FullCalendar reads the prev/next labels from the calendar's options, not the view's: they follow the view shown.
  const [shownView, setShownView] = useState<CalendarView>(initial.view ?? (narrow ? 'list' : 'month'));
  const step = shownView === 'week' ? { prev: strings.prevWeek, next: strings.nextWeek } : { prev: strings.prevMonth, next: strings.nextMonth };
  const knownCommunity = !query.community || communities.some((c) => c.id === query.community);

  const update = (next: CalendarQuery) => {
    setQuery(next);
    window.history.replaceState(null, '', `${window.location.pathname}${writeCalendarQuery(next)}`);
  };

  const prefix = locale === 'en' ? '/en' : '';
  const typeKey = query.types.join(',');
  const community = knownCommunity ? query.community : undefined;
  const events = useCallback(
    async (info: EventSourceFuncInfo): Promise<EventInput[]> => {
      await mounted.promise;
      try {
        const months = monthsBetween(info.start, info.end);
        const [items, days] = await Promise.all([
          Promise.all(months.map((month) => fetchPublished<CalendarItem[]>('events', month, []))),
          Promise.all(months.map((month) => fetchPublished<MonthMarks>('days', month, {}))),
        ]);
        const dayMarks: MonthMarks = Object.assign({}, ...days);
        setMarks((previous) => ({ ...previous, ...dayMarks }));
        const seen = new Set<string>();
        const shown = items
          .flat()
          .filter((item) => !seen.has(item.id) && seen.add(item.id))
          .filter((item) => query.types.includes(item.type) && (!community || item.communities.includes(community)))
          .map((item): EventInput => {
            const title = locale === 'en' ? (item.titleEn ?? item.title) : item.title;
            const mark = item.status === 'cancelled' ? strings.cancelled : item.status === 'postponed' ? strings.postponed : '';
            return {
              id: item.id,
              title: mark ? `${mark} ${title}` : title,
              start: item.start,
              ...(item.end ? { end: item.end } : {}),
              url: `${prefix}${item.path}`,
              className: `calendar-event event-${item.type} status-${item.status}`,
              color: TYPE_COLOURS[item.type],
              extendedProps: { type: item.type },
            };
          });
        return [...holidayEntries(dayMarks, locale, strings), ...shown];
      } catch {
        setFailed(true);
        return [];
      }
    },
    [typeKey, community, locale],
  );

  const onDatesSet = (info: DatesSetInfo) => {
    const view = viewKey(info.view.type);
    if (view) setShownView(view);
    const current = queryRef.current;
    // Week view keeps the week's Monday (a month would reopen on the 1st); month and list views the month.
    const place =
      view === 'week' ? { date: shanghaiDay(info.view.currentStart), month: undefined } : { date: undefined, month: shanghaiMonth(info.view.currentStart) };
    if (current.month !== place.month || current.date !== place.date || current.view !== view) update({ ...current, ...place, view });
  };

  const toggleType = (type: EventType) => {
    const next = query.types.includes(type) ? query.types.filter((t) => t !== type) : [...query.types, type];
    update({ ...query, types: types.map((t) => t.id).filter((id) => next.includes(id)) });
  };

  const dayMarkOf = (date: Date): DayMark | undefined => marks[shanghaiDay(date)];
  const dayCellContent = (arg: { date: Date; dayNumberText: string }): ReactNode => {
    const mark = dayMarkOf(arg.date);
    if (!mark) return arg.dayNumberText;
    // English: "☾8/21" (lunar month/day), short enough for a phone's month cell; the label says what it is.
    const note = locale === 'en' ? (mark.termEn ?? `☾${mark.lunarEn}`) : (mark.term ?? mark.lunar);
    const badge = mark.off ? strings.holidayOff : mark.work ? strings.holidayWork : undefined;
    return (
      <span className="day-cell-head">
        {badge && <span className={`day-badge ${mark.off ? 'day-off' : 'day-work'}`}>{badge}</span>}
        <span className="day-number">{arg.dayNumberText}</span>
        <span
          className={`day-note${mark.term ? ' day-term' : ''}`}
          title={mark.term ? undefined : `${strings.lunar} ${locale === 'en' ? mark.lunarEn : mark.lunar}`}
        >
          {note}
        </span>
      </span>
    );
  };

  return (
    <div className="event-calendar">
      <fieldset className="calendar-filters">
        <legend>{strings.filters}</legend>
        <div role="group" aria-label={strings.type} className="type-filters">
          {types.map((type) => (
            <label key={type.id} className={`type-filter type-${type.id}`}>
              <span className="type-swatch" style={{ background: TYPE_COLOURS[type.id] }} aria-hidden="true" />
              <input type="checkbox" name="type" value={type.id} checked={query.types.includes(type.id)} onChange={() => toggleType(type.id)} />
              {type.label}
            </label>
          ))}
        </div>
        <label className="community-filter">
          {strings.community}
          <select name="community" value={community ?? ''} onChange={(e) => update({ ...query, community: e.target.value || undefined })}>
            <option value="">{strings.allCommunities}</option>
            {communities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {!knownCommunity && (
        <p className="note warn calendar-unknown-community" role="alert">
          {strings.unknownCommunity.replace('{id}', query.community ?? '')}
        </p>
      )}
      {query.types.length === 0 && (
        <p className="note warn calendar-no-types" role="status">
          {strings.noTypes}
        </p>
      )}
      {failed && (
        <p className="note warn" role="alert">
          {strings.loadError}
        </p>
      )}
      <FullCalendar
        plugins={[classicTheme, dayGridPlugin, timeGridPlugin, listPlugin]}
        {...(locale === 'en' ? { todayHint: 'Today' } : { locale: zhCnLocale })}
        timeZone="Asia/Shanghai"
        firstDay={1}
        initialView={initialView}
        {...(initialDate(initial) ? { initialDate: initialDate(initial)! } : {})}
        headerToolbar={{ start: 'prev,next today', center: 'title', end: `dayGridMonth,${weekView},listMonth` }}
        buttons={{ listWeek: { text: strings.week } }}
        prevText={step.prev}
        nextText={step.next}
        prevHint={step.prev}
        nextHint={step.next}
        views={{ dayGridMonth: { dayCellTopContent: dayCellContent } }}
        dayCellClass={(arg: { date: Date }) => {
          const mark = dayMarkOf(arg.date);
          return mark?.off ? 'is-holiday' : mark?.work ? 'is-workday' : undefined;
        }}
        height="auto"
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        events={events}
        datesSet={onDatesSet}
      />
    </div>
  );
}
