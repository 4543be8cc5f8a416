/**
 * The search page's script: reads the query from the URL (?q=…&type=…&community=…&sort=date),
 * asks Pagefind (loaded from /pagefind/, the index for the page's language) and lists the
 * results with their kind, date and community. The form itself works without this script.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}
interface Strings {
  /** "{count} results"; `resultsOne` for a count the language calls singular */
  results: string;
  resultsOne: string;
  /** shown when a Traditional query was searched in Simplified: "已按简体搜索:{query}" */
  simplified: string;
  /** heading over the closest titles when nothing is found */
  didYouMean: string;
  noResults: string;
  tryCalendar: string;
  tryNotices: string;
  tryFewer: string;
  more: string;
  searching: string;
  unavailable: string;
  enterQuery: string;
  calendarHref: string;
  noticesHref: string;
  /** type key → the label pages are filtered by */
  types: Record<string, string>;
  /** community id → its name in this language */
  communities: Record<string, string>;
}

import { T2S_TABLE_PATH, hasHan, t2sLookup, toSimplified, type T2sTable } from '../lib/simplified.ts';
import { pinyinQuery, suggestionQueries } from '../lib/search-suggest.ts';

const PAGE_SIZE = 10;

/** The query in Simplified characters; the table is fetched only for a query with Chinese in it. */
async function simplifiedQuery(query: string): Promise<string> {
  if (!hasHan(query)) return query;
  try {
    const response = await fetch(T2S_TABLE_PATH);
    if (!response.ok) return query;
    return toSimplified(query, t2sLookup((await response.json()) as T2sTable));
  } catch {
    return query; // offline or no table: search as typed
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function run(root: HTMLElement) {
  const strings = JSON.parse(root.dataset['strings']!) as Strings;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const params = new URLSearchParams(window.location.search);
  const typed = (params.get('q') ?? '').trim();
  for (const name of ['q', 'type', 'community', 'sort']) {
    const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    if (field && params.get(name)) field.value = params.get(name)!;
  }
  if (!typed) {
    status.textContent = strings.enterQuery;
    return;
  }
  status.textContent = strings.searching;
  const simplified = await simplifiedQuery(typed);
  // On the Chinese site a spaced pinyin query is searched as the index holds it: joined.
  const query = document.documentElement.lang === 'en' ? simplified : pinyinQuery(simplified);
  const converted = root.querySelector<HTMLElement>('[data-search-converted]')!;
  converted.hidden = simplified === typed;
  converted.textContent = simplified === typed ? '' : strings.simplified.replace('{query}', simplified);
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${window.location.origin}/pagefind/pagefind.js`)) as Pagefind;
  } catch {
    // No index: `astro dev`, or a build made without `npm run build`.
    status.textContent = strings.unavailable;
    return;
  }
  await pagefind.options({ excerptLength: 40 });
  const filters: Record<string, string> = {};
  const type = params.get('type');
  if (type && strings.types[type]) filters['type'] = strings.types[type];
  const community = params.get('community');
  if (community && strings.communities[community]) filters['community'] = strings.communities[community];
  const search = await pagefind.search(query, { filters, ...(params.get('sort') === 'date' ? { sort: { date: 'desc' } } : {}) });

  if (!search.results.length) {
    const suggestions = await closestTitles(pagefind, query, filters);
    status.replaceChildren(
      element('p', {}, [strings.noResults.replace('{query}', typed)]),
      ...(suggestions.length
        ? [
            element('p', {}, [strings.didYouMean]),
            element(
              'ul',
              { className: 'search-suggestions' },
              suggestions.map(({ url, title }) => element('li', {}, [element('a', { href: url }, [title])])),
            ),
          ]
        : []),
      element('p', {}, [strings.tryFewer]),
      element('ul', {}, [
        element('li', {}, [element('a', { href: strings.calendarHref }, [strings.tryCalendar])]),
        element('li', {}, [element('a', { href: strings.noticesHref }, [strings.tryNotices])]),
      ]),
    );
    return;
  }
  let shown = 0;
  const showMore = async () => {
    const page = await Promise.all(search.results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    shown += page.length;
    for (const data of page) {
      const meta = [data.meta['type'], data.meta['date'], data.meta['community']].filter(Boolean).join(' · ');
      const excerpt = element('p');
      excerpt.innerHTML = data.excerpt; // Pagefind's excerpt of our own page, with <mark> around the matches
      list.append(
        element('li', {}, [
          element('p', { className: 'meta' }, [meta]),
          element('h2', { className: 'h3' }, [element('a', { href: data.url }, [data.meta['title'] ?? data.url])]),
          excerpt,
        ]),
      );
    }
    more.hidden = shown >= search.results.length;
  };
  more.textContent = strings.more;
  more.addEventListener('click', () => void showMore());
  await showMore();
  // Announced once the first results are on the page.
  const count = search.results.length;
  const plural = new Intl.PluralRules(document.documentElement.lang).select(count);
  status.textContent = (plural === 'one' ? strings.resultsOne : strings.results).replace('{count}', String(count));
}

/**
 * When nothing is found: the pages that most of the query's parts find (its characters and
 * pairs of characters, or the shorter beginnings of a Latin word), at most three.
 */
async function closestTitles(pagefind: Pagefind, query: string, filters: Record<string, string>): Promise<{ url: string; title: string }[]> {
  const hits = new Map<string, { count: number; result: PagefindResult }>();
  for (const part of suggestionQueries(query)) {
    const found = await pagefind.search(part, { filters });
    for (const result of found.results.slice(0, 5)) {
      hits.set(result.id, { count: (hits.get(result.id)?.count ?? 0) + 1, result });
    }
  }
  const best = [...hits.values()].sort((a, b) => b.count - a.count).slice(0, 3);
  return Promise.all(
    best.map(async ({ result }) => {
      const data = await result.data();
      return { url: data.url, title: data.meta['title'] ?? data.url };
    }),
  );
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void run(root);

export {};
