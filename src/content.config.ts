import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { idFromEntryPath } from './lib/slugs.ts';
import { COLLECTION_NAMES, REGISTRY, type CollectionName } from './registry.ts';
import { restoreImpossibleDates } from './lib/written-dates.ts';

/**
 * Every collection is a folder of Markdown files under the top-level content/ folder.
 *
 * The glob loader parses front matter itself (js-yaml), which silently rolls an unquoted
 * impossible date such as `published: 2026-13-40` over into a real one. Its `parseData` call
 * is the one place that knows both the parsed data and the file, so it is wrapped: the file's
 * front matter is read again as written and every rolled-over Date is put back as its text,
 * which the schema then refuses by name (src/lib/written-dates.ts explains why the Date alone
 * cannot tell).
 */
function folder(name: string): Loader {
  const loader = glob({
    pattern: '**/*.md',
    base: `./content/${name}`,
    generateId: ({ entry }) => idFromEntryPath(entry, name),
  });
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const contents = props.filePath ? await readFile(props.filePath, 'utf8').catch(() => undefined) : undefined;
          return context.parseData(contents === undefined ? props : { ...props, data: restoreImpossibleDates(props.data, contents) });
        },
      }),
  };
}

/** One collection per registry entry (src/registry.ts), each the folder of its name under content/. */
export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: folder(name), schema: REGISTRY[name].schema })]),
) as {
  [K in CollectionName]: { loader: Loader; schema: (typeof REGISTRY)[K]['schema'] };
};
