/**
 * The generated share cards, /cards/<content hash>.png: one per shared entry (in each language
 * that has its own title) and one default card per language (src/lib/share.ts, allCards).
 *
 * Why an endpoint rather than an integration hook writing files after the build: the endpoint
 * reads the same loadSite() as the pages, so the list of cards and the URLs the pages point
 * at come from one function; the dev server serves cards too; and the files are part of
 * Astro's output like every other page, so the link checker, `_headers` and the permanent-URL
 * record see them with no extra step. Its cost — drawing inside Astro's render loop — is
 * paid once per card: src/lib/share-card.ts caches cards by content hash in a folder that
 * survives builds, so a rebuild only reads files, and resvg and sharp work off the main thread.
 */
import type { APIContext } from 'astro';
import { loadSite } from '../../data/site.ts';
import { allCards } from '../../lib/share.ts';
import { cardHash, cardPng, cardStats, type CardSpec } from '../../lib/share-card.ts';

export async function getStaticPaths() {
  const cards = allCards(await loadSite());
  return cards.map((card) => ({ params: { card: cardHash(card) }, props: { card, total: cards.length } }));
}

let done = 0;
let firstStart: number | undefined;

export async function GET({ props }: APIContext) {
  const { card, total } = props as { card: CardSpec; total: number };
  firstStart ??= performance.now();
  const png = await cardPng(card);
  // One line per build, for `npm run bench`: cards drawn, read from the cache, and the time between the first and the last.
  if (++done === total) {
    console.log(
      `[share-cards] ${total} cards: ${cardStats.drawn} drawn, ${cardStats.cached} from cache, ${Math.round(performance.now() - firstStart)} ms (summed per card: ${Math.round(cardStats.ms)} ms)`,
    );
  }
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
