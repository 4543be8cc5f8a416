/**
 * Where a site build's time goes, read from what `npm run build` prints: its own phase lines
 * (`[build] content check: …`, `[build] astro build: …`, `[search] indexed … in …`, `[build] replacing dist/ …`), Astro's step
 * timings ("✓ Completed in …", "[vite] ✓ built in …") and each page's own time (`(+12ms)`).
 * Pages render four at a time, so the time of a group of routes is its share of the summed page
 * times applied to the step's wall time.
 */
export interface BuildSplit {
  /** consecutive phases: they add up to the wall time */
  phases: [string, number][];
  /** the content check, which runs alongside Astro's start (scripts/build.ts) */
  check: number | undefined;
  /** route groups (e.g. "calendar/event (.ics)"), seconds of the page-rendering step, largest first */
  routes: [string, number][];
}

/** "1m 4s", "32.46s", "146ms" → seconds. */
export function durationSeconds(text: string): number {
  const minutes = Number(/(\d+)m(?!s)/.exec(text)?.[1] ?? 0);
  const ms = Number(/(\d+)ms/.exec(text)?.[1] ?? 0);
  const seconds = Number(/([\d.]+)s/.exec(text.replace(/\d+ms/, ''))?.[1] ?? 0);
  return minutes * 60 + seconds + ms / 1000;
}

/** Which group a built path belongs to: its section and kind, without ids, dates and hashes. */
export function routeGroup(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const english = parts[0] === 'en';
  if (english) parts.shift();
  if (parts.at(-1) === 'index.html') parts.pop();
  const file = /^(.*)\.(\w+)$/.exec(parts.at(-1) ?? '');
  const ext = file && file[2] !== 'html' ? ` (.${file[2]})` : '';
  const section = parts.length === 1 && file ? file[1]! : (parts[0] ?? 'home');
  // /calendar/all.ics names a feed; /notices/<id>/ and /cards/<hash>.png are one entry each.
  const kind = parts.length > 2 ? parts[1] : parts.length === 2 ? (section === 'calendar' && file ? file[1] : 'entry') : undefined;
  return `${english ? 'en/' : ''}${section}${kind ? `/${kind}` : ''}${ext}`;
}

function step(output: string, heading: string): number | undefined {
  const at = output.indexOf(heading);
  if (at < 0) return undefined;
  const done = /✓ Completed in ([\dms. ]+)\./.exec(output.slice(at));
  return done ? durationSeconds(done[1]!) : undefined;
}

export function buildSplit(output: string, wallSeconds: number): BuildSplit {
  const number = (pattern: RegExp) => {
    const found = pattern.exec(output)?.[1];
    return found === undefined ? undefined : Number(found);
  };
  const check = number(/\[build\] content check: ([\d.]+) s/);
  const astro = number(/\[build\] astro build: ([\d.]+) s/);
  const cms = number(/CMS bundle (?:built in|reused \(its inputs are unchanged\),) ([\d.]+) s/);
  const setup = step(output, 'Collecting build info');
  const vite = [...output.matchAll(/\[vite\] ✓ built in ([\dms. ]+?)\s*$/gm)].reduce((sum, m) => sum + durationSeconds(m[1]!), 0);
  const pages = step(output, 'generating static routes');
  const images = step(output, 'generating optimized images');
  const pagefind = number(/indexed \d+ pages for search in ([\d.]+) s/);
  const phases: [string, number][] = [];
  if (cms !== undefined) phases.push(['CMS bundle (built or reused)', cms]);
  if (setup !== undefined) phases.push(['Astro start-up, content sync, types', setup]);
  phases.push(['Vite bundling (server code, islands)', vite]);
  if (pages !== undefined) phases.push(['rendering pages, feeds, cards', pages]);
  if (images !== undefined) phases.push(['images', images]);
  if (astro !== undefined) {
    const accounted = (cms ?? 0) + (setup ?? 0) + vite + (pages ?? 0) + (images ?? 0);
    phases.push(['rest of astro build (process start, sitemap, _headers, redirects, copying)', Math.max(0, astro - accounted)]);
  }
  if (pagefind !== undefined) phases.push(['Pagefind', pagefind]);
  const swap = number(/\[build\] replacing dist\/ and pruning the card cache: ([\d.]+) s/);
  if (swap !== undefined) phases.push(['replacing dist/, pruning the card cache', swap]);
  const counted = phases.reduce((sum, [, s]) => sum + s, 0);
  phases.push(['rest (Node start-up and exit)', Math.max(0, wallSeconds - counted)]);

  const sums = new Map<string, number>();
  let total = 0;
  for (const m of output.matchAll(/[├└]─ (\/\S+) \(\+(\d+)ms\)/g)) {
    const group = routeGroup(m[1]!);
    const ms = Number(m[2]);
    sums.set(group, (sums.get(group) ?? 0) + ms);
    total += ms;
  }
  const routes = [...sums].map(([group, ms]): [string, number] => [group, total ? (ms / total) * (pages ?? 0) : 0]).sort((a, b) => b[1] - a[1]);
  return { phases, check, routes };
}
