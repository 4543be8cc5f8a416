/**
 * The calendar island: FullCalendar v7 with month, week and list views, in Beijing time, weeks
 * from Monday. Events come from /calendar/events/<month>.json, fetched month by month as the
 * reader navigates; filters and the month shown live in the URL.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
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
import { CALENDAR_VIEWS, monthsBetween, readCalendarQuery, writeCalendarQuery, type CalendarQuery, type CalendarView } from '../lib/calendar-query.ts';
import { EVENT_TYPES, type EventType } from '../lib/event-types.ts';
import { shanghaiMonth } from '../lib/dates.ts';

export interface EventCalendarProps {
  locale: 'zh-CN' | 'en';
  types: { id: EventType; label: string }[];
  communities: { id: string; name: string }[];
  strings: { filters: string; type: string; community: string; allCommunities: string; loadError: string; cancelled: string; postponed: string };
}

/** One colour per kind of event, repeated in the filter legend: the `--type-*` custom properties of global.css. */
const TYPE_COLORS = Object.fromEntries(EVENT_TYPES.map((type) => [type, `var(--type-${type})`])) as Record<EventType, string>;

const monthCache = new Map<string, Promise<CalendarItem[]>>();

function fetchMonth(month: string): Promise<CalendarItem[]> {
  let pending = monthCache.get(month);
  if (!pending) {
    // A month outside the published range has no file: it simply has no events.
    pending = fetch(`/calendar/events/${month}.json`).then((response) => (response.ok ? (response.json() as Promise<CalendarItem[]>) : []));
    monthCache.set(month, pending);
  }
  return pending;
}

const viewName = (view: CalendarView) => CALENDAR_VIEWS[view];
const viewKey = (name: string): CalendarView | undefined => (Object.entries(CALENDAR_VIEWS).find(([, v]) => v === name)?.[0] as CalendarView | undefined);

export default function EventCalendar({ locale, types, communities, strings }: EventCalendarProps) {
  const initial = useMemo(() => readCalendarQuery(window.location.search), []);
  const [query, setQuery] = useState<CalendarQuery>(initial);
  const [failed, setFailed] = useState(false);
  const queryRef = useRef(query);
  queryRef.current = query;

  const narrow = useMemo(() => window.matchMedia('(max-width: 767px)').matches, []);
  const initialView = viewName(initial.view ?? (narrow ? 'list' : 'month'));

  const update = (next: CalendarQuery) => {
    setQuery(next);
    window.history.replaceState(null, '', `${window.location.pathname}${writeCalendarQuery(next)}`);
  };

  const prefix = locale === 'en' ? '/en' : '';
  const events = useCallback(
    async (info: EventSourceFuncInfo): Promise<EventInput[]> => {
      try {
        const months = await Promise.all(monthsBetween(info.start, info.end).map(fetchMonth));
        const seen = new Set<string>();
        return months
          .flat()
          .filter((item) => !seen.has(item.id) && seen.add(item.id))
          .filter((item) => (query.types.length === 0 || query.types.includes(item.type)) && (!query.community || item.communities.includes(query.community)))
          .map((item) => {
            const title = locale === 'en' ? (item.titleEn ?? item.title) : item.title;
            const mark = item.status === 'cancelled' ? strings.cancelled : item.status === 'postponed' ? strings.postponed : '';
            return {
              id: item.id,
              title: mark ? `${mark} ${title}` : title,
              start: item.start,
              ...(item.end ? { end: item.end } : {}),
              url: `${prefix}${item.path}`,
              className: `calendar-event event-${item.type} status-${item.status}`,
              color: TYPE_COLORS[item.type],
              extendedProps: { type: item.type },
            };
          });
      } catch {
        setFailed(true);
        return [];
      }
    },
    [query.types.join(','), query.community, locale],
  );

  const onDatesSet = (info: DatesSetInfo) => {
    const month = shanghaiMonth(info.view.currentStart);
    const view = viewKey(info.view.type);
    const current = queryRef.current;
    if (current.month !== month || current.view !== view) update({ ...current, month, view });
  };

  const toggleType = (type: EventType) => {
    const active = query.types.length ? query.types : types.map((t) => t.id);
    const next = active.includes(type) ? active.filter((t) => t !== type) : [...active, type];
    update({ ...query, types: next.length === types.length ? [] : next });
  };

  return (
    <div className="event-calendar">
      <fieldset className="calendar-filters">
        <legend>{strings.filters}</legend>
        <div role="group" aria-label={strings.type} className="type-filters">
          {types.map((type) => (
            <label key={type.id} className={`type-filter type-${type.id}`}>
              <span className="type-swatch" style={{ background: TYPE_COLORS[type.id] }} aria-hidden="true" />
              <input type="checkbox" name="type" value={type.id} checked={query.types.length === 0 || query.types.includes(type.id)} onChange={() => toggleType(type.id)} />
              {type.label}
            </label>
          ))}
        </div>
        <label className="community-filter">
          {strings.community}
          <select name="community" value={query.community ?? ''} onChange={(e) => update({ ...query, community: e.target.value || undefined })}>
            <option value="">{strings.allCommunities}</option>
            {communities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {failed && <p className="note warn" role="alert">{strings.loadError}</p>}
      <FullCalendar
        plugins={[classicTheme, dayGridPlugin, timeGridPlugin, listPlugin]}
        {...(locale === 'en' ? { todayHint: 'Today' } : { locale: zhCnLocale })}
        timeZone="Asia/Shanghai"
        firstDay={1}
        initialView={initialView}
        {...(initial.month ? { initialDate: `${initial.month}-01` } : {})}
        headerToolbar={{ start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek,listMonth' }}
        height="auto"
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        events={events}
        datesSet={onDatesSet}
      />
    </div>
  );
}
