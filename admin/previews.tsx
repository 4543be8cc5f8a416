/**
 * CMS previews: what residents will see, drawn with the site's own stylesheet, UI strings and
 * date formatting (the same modules the pages use), so an editor checks the real thing.
 */
import { memo, type ReactNode } from 'react';
import { t, type UiKey } from '../src/i18n/index.ts';
import { zhCN } from '../src/i18n/zh-CN.ts';
import { formatDateTime, formatLocalDate, formatTime, parseShanghaiDateTime, shanghaiDay } from '../src/lib/dates.ts';
import { entryUrl } from '../src/lib/permanent-urls.ts';
import { hoursByDay } from '../src/lib/hours.ts';
import { linkLabel } from '../src/lib/links.ts';
import type { Weekday } from '../src/lib/recurrence.ts';
import { useNames } from './names.ts';
import { useSettledEntry } from './settled-entry.ts';
import type { Sport, SportRules, Tiebreaker } from '../src/lib/sports/rules.ts';
import type { Game } from '../src/lib/sports/standings.ts';
import { leagueView, type League, type LeagueTable } from '../src/lib/sports/league.ts';
import { resultText, rulesLines, tableModel } from '../src/lib/sports/display.ts';
import { rankingOrder } from '../src/lib/sports/notes.ts';
import { PRESET_IDS, type PresetId } from '../src/lib/sports/tiebreak.ts';
import { LEAGUE_FORMATS, SPORTS } from '../src/schemas/leagues.ts';

/** The part of Decap's preview props these templates use. */
export interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown; toJS?: () => unknown };
  widgetFor: (name: string) => ReactNode;
}

const field = (props: Pick<PreviewProps, 'entry'>, ...path: string[]) => {
  const value = props.entry.getIn(['data', ...path]) as { toJS?: () => unknown } | unknown;
  return value && typeof value === 'object' && 'toJS' in value && typeof value.toJS === 'function' ? value.toJS() : value;
};
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const list = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** Shows a CMS date-time the way the site does, or what is wrong with it (formatted again only when it changes: a league lists hundreds). */
const When = memo(function When({ value }: { value: unknown }) {
  const text = str(value);
  if (!text) return null;
  const date = parseShanghaiDateTime(text);
  return date ? <time dateTime={date.toISOString()}>{formatDateTime(date, 'zh-CN')}</time> : <span className="badge urgent">无效时间:{text}</span>;
});

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
  const nameOf = useNames('communities', 'venues');
  const status = str(field(props, 'status')) || 'active';
  const communities = list<string>(field(props, 'communities')).map((id) => nameOf('communities', id));
  const event = field(props, 'event') as { start?: string; end?: string; venue?: string } | undefined;
  // The notice page writes the end in full, even on the same day.
  const end = event?.end ? parseShanghaiDateTime(event.end) : undefined;
  return (
    <main className="wrap">
      <article>
        <h1>{str(field(props, 'title'))}</h1>
        {status !== 'active' && (
          <p className="note warn">
            <span className={`badge ${status}`}>{label('noticeStatus', status)}</span>
          </p>
        )}
        <dl className="facts">
          <dt>{t('zh-CN', 'notices.published')}</dt>
          <dd>
            <When value={field(props, 'published')} />
          </dd>
          <dt>{t('zh-CN', 'notices.category')}</dt>
          <dd>{label('category', field(props, 'category'))}</dd>
          <dt>{t('zh-CN', 'notices.appliesTo')}</dt>
          <dd>{communities.length ? communities.join(separator()) : t('zh-CN', 'notices.districtWide')}</dd>
          {field(props, 'urgent') === true && str(field(props, 'expires')) && (
            <>
              <dt>{t('zh-CN', 'notices.expires')}</dt>
              <dd>
                <span className="badge urgent">{t('zh-CN', 'notices.urgent')}</span> <When value={field(props, 'expires')} />
              </dd>
            </>
          )}
          {event?.start && (
            <>
              <dt>{t('zh-CN', 'notices.event')}</dt>
              <dd>
                <When value={event.start} />
                {end && <>–{formatDateTime(end, 'zh-CN')}</>}
                {event.venue && <>,{nameOf('venues', event.venue)}</>}
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
  const nameOf = useNames('venues');
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
        {status !== 'scheduled' && (
          <p className="note warn">
            <span className={`badge ${status}`}>{label('performanceStatus', status)}</span> {str(field(props, 'statusNote'))}
          </p>
        )}
        <dl className="facts">
          <dt>{t('zh-CN', 'performances.time')}</dt>
          <dd>
            <When value={field(props, 'start')} />
            {end && <>–{end}</>}
          </dd>
          <dt>{t('zh-CN', 'performances.venue')}</dt>
          <dd>{nameOf('venues', str(field(props, 'venue')))}</dd>
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
            <ol>
              {programme.map((item, i) => (
                <li key={i}>
                  {item.title}
                  {item.kind && <span className="meta">({item.kind})</span>}
                  {item.performers && <span className="meta"> — {item.performers}</span>}
                </li>
              ))}
            </ol>
          </>
        )}
        <div className="prose">{props.widgetFor('body')}</div>
      </article>
    </main>
  );
}

interface CmsGame {
  home?: number;
  away?: number;
}
interface CmsFixture {
  round?: string;
  stage?: string;
  time?: string;
  home?: string;
  away?: string;
  result?: {
    home?: number;
    away?: number;
    sets?: CmsGame[];
    rubbers?: { homePlayers?: string; awayPlayers?: string; games?: CmsGame[] }[];
    walkover?: 'home' | 'away' | 'both';
    forfeit?: 'home' | 'away';
    extraTime?: boolean;
    penalties?: CmsGame;
  };
}

const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const games = (list: CmsGame[] | undefined): Game[] =>
  (list ?? []).filter((g) => num(g.home) !== undefined && num(g.away) !== undefined).map((g) => ({ home: g.home!, away: g.away! }));

/** The editor's form as the League the site computes from (src/lib/sports/league.ts): unfinished rows are left out. */
export function leagueFromForm(props: Pick<PreviewProps, 'entry'>): League | undefined {
  const sport = str(field(props, 'sport'));
  if (!(SPORTS as readonly string[]).includes(sport)) return undefined;
  const format = str(field(props, 'format'));
  const teams = list<{ id?: string; name?: string; group?: string }>(field(props, 'teams'))
    .filter((team) => team.id)
    .map((team) => ({ id: team.id!, name: team.name || team.id!, group: team.group || undefined }));
  const fixtures = list<CmsFixture>(field(props, 'fixtures'))
    .filter((f) => f.home && f.away)
    .map((f) => {
      const r = f.result;
      const scored = r && ((num(r.home) !== undefined && num(r.away) !== undefined) || r.walkover || r.forfeit);
      const penalties =
        r?.penalties && num(r.penalties.home) !== undefined && num(r.penalties.away) !== undefined
          ? { home: r.penalties.home!, away: r.penalties.away! }
          : undefined;
      return {
        round: f.round ?? '',
        stage: f.stage === 'knockout' ? ('knockout' as const) : ('group' as const),
        time: parseShanghaiDateTime(f.time ?? '') ?? new Date(0),
        home: f.home!,
        away: f.away!,
        result: scored
          ? {
              home: num(r.home) ?? 0,
              away: num(r.away) ?? 0,
              sets: games(r.sets),
              rubbers: (r.rubbers ?? []).map((rubber) => ({ homePlayers: rubber.homePlayers, awayPlayers: rubber.awayPlayers, games: games(rubber.games) })),
              walkover: r.walkover || undefined,
              forfeit: r.forfeit || undefined,
              extraTime: r.extraTime,
              penalties,
            }
          : undefined,
      };
    });
  const scoring = field(props, 'scoring') as League['scoring'] | undefined;
  return {
    sport: sport as Sport,
    format: (LEAGUE_FORMATS as readonly string[]).includes(format) ? (format as League['format']) : 'round-robin',
    scoring: scoring ?? undefined,
    tiebreakers: list<Tiebreaker>(field(props, 'tiebreakers')),
    tiebreakPreset: (PRESET_IDS as readonly string[]).includes(str(field(props, 'tiebreakPreset')))
      ? (str(field(props, 'tiebreakPreset')) as PresetId)
      : undefined,
    bestOf: num(field(props, 'bestOf')),
    rubbers: num(field(props, 'rubbers')),
    teams,
    fixtures,
    adjustments: list<{ team?: string; points?: number; reason?: string }>(field(props, 'adjustments'))
      .filter((a) => a.team && num(a.points) !== undefined)
      .map((a) => ({ team: a.team!, points: a.points!, reason: a.reason ?? '' })),
    lots: list<string>(field(props, 'lots')),
    fairPlay: list<{ team?: string; yellow?: number; secondYellow?: number; red?: number; yellowRed?: number }>(field(props, 'fairPlay'))
      .filter((cards) => cards.team)
      .map((cards) => ({
        team: cards.team!,
        yellow: num(cards.yellow) ?? 0,
        secondYellow: num(cards.secondYellow) ?? 0,
        red: num(cards.red) ?? 0,
        yellowRed: num(cards.yellowRed) ?? 0,
      })),
  };
}

/** A league table as the site draws it (StandingsTable.astro): the same cells, notes and mini-tables. */
function PreviewTable({ table, rules, caption, adjustments }: { table: LeagueTable; rules: SportRules; caption: string; adjustments: League['adjustments'] }) {
  const model = tableModel(table, rules, 'zh-CN', adjustments);
  return (
    <>
      <div className="table-scroll">
        <table className="standings">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {model.columns.map((column, i) => (
                <th scope="col" key={i}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.team}>
                <td>{row.rank}</td>
                <th scope="row">
                  {row.name}
                  {row.marked && <sup>*</sup>}
                </th>
                {row.cells.slice(0, -1).map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
                <td>
                  <strong>{row.cells.at(-1)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(model.notes.length > 0 || model.adjustments.length > 0 || model.walkovers.length > 0 || model.forfeits.length > 0) && (
        <ul className="table-notes">
          {model.notes.map((note, i) => (
            <li key={`n${i}`}>* {note}</li>
          ))}
          {model.adjustments.map((note, i) => (
            <li key={`a${i}`}>{note}</li>
          ))}
          {model.walkovers.map((note, i) => (
            <li key={`w${i}`}>{note}</li>
          ))}
          {model.forfeits.map((note, i) => (
            <li key={`f${i}`}>{note}</li>
          ))}
        </ul>
      )}
      {model.minis.map((mini, m) => (
        <div className="table-scroll" key={m}>
          <table className="standings mini-table">
            <caption>{mini.caption}</caption>
            <thead>
              <tr>
                {mini.columns.map((column, i) => (
                  <th scope="col" key={i}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mini.rows.map((row) => (
                <tr key={row.team}>
                  <th scope="row">{row.name}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

/** What the league preview draws from the entry as typed, not from the settled one (admin/settled-entry.ts). */
const LEAGUE_HEADER = ['title', 'season', 'body'];

export function LeaguePreview(props: PreviewProps) {
  const entry = useSettledEntry(props.entry, LEAGUE_HEADER);
  return (
    <main className="wrap">
      <h1>{str(field(props, 'title'))}</h1>
      <p className="meta">
        {label('sport', field(props, 'sport'))} · {str(field(props, 'season'))} · {label('leagueFormat', field(props, 'format'))}
      </p>
      <LeagueSections entry={entry} />
      <div className="prose">{props.widgetFor('body')}</div>
    </main>
  );
}

/** The tables, bracket, fixtures and rules: redrawn only when the entry's other fields (not LEAGUE_HEADER) change. */
const LeagueSections = memo(function LeagueSections(props: Pick<PreviewProps, 'entry'>) {
  const league = leagueFromForm(props);
  const teams = list<{ id?: string; name?: string; group?: string }>(field(props, 'teams'));
  const name = (id: string | undefined) => teams.find((team) => team.id === id)?.name || id || '';
  // The same functions as the site page (leagueView, tableModel, resultText, rulesLines), so the editor sees what residents will.
  const view = league ? leagueView(league, new Date()) : undefined;
  // Fixtures by round, in the order written (one pass: a league may have hundreds of rounds).
  const rounds = new Map<string, League['fixtures'][number][]>();
  for (const f of league?.fixtures ?? []) {
    const round = rounds.get(f.round);
    if (round) round.push(f);
    else rounds.set(f.round, [f]);
  }
  // The times as written in the form (one lookup, not the whole list converted again per fixture: a league may have hundreds).
  const timeKey = (f: Pick<CmsFixture, 'round' | 'home' | 'away'>) => `${f.round}\u0000${f.home}\u0000${f.away}`;
  const times = new Map<string, string | undefined>();
  for (const f of list<CmsFixture>(field(props, 'fixtures'))) if (!times.has(timeKey(f))) times.set(timeKey(f), f.time);
  return (
    <>
      {view && view.tables.length > 0 && (
        <section>
          <h2>{t('zh-CN', 'sports.standings')}</h2>
          {view.tables.map((table) => (
            <PreviewTable
              key={table.group ?? ''}
              table={table}
              rules={view.rules}
              adjustments={league!.adjustments}
              caption={table.group ? t('zh-CN', 'sports.groupName', { group: table.group }) : t('zh-CN', 'sports.standings')}
            />
          ))}
        </section>
      )}
      {view && view.bracket.length > 0 && (
        <section>
          <h2>{t('zh-CN', 'sports.bracket')}</h2>
          <ol className="bracket">
            {view.bracket.map((round) => (
              <li className="bracket-round" key={round.name}>
                <h3>{round.name}</h3>
                <ul>
                  {round.matches.map((match, i) => {
                    const r = match.fixture ? resultText(match.fixture, 'zh-CN', name) : undefined;
                    return (
                      <li className="bracket-match" key={i}>
                        {match.away ? (
                          <span>
                            {name(match.home)}
                            {r?.score ? ` ${match.fixture!.result!.home}` : ''} – {r?.score ? `${match.fixture!.result!.away} ` : ''}
                            {name(match.away)}
                          </span>
                        ) : (
                          <span>
                            {name(match.home)} ({t('zh-CN', 'sports.bye')})
                          </span>
                        )}
                        {r?.badges.map((badge) => (
                          <span className="badge" key={badge}>
                            {badge}
                          </span>
                        ))}
                        {match.winner && match.away && <span className="meta"> · {t('zh-CN', 'sports.winnerIs', { team: name(match.winner) })}</span>}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
      <h2>{t('zh-CN', 'sports.fixtures')}</h2>
      {[...rounds].map(([round, fixtures]) => (
        <section key={round}>
          <h3>{round}</h3>
          <ul className="item-list">
            {fixtures.map((fixture, i) => {
              const r = resultText(fixture, 'zh-CN', name, view?.rules);
              return (
                <li key={i}>
                  <p className="meta">
                    <When value={times.get(timeKey({ round, home: fixture.home, away: fixture.away }))} />
                  </p>
                  <p>
                    {name(fixture.home)}{' '}
                    {r.score ? <strong>{r.score}</strong> : !fixture.result ? <span className="meta">{t('zh-CN', 'sports.notPlayed')}</span> : ' – '}{' '}
                    {name(fixture.away)}
                    {r.badges.map((badge) => (
                      <span className="badge" key={badge}>
                        {badge}
                      </span>
                    ))}
                    {r.detail && <span className="meta"> ({r.detail})</span>}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {view && (
        <section>
          <h2>{t('zh-CN', 'sports.rules')}</h2>
          {rulesLines(view.rules, 'zh-CN').map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p>{rankingOrder('zh-CN', view.rules)}</p>
          {view.rules.preset && <p className="meta">{t('zh-CN', 'sports.tiebreakSource', { source: t('zh-CN', `tiebreakSource.${view.rules.preset}`) })}</p>}
        </section>
      )}
    </>
  );
});

interface Lesson {
  title?: string;
  start?: string;
  durationMinutes?: number;
  weekly?: { weekday?: string; time?: string; from?: string; until?: string; except?: string[] };
  venue?: string;
  teacher?: string;
}

/** A date ("2027-01-18") as the site writes it, or the text as typed while it is not one yet. */
const day = (value: unknown) => (/^\d{4}-\d{2}-\d{2}$/.test(str(value)) ? formatLocalDate(str(value), 'zh-CN') : str(value));

/** A course as its page shows it (src/pages/[...lang]/school/courses/[id].astro): facts with names, lessons in the site's words. */
export function CoursePreview(props: PreviewProps) {
  const nameOf = useNames('schools', 'campaigns', 'venues');
  const summary = str(field(props, 'summary'));
  const schools = list<string>(field(props, 'schools')).map((id) => nameOf('schools', id));
  const campaign = str(field(props, 'campaign'));
  const howToJoin = str(field(props, 'howToJoin'));
  // The page puts lessons still to come first; the preview keeps the order of the form.
  const lessons = list<Lesson>(field(props, 'lessons'));
  return (
    <main className="wrap">
      <h1>{str(field(props, 'title'))}</h1>
      {summary && <p className="lead">{summary}</p>}
      <dl className="facts">
        <dt>{t('zh-CN', 'school.audience')}</dt>
        <dd>{label('courseAudience', field(props, 'audience'))}</dd>
        <dt>{t('zh-CN', 'school.schools')}</dt>
        <dd>{schools.join('、')}</dd>
        {campaign && (
          <>
            <dt>{t('zh-CN', 'school.campaign')}</dt>
            <dd>
              <a href={entryUrl('campaigns', campaign)}>{nameOf('campaigns', campaign)}</a>
            </dd>
          </>
        )}
        {howToJoin && (
          <>
            <dt>{t('zh-CN', 'school.howToJoin')}</dt>
            <dd>{howToJoin}</dd>
          </>
        )}
      </dl>
      <h2>{t('zh-CN', 'school.lessons')}</h2>
      <ul className="item-list">
        {lessons.map((lesson, i) => (
          <li key={i}>
            <h3>{lesson.title}</h3>
            <p>
              {lesson.weekly ? (
                t('zh-CN', 'school.weekly', {
                  weekday: label('weekday', lesson.weekly.weekday),
                  time: lesson.weekly.time ?? '',
                  from: day(lesson.weekly.from),
                  until: day(lesson.weekly.until),
                })
              ) : (
                <When value={lesson.start} />
              )}
              {' · '}
              {t('zh-CN', 'school.duration', { minutes: lesson.durationMinutes ?? '' })}
            </p>
            {lesson.weekly?.except && lesson.weekly.except.length > 0 && (
              <p className="meta">{t('zh-CN', 'school.except', { dates: lesson.weekly.except.map(day).join(separator()) })}</p>
            )}
            <p className="meta">
              {t('zh-CN', 'school.venue')}
              {t('zh-CN', 'punct.colon')}
              {nameOf('venues', str(lesson.venue))} · {t('zh-CN', 'school.teacher')}
              {t('zh-CN', 'punct.colon')}
              {lesson.teacher}
            </p>
          </li>
        ))}
      </ul>
      <div className="prose">{props.widgetFor('body')}</div>
    </main>
  );
}

/** An education campaign as its page shows it (src/pages/[...lang]/campaigns/[id]/index.astro). */
export function CampaignPreview(props: PreviewProps) {
  const nameOf = useNames('schools');
  const summary = str(field(props, 'summary'));
  const audience = list<string>(field(props, 'audience')).map((value) => label('campaignAudience', value));
  const schools = list<string>(field(props, 'schools')).map((id) => nameOf('schools', id));
  return (
    <main className="wrap">
      <h1>{str(field(props, 'title'))}</h1>
      {summary && <p className="lead">{summary}</p>}
      <dl className="facts">
        <dt>{t('zh-CN', 'campaigns.dates')}</dt>
        <dd>
          {day(field(props, 'start'))} – {day(field(props, 'end'))}
        </dd>
        <dt>{t('zh-CN', 'campaigns.audience')}</dt>
        <dd>{audience.join(separator())}</dd>
        {schools.length > 0 && (
          <>
            <dt>{t('zh-CN', 'campaigns.schools')}</dt>
            <dd>{schools.join('、')}</dd>
          </>
        )}
        <dt>{t('zh-CN', 'campaigns.howToJoin')}</dt>
        <dd>{str(field(props, 'howToJoin'))}</dd>
      </dl>
      <div className="prose">{props.widgetFor('body')}</div>
    </main>
  );
}

/** A web address as the site labels it (its host), or the text as typed while it is not one. */
function safeLinkLabel(url: string): string {
  try {
    return linkLabel(url);
  } catch {
    return url;
  }
}

/** A library or reading room as its card on the library page shows it (src/pages/[...lang]/library/index.astro). */
export function LibraryPreview(props: PreviewProps) {
  const nameOf = useNames('communities');
  const summary = str(field(props, 'summary'));
  const community = str(field(props, 'community'));
  const address = str(field(props, 'address'));
  const phone = str(field(props, 'phone'));
  const url = str(field(props, 'url'));
  const hours = list<{ days?: Weekday[]; opens?: string; closes?: string }>(field(props, 'hours')).map((h) => ({
    days: h.days ?? [],
    opens: h.opens ?? '',
    closes: h.closes ?? '',
  }));
  return (
    <main className="wrap">
      <p className="meta">{label('libraryKind', field(props, 'kind'))}</p>
      <article className="card">
        <h3>{str(field(props, 'name'))}</h3>
        {summary && <p>{summary}</p>}
        <dl className="facts">
          {community && (
            <>
              <dt>{t('zh-CN', 'library.byCommunity')}</dt>
              <dd>
                <a href={entryUrl('communities', community)}>{nameOf('communities', community)}</a>
              </dd>
            </>
          )}
          {address && (
            <>
              <dt>{t('zh-CN', 'venues.address')}</dt>
              <dd>{address}</dd>
            </>
          )}
          {phone && (
            <>
              <dt>{t('zh-CN', 'library.phone')}</dt>
              <dd>{phone}</dd>
            </>
          )}
          {url && (
            <>
              <dt>{t('zh-CN', 'library.website')}</dt>
              <dd>
                {url.startsWith('/') ? (
                  <a href={url}>{safeLinkLabel(url)}</a>
                ) : (
                  <>
                    <a href={url} rel="noopener external">
                      {safeLinkLabel(url)}
                    </a>{' '}
                    <span className="meta">{t('zh-CN', 'common.externalLink')}</span>
                  </>
                )}
              </dd>
            </>
          )}
        </dl>
        {hours.length > 0 && (
          <table className="hours">
            <caption>{t('zh-CN', 'library.hours')}</caption>
            <tbody>
              {hoursByDay(hours).map(({ day: weekday, times }) => (
                <tr key={weekday} data-day={weekday}>
                  <th scope="row">{label('weekday', weekday)}</th>
                  <td>{times.length ? times.join(separator()) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
      <div className="prose">{props.widgetFor('body')}</div>
    </main>
  );
}

/** A venue as its page shows it (src/pages/[...lang]/venues/[id].astro): facts with the community's name. */
export function VenuePreview(props: PreviewProps) {
  const nameOf = useNames('communities');
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
        <dd>{nameOf('communities', str(field(props, 'community')))}</dd>
        <dt>{t('zh-CN', 'venues.address')}</dt>
        <dd>{str(field(props, 'address'))}</dd>
        {opens && closes && (
          <>
            <dt>{t('zh-CN', 'venues.hours')}</dt>
            <dd>
              {opens}–{closes}
            </dd>
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
        <dd>
          <a href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>{phone}</a>
        </dd>
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
                {point.phone && (
                  <>
                    {' '}
                    · <a href={`tel:${point.phone.replace(/[^0-9+]/g, '')}`}>{point.phone}</a>
                  </>
                )}
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
  const nameOf = useNames('communities');
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
        <dd>{nameOf('communities', str(field(props, 'community')))}</dd>
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
