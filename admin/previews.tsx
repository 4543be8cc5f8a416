/**
 * CMS previews: what residents will see, drawn with the site's own stylesheet, UI strings and
 * date formatting (the same modules the pages use), so an editor checks the real thing.
 */
import type { ReactNode } from 'react';
import { t, type UiKey } from '../src/i18n/index.ts';
import { zhCN } from '../src/i18n/zh-CN.ts';
import { formatDateTime, formatTime, parseShanghaiDateTime, shanghaiDay } from '../src/lib/dates.ts';
import { nameOf, useNames } from './names.ts';
import { rulesFor, type Sport, type Tiebreaker } from '../src/lib/sports/rules.ts';
import { standings, type Fixture as LeagueFixture } from '../src/lib/sports/standings.ts';

/** The part of Decap's preview props these templates use. */
export interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown; toJS?: () => unknown };
  widgetFor: (name: string) => ReactNode;
}

const field = (props: PreviewProps, ...path: string[]) => {
  const value = props.entry.getIn(['data', ...path]) as { toJS?: () => unknown } | unknown;
  return value && typeof value === 'object' && 'toJS' in value && typeof value.toJS === 'function' ? value.toJS() : value;
};
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const list = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** Shows a CMS date-time the way the site does, or what is wrong with it. */
function When({ value }: { value: unknown }) {
  const text = str(value);
  if (!text) return null;
  const date = parseShanghaiDateTime(text);
  return date ? <time dateTime={date.toISOString()}>{formatDateTime(date, 'zh-CN')}</time> : <span className="badge urgent">无效时间:{text}</span>;
}

/** The Chinese label of a choice, or the raw value while the editor has not picked one. */
function label(prefix: string, value: unknown) {
  const key = `${prefix}.${str(value)}`;
  return key in zhCN ? t('zh-CN', key as UiKey) : str(value);
}

/** The end of a time span as the site writes it: the time alone on the same day (src/pages/…/performances/[id].astro). */
function endText(start: unknown, end: unknown): string | undefined {
  const from = parseShanghaiDateTime(str(start));
  const to = parseShanghaiDateTime(str(end));
  if (!to) return undefined;
  return from && shanghaiDay(from) === shanghaiDay(to) ? formatTime(to, 'zh-CN') : formatDateTime(to, 'zh-CN');
}

const separator = () => t('zh-CN', 'punct.listSeparator');

/** A notice as its page shows it (src/pages/[...lang]/notices/[id].astro): the same facts, labels and names. */
export function NoticePreview(props: PreviewProps) {
  const names = useNames();
  const status = str(field(props, 'status')) || 'active';
  const communities = list<string>(field(props, 'communities')).map((id) => nameOf(names, 'communities', id));
  const event = field(props, 'event') as { start?: string; end?: string; venue?: string } | undefined;
  // The notice page writes the end in full, even on the same day.
  const end = event?.end ? parseShanghaiDateTime(event.end) : undefined;
  return (
    <main className="wrap">
      <article>
        <h1>{str(field(props, 'title'))}</h1>
        {status !== 'active' && <p className="note warn"><span className={`badge ${status}`}>{label('noticeStatus', status)}</span></p>}
        <dl className="facts">
          <dt>{t('zh-CN', 'notices.published')}</dt>
          <dd><When value={field(props, 'published')} /></dd>
          <dt>{t('zh-CN', 'notices.category')}</dt>
          <dd>{label('category', field(props, 'category'))}</dd>
          <dt>{t('zh-CN', 'notices.appliesTo')}</dt>
          <dd>{communities.length ? communities.join(separator()) : t('zh-CN', 'notices.districtWide')}</dd>
          {field(props, 'urgent') === true && str(field(props, 'expires')) && (
            <>
              <dt>{t('zh-CN', 'notices.expires')}</dt>
              <dd><span className="badge urgent">{t('zh-CN', 'notices.urgent')}</span> <When value={field(props, 'expires')} /></dd>
            </>
          )}
          {event?.start && (
            <>
              <dt>{t('zh-CN', 'notices.event')}</dt>
              <dd>
                <When value={event.start} />
                {end && <>–{formatDateTime(end, 'zh-CN')}</>}
                {event.venue && <>,{nameOf(names, 'venues', event.venue)}</>}
              </dd>
            </>
          )}
        </dl>
        <div className="prose">{props.widgetFor('body')}</div>
      </article>
    </main>
  );
}

/** A performance as its page shows it (src/pages/[...lang]/performances/[id].astro). */
export function PerformancePreview(props: PreviewProps) {
  const names = useNames();
  const status = str(field(props, 'status')) || 'scheduled';
  const programme = list<{ title?: string; kind?: string; performers?: string }>(field(props, 'programme'));
  const series = str(field(props, 'series'));
  const ticketInfo = str(field(props, 'ticketInfo'));
  const end = endText(field(props, 'start'), field(props, 'end'));
  const summary = str(field(props, 'summary'));
  return (
    <main className="wrap">
      <article>
        <h1 className={status === 'cancelled' ? 'cancelled-title' : undefined}>{str(field(props, 'title'))}</h1>
        {status !== 'scheduled' && <p className="note warn"><span className={`badge ${status}`}>{label('performanceStatus', status)}</span> {str(field(props, 'statusNote'))}</p>}
        <dl className="facts">
          <dt>{t('zh-CN', 'performances.time')}</dt>
          <dd><When value={field(props, 'start')} />{end && <>–{end}</>}</dd>
          <dt>{t('zh-CN', 'performances.venue')}</dt>
          <dd>{nameOf(names, 'venues', str(field(props, 'venue')))}</dd>
          {series && (
            <>
              <dt>{t('zh-CN', 'performances.series')}</dt>
              <dd>{label('series', series)}</dd>
            </>
          )}
          <dt>{t('zh-CN', 'performances.admission')}</dt>
          <dd>{label('admission', field(props, 'admission') || 'free')}</dd>
          {ticketInfo && (
            <>
              <dt>{t('zh-CN', 'performances.ticketInfo')}</dt>
              <dd>{ticketInfo}</dd>
            </>
          )}
          <dt>{t('zh-CN', 'performances.troupes')}</dt>
          <dd>{list<string>(field(props, 'troupes')).join('、')}</dd>
        </dl>
        {summary && <p className="lead">{summary}</p>}
        {programme.length > 0 && (
          <>
            <h2>{t('zh-CN', 'performances.programme')}</h2>
            <ol>{programme.map((item, i) => <li key={i}>{item.title}{item.kind && <span className="meta">({item.kind})</span>}{item.performers && <span className="meta"> — {item.performers}</span>}</li>)}</ol>
          </>
        )}
        <div className="prose">{props.widgetFor('body')}</div>
      </article>
    </main>
  );
}

interface Fixture { round?: string; stage?: string; time?: string; home?: string; away?: string; result?: { home?: number; away?: number; sets?: { home?: number; away?: number }[]; walkover?: 'home' | 'away' } }

export function LeaguePreview(props: PreviewProps) {
  const teams = list<{ id?: string; name?: string; group?: string }>(field(props, 'teams'));
  const name = (id: string | undefined) => teams.find((team) => team.id === id)?.name ?? id ?? '';
  const fixtures = list<Fixture>(field(props, 'fixtures'));
  // The same engine as the site, so the editor sees the table residents will see.
  const sport = str(field(props, 'sport')) as Sport;
  const rules = sport ? rulesFor(sport, (field(props, 'scoring') ?? undefined) as never, list<Tiebreaker>(field(props, 'tiebreakers'))) : undefined;
  const played: LeagueFixture[] = fixtures
    .filter((f) => f.home && f.away && f.result && typeof f.result.home === 'number' && typeof f.result.away === 'number')
    .map((f) => ({ round: f.round ?? '', stage: f.stage === 'knockout' ? 'knockout' : 'group', home: f.home!, away: f.away!, result: { home: f.result!.home!, away: f.result!.away!, sets: (f.result!.sets ?? []).map((s) => ({ home: s.home ?? 0, away: s.away ?? 0 })), walkover: f.result!.walkover } }));
  const groups = [...new Set(teams.map((tm) => tm.group ?? ''))].sort();
  const tables = rules
    ? groups.map((group) => {
        const members = teams.filter((tm) => tm.id && (tm.group ?? '') === group).map((tm) => ({ id: tm.id!, name: tm.name ?? tm.id! }));
        const inGroup = played.filter((f) => f.stage === 'group' && members.some((m) => m.id === f.home) && members.some((m) => m.id === f.away));
        return { group, rows: standings({ teams: members, fixtures: inGroup, rules, adjustments: list(field(props, 'adjustments')), lots: list(field(props, 'lots')) }) };
      })
    : [];
  return (
    <main className="wrap">
      <h1>{str(field(props, 'title'))}</h1>
      <p className="meta">{label('sport', field(props, 'sport'))} · {str(field(props, 'season'))} · {label('leagueFormat', field(props, 'format'))}</p>
      {str(field(props, 'format')) !== 'knockout' &&
        tables.map(({ group, rows }) => (
          <table className="standings" key={group}>
            <caption>{group ? `${group} 组积分榜` : '积分榜'}</caption>
            <thead><tr><th>名次</th><th>队伍</th><th>场次</th><th>胜</th><th>负</th><th>积分</th></tr></thead>
            <tbody>{rows.map((row) => <tr key={row.team.id}><td>{row.rank}</td><th scope="row">{row.team.name}</th><td>{row.played}</td><td>{row.won}</td><td>{row.lost}</td><td>{row.points}</td></tr>)}</tbody>
          </table>
        ))}
      <h2>参赛队伍</h2>
      <ul>{teams.map((team, i) => <li key={i}>{team.name}{team.group && <span className="meta">({team.group} 组)</span>}</li>)}</ul>
      <h2>赛程与结果</h2>
      <ul className="item-list">
        {fixtures.map((fixture, i) => (
          <li key={i}>
            <p className="meta">{fixture.round} · <When value={fixture.time} /></p>
            <p>
              {name(fixture.home)} {fixture.result ? <strong>{fixture.result.home} : {fixture.result.away}</strong> : 'vs'} {name(fixture.away)}
              {fixture.result?.sets?.length ? <span className="meta">({fixture.result.sets.map((set) => `${set.home}-${set.away}`).join(',')})</span> : null}
            </p>
          </li>
        ))}
      </ul>
      <div className="prose">{props.widgetFor('body')}</div>
    </main>
  );
}

interface Lesson { title?: string; start?: string; weekly?: { weekday?: string; time?: string; from?: string; until?: string }; venue?: string; teacher?: string }

export function CoursePreview(props: PreviewProps) {
  const lessons = list<Lesson>(field(props, 'lessons'));
  return (
    <main className="wrap">
      <h1>{str(field(props, 'title'))}</h1>
      <p className="meta">{label('courseAudience', field(props, 'audience'))}</p>
      {str(field(props, 'summary')) && <p className="lead">{str(field(props, 'summary'))}</p>}
      <ul className="item-list">
        {lessons.map((lesson, i) => (
          <li key={i}>
            <h3>{lesson.title}</h3>
            <p className="meta">
              {lesson.weekly ? `每${label('weekday', lesson.weekly.weekday)} ${lesson.weekly.time ?? ''}(${lesson.weekly.from ?? ''} 至 ${lesson.weekly.until ?? ''})` : <When value={lesson.start} />}
              {' · '}{lesson.venue} · {lesson.teacher}
            </p>
          </li>
        ))}
      </ul>
      <div className="prose">{props.widgetFor('body')}</div>
    </main>
  );
}

/** A venue as its page shows it (src/pages/[...lang]/venues/[id].astro): facts with the community's name. */
export function VenuePreview(props: PreviewProps) {
  const names = useNames();
  const summary = str(field(props, 'summary'));
  const opens = str(field(props, 'opens'));
  const closes = str(field(props, 'closes'));
  const accessibility = str(field(props, 'accessibility'));
  return (
    <main className="wrap">
      <h1>{str(field(props, 'name'))}</h1>
      {summary && <p className="lead">{summary}</p>}
      <dl className="facts">
        <dt>{t('zh-CN', 'venues.kind')}</dt>
        <dd>{label('venueKind', field(props, 'kind'))}</dd>
        <dt>{t('zh-CN', 'venues.community')}</dt>
        <dd>{nameOf(names, 'communities', str(field(props, 'community')))}</dd>
        <dt>{t('zh-CN', 'venues.address')}</dt>
        <dd>{str(field(props, 'address'))}</dd>
        {opens && closes && (
          <>
            <dt>{t('zh-CN', 'venues.hours')}</dt>
            <dd>{opens}–{closes}</dd>
          </>
        )}
        {accessibility && (
          <>
            <dt>{t('zh-CN', 'venues.accessibility')}</dt>
            <dd>{accessibility}</dd>
          </>
        )}
      </dl>
      <div className="prose">{props.widgetFor('body')}</div>
    </main>
  );
}

/** A community as its page shows it (src/pages/[...lang]/communities/[id].astro): facts and service points. */
export function CommunityPreview(props: PreviewProps) {
  const summary = str(field(props, 'summary'));
  const phone = str(field(props, 'phone'));
  const points = list<{ kind?: string; name?: string; hours?: string; phone?: string }>(field(props, 'servicePoints'));
  return (
    <main className="wrap">
      <h1>{str(field(props, 'name'))}</h1>
      {summary && <p className="lead">{summary}</p>}
      <dl className="facts">
        <dt>{t('zh-CN', 'communities.subdistrict')}</dt>
        <dd>{str(field(props, 'subdistrict'))}</dd>
        <dt>{t('zh-CN', 'communities.address')}</dt>
        <dd>{str(field(props, 'address'))}</dd>
        <dt>{t('zh-CN', 'communities.phone')}</dt>
        <dd><a href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>{phone}</a></dd>
        <dt>{t('zh-CN', 'communities.receptionHours')}</dt>
        <dd>{str(field(props, 'receptionHours'))}</dd>
      </dl>
      {points.length > 0 && (
        <section>
          <h2>{t('zh-CN', 'communities.servicePoints')}</h2>
          <ul className="item-list">
            {points.map((point, i) => (
              <li key={i}>
                <span className="badge">{label('serviceKind', point.kind)}</span> <strong>{point.name}</strong>
                {point.hours && <span className="meta"> · {point.hours}</span>}
                {point.phone && <> · <a href={`tel:${point.phone.replace(/[^0-9+]/g, '')}`}>{point.phone}</a></>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="prose">{props.widgetFor('body')}</div>
    </main>
  );
}

/** A school as its page shows it (src/pages/[...lang]/school/schools/[id].astro). */
export function SchoolPreview(props: PreviewProps) {
  const names = useNames();
  const summary = str(field(props, 'summary'));
  const address = str(field(props, 'address'));
  return (
    <main className="wrap">
      <h1>{str(field(props, 'name'))}</h1>
      {summary && <p className="lead">{summary}</p>}
      <dl className="facts">
        <dt>{t('zh-CN', 'school.kind')}</dt>
        <dd>{label('schoolKind', field(props, 'kind'))}</dd>
        <dt>{t('zh-CN', 'venues.community')}</dt>
        <dd>{nameOf(names, 'communities', str(field(props, 'community')))}</dd>
        {address && (
          <>
            <dt>{t('zh-CN', 'venues.address')}</dt>
            <dd>{address}</dd>
          </>
        )}
      </dl>
    </main>
  );
}
