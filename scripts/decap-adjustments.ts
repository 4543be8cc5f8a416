/**
 * Changes to Decap CMS made while scripts/cms-bundle.ts bundles it, each for start-up time
 * (docs/performance.md, "A league with 500 fixtures"). Each names exactly what it replaces in
 * Decap's published files, and the bundle's build fails if that is no longer there (after an
 * upgrade of Decap), rather than the change quietly stopping.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface Redirect {
  name: string;
  /** the file of Decap's whose import is redirected */
  importer: RegExp;
  /** the import as that file writes it */
  source: string;
  /** what it gets instead (a path in the project, or a module written here) */
  to: string | { code: string };
  /** for a file only some builds bundle (one Git host's backend): required only when it is bundled */
  whenBundled?: boolean;
}

/** Gives `importer`'s import of `source` another module; the build fails if the import is not there. */
function redirect({ name, importer, source, to, whenBundled = false }: Redirect): Plugin {
  const virtual = `\0cms-${name}`;
  let redirected = false;
  let bundled = false;
  return {
    name: `chuanhui-cms-${name}`,
    enforce: 'pre',
    resolveId(id, from) {
      if (id !== source || !from || !importer.test(from.replace(/[?#].*$/, ''))) return undefined;
      redirected = true;
      return typeof to === 'string' ? to : virtual;
    },
    load: (id) => (id === virtual && typeof to !== 'string' ? to.code : undefined),
    transform(_code, id) {
      if (importer.test(id.replace(/[?#].*$/, ''))) bundled = true;
      return undefined;
    },
    buildEnd(error) {
      if (!error && !redirected && (bundled || !whenBundled))
        this.error(`${name}: ${importer} no longer imports ${source}; update scripts/decap-adjustments.ts.`);
    },
  };
}

/** A file in node_modules (Decap's or a package it uses), by its path there, on any system's separators. */
const decapFile = (path: string) =>
  new RegExp(
    `${path
      .split('/')
      .map((part) => part.replace(/[.]/g, '\\.'))
      .join('[\\\\/]')}$`,
  );

interface SourceEdit {
  name: string;
  /** the file of Decap's that is changed */
  file: RegExp;
  /** the exact text replaced, found once in that file */
  find: string;
  replace: string;
}

/** Replaces `find` in `file`; the build fails if the file was bundled without it. */
function sourceEdit({ name, file, find, replace }: SourceEdit): Plugin {
  let applied = false;
  return {
    name: `chuanhui-cms-${name}`,
    enforce: 'pre',
    transform(code, id) {
      if (!file.test(id.replace(/[?#].*$/, ''))) return undefined;
      const at = code.indexOf(find);
      if (at < 0 || code.indexOf(find, at + 1) >= 0)
        this.error(`${id}: the text ${name} replaces is not there exactly once; update scripts/decap-adjustments.ts.`);
      applied = true;
      return { code: code.slice(0, at) + replace + code.slice(at + find.length), map: null };
    },
    buildEnd(error) {
      if (!error && !applied) this.error(`${name}: ${file} was not bundled; update scripts/decap-adjustments.ts.`);
    },
  };
}

/**
 * Decap's editor, opened on one entry (a link to it), first listed the entry's whole collection
 * (`loadEntries`): on a direct link to a league, that request and parsing every league file
 * (0.15–0.25 s with a 500-fixture league) came before the entry's own. The listing was there for
 * the collection's list page, which loads its entries itself unless it finds the collection
 * loaded, and took the one entry loaded by the editor for a loaded collection (a list of one).
 * Now the editor lists nothing, and the list page counts a collection as loaded once a list of it
 * has loaded (Decap's reducers set its `page` for a list, sorted, filtered or grouped, and never
 * for one entry): it lists the collection when it is shown.
 */
const editorWithoutCollectionList = sourceEdit({
  name: 'editor-without-collection-list',
  file: decapFile('decap-cms-core/dist/esm/components/Editor/Editor.js'),
  find: `    if (!collectionEntriesLoaded) {
      loadEntries(collection);
    }`,
  replace: '    // (the list page lists the collection when it is shown: scripts/decap-adjustments.ts)',
});
const listPageListsUnlistedCollection = sourceEdit({
  name: 'list-page-lists-unlisted-collection',
  file: decapFile('decap-cms-core/dist/esm/components/Collection/Entries/EntriesCollection.js'),
  find: `  const entriesLoaded = selectEntriesLoaded(state.entries, collection.get('name'));`,
  replace: `  const entriesLoaded = selectEntriesLoaded(state.entries, collection.get('name')) && state.entries.hasIn(['pages', collection.get('name'), 'page']); // scripts/decap-adjustments.ts`,
});

export function decapAdjustments(root: string): Plugin[] {
  return [
    // Decap's check of the configuration, once per configuration in a browser (0.4 s of every
    // start otherwise): admin/validate-config-once.ts.
    redirect({
      name: 'validate-config-once',
      importer: decapFile('decap-cms-core/dist/esm/actions/config.js'),
      source: '../constants/configSchema',
      to: join(root, 'admin/validate-config-once.ts'),
    }),
    // The body's preview is Decap's Markdown preview (admin/decap.ts), without Decap's Markdown
    // editor, which the body does not use (admin/body-widget.tsx). The preview's converter asks
    // that editor for the Markdown shortcodes of its editor components ("editor components"
    // registered with a Markdown control mounted); with no such control ever mounted here the
    // answer is always none, which this gives without bundling the editor (Slate and its plugins).
    redirect({
      name: 'markdown-preview-without-editor',
      importer: decapFile('decap-cms-widget-markdown/dist/esm/serializers/index.js'),
      source: '../MarkdownControl',
      to: { code: "import { Map } from 'immutable';\nexport const getEditorComponents = () => Map();\n" },
    }),
    // …and with no editor components, no shortcode preview is rendered to HTML with React's
    // server renderer.
    redirect({
      name: 'markdown-preview-without-server-renderer',
      importer: decapFile('decap-cms-widget-markdown/dist/esm/serializers/remarkRehypeShortcodes.js'),
      source: 'react-dom/server',
      to: {
        code: "export function renderToString() { throw new Error('no editor components are registered for the Markdown preview (scripts/decap-adjustments.ts)'); }\n",
      },
    }),
    // decap-cms-lib-util takes four functions from lodash/fp, whose index converts the whole of
    // lodash to its functional style (its own full copy of lodash, 70 ms of every start in a
    // profile); lodash/fp's per-function modules convert only those four, the same way.
    redirect({
      name: 'lodash-fp-functions',
      importer: /decap-cms-lib-util[\\/]dist[\\/]esm[\\/](git-lfs|backendUtil)\.js$/,
      source: 'lodash/fp',
      to: { code: ['filter', 'flow', 'fromPairs', 'map'].map((name) => `export { default as ${name} } from 'lodash/fp/${name}.js';`).join('\n') },
    }),
    editorWithoutCollectionList,
    listPageListsUnlistedCollection,
    // Front matter read with js-yaml under the rules of Decap's own YAML reading, which stays for
    // what js-yaml refuses and for writing (admin/front-matter-yaml.ts).
    redirect({
      name: 'front-matter-yaml',
      importer: decapFile('decap-cms-core/dist/esm/formats/frontmatter.js'),
      source: './yaml',
      to: {
        code: [
          "import decapYaml from 'decap-cms-core/dist/esm/formats/yaml.js';",
          `import { withFastReading } from ${JSON.stringify(join(root, 'admin/front-matter-yaml.ts'))};`,
          'export default withFastReading(decapYaml);',
        ].join('\n'),
      },
    }),
    // Each field's hint converted from Markdown once per text, not on every render of the field
    // (admin/hint-markdown.ts).
    redirect({
      name: 'hint-markdown-once',
      importer: decapFile('decap-cms-core/dist/esm/components/Editor/EditorControlPane/EditorControl.js'),
      source: 'react-markdown',
      to: join(root, 'admin/hint-markdown.ts'),
    }),
    // Decap's GitHub backend talks to GitHub's REST API unless the configuration sets
    // `use_graphql`, which ours never does (the build refuses it: src/integrations/cms-git-backend.ts).
    // Its GraphQL client (Apollo, graphql, its queries parsed at load) was bundled and run at every
    // start all the same.
    redirect({
      name: 'github-without-graphql-api',
      importer: decapFile('decap-cms-backend-github/dist/esm/implementation.js'),
      source: './GraphQLAPI',
      whenBundled: true, // a build for another Git host has no GitHub backend
      to: {
        code: "export default class GraphQLAPI { constructor() { throw new Error('use_graphql: this CMS is built without the GitHub GraphQL API (scripts/decap-adjustments.ts)'); } }\n",
      },
    }),
    // gray-matter's js-yaml 3 requires esprima only for its `!!js/function` tag, which
    // gray-matter's safe loading never resolves (and Decap gives gray-matter its own YAML engine,
    // read here through admin/front-matter-yaml.ts); js-yaml catches a missing esprima. Without this its 200 KB ran at every start.
    redirect({
      name: 'no-esprima',
      importer: decapFile('js-yaml/lib/js-yaml/type/js/function.js'),
      source: 'esprima',
      to: { code: 'export default undefined;\n' },
    }),
  ];
}
