/**
 * The exact form in which the CMS writes an entry, using Decap's own front-matter formatter
 * (loaded through Vite because its ES build uses extension-less imports). Sample content is kept
 * in this form, so that saving an entry in the CMS changes only what the editor changed.
 */
import { runnerImport } from 'vite';
import { buildCmsConfig } from './config-builder.ts';
import type { Formatter } from './list-facts.ts';

let formatter: Promise<Formatter> | undefined;

/** Decap's YAML front-matter format, as the CMS reads and writes entries. */
export async function decapFormatter(): Promise<Formatter> {
  const { module } = await runnerImport<{ frontmatterYAML: () => Formatter }>('decap-cms-core/dist/esm/formats/frontmatter.js', {
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: ['decap-cms-core'] },
  });
  return module.frontmatterYAML();
}

/** Top-level field order of each collection, as the CMS sorts keys when it saves. */
export function fieldOrder(collection: string): string[] {
  const config = buildCmsConfig().collections.find((c) => c.name === collection);
  if (!config) throw new Error(`no CMS collection “${collection}”`);
  return config.fields.map((field) => field.name);
}

/** The file as the CMS would save it unchanged. */
export async function cmsCanonical(source: string, collection: string): Promise<string> {
  formatter ??= decapFormatter();
  const format = await formatter;
  return format.toFile(format.fromFile(source), fieldOrder(collection));
}
