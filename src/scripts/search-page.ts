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
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}
interface Strings {
  results: string;
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

const PAGE_SIZE = 10;

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
  const query = (params.get('q') ?? '').trim();
  for (const name of ['q', 'type', 'community', 'sort']) {
    const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    if (field && params.get(name)) field.value = params.get(name)!;
  }
  if (!query) {
    status.textContent = strings.enterQuery;
    return;
  }
  status.textContent = strings.searching;
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
    status.replaceChildren(
      element('p', {}, [strings.noResults.replace('{query}', query)]),
      element('p', {}, [strings.tryFewer]),
      element('ul', {}, [element('li', {}, [element('a', { href: strings.calendarHref }, [strings.tryCalendar])]), element('li', {}, [element('a', { href: strings.noticesHref }, [strings.tryNotices])])]),
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
      list.append(element('li', {}, [element('p', { className: 'meta' }, [meta]), element('h2', { className: 'h3' }, [element('a', { href: data.url }, [data.meta['title'] ?? data.url])]), excerpt]));
    }
    more.hidden = shown >= search.results.length;
  };
  more.textContent = strings.more;
  more.addEventListener('click', () => void showMore());
  await showMore();
  // Announced once the first results are on the page.
  status.textContent = strings.results.replace('{count}', String(search.results.length));
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void run(root);

export {};
