/**
 * The CMS's browser bundle (admin/cms.ts: Decap CMS, React and our widgets, about 6 MB) built on
 * its own and kept between builds. It used to be bundled by every `astro build`, a quarter of a
 * 1,000-entry build's time and most of its memory, although an editor publishing a notice changes
 * none of its inputs. Now `astro build` (src/integrations/cms-bundle.ts) asks for it: when the
 * files that went into the last bundle, the installed packages and the PUBLIC_ settings are unchanged, that
 * bundle is reused; otherwise this file builds a new one, in a process of its own so that its
 * memory is returned before Astro renders pages.
 *
 *   node scripts/cms-bundle.ts      → builds (or reuses) and prints the cached folder
 *
 * The cache lives in node_modules/.cache/chuanhui-cms/<key>/ (CI keeps node_modules/.cache).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { yamlModules } from '../src/integrations/yaml-modules.ts';
import { cmsGitBackend } from '../src/integrations/cms-git-backend.ts';
import { decapAdjustments } from './decap-adjustments.ts';

/** What a cached bundle records about itself (manifest.json in its folder). */
export interface CmsBundle {
  /** the folder holding the bundle's files, to be copied into the site's /_astro/ */
  dir: string;
  /** the entry script's file name, e.g. cms.Ab12Cd34.js */
  entry: string;
  /** the scripts the entry imports at once (file names): the page asks for them with it, not after it */
  preload: string[];
  /** whether this call built it (false: reused) */
  built: boolean;
}

interface Manifest {
  entry: string;
  preload: string[];
  /** project files (relative paths) that went into the bundle, besides node_modules */
  inputs: string[];
  key: string;
}

export const PUBLIC_URL_BASE = '/_astro/';
const KEEP = 4;
/** The files that build the bundle (this one and the Vite plugins it uses), relative to this file. */
export const BUILD_FILES = [
  './cms-bundle.ts',
  './decap-adjustments.ts',
  '../src/integrations/yaml-modules.ts',
  '../src/integrations/cms-git-backend.ts',
  '../admin/backend.ts',
];

const cacheRoot = (root: string) => join(root, 'node_modules', '.cache', 'chuanhui-cms');

/** The settings baked into the bundle: Vite hands PUBLIC_* variables to the browser code. */
function publicEnv(env: NodeJS.ProcessEnv): string {
  return JSON.stringify(
    Object.keys(env)
      .filter((name) => name.startsWith('PUBLIC_'))
      .sort()
      .map((name) => [name, env[name]]),
  );
}

/**
 * The key of a bundle made from these project files: their contents, the installed packages
 * (npm's record of node_modules, which changes with every install that changes a package) and
 * the settings.
 */
function keyOf(root: string, inputs: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const hash = createHash('sha256');
  // The build's own settings and plugins too: they are not part of the bundle, so not among `inputs`.
  for (const file of BUILD_FILES) hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  for (const path of ['node_modules/.package-lock.json', ...inputs]) {
    const file = join(root, path);
    if (!existsSync(file)) return undefined; // an input was removed: build again
    hash.update(path).update('\0').update(readFileSync(file)).update('\0');
  }
  // .env files feed PUBLIC_* settings too.
  for (const name of ['.env', '.env.production', '.env.local', '.env.production.local']) {
    const file = join(root, name);
    if (existsSync(file)) hash.update(name).update(readFileSync(file));
  }
  return hash.update(publicEnv(env)).digest('hex').slice(0, 16);
}

function readManifest(dir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** A cached bundle whose inputs are unchanged, if there is one. */
export function findCmsBundle(root: string, env: NodeJS.ProcessEnv = process.env): CmsBundle | undefined {
  const cache = cacheRoot(root);
  if (!existsSync(cache)) return undefined;
  for (const name of readdirSync(cache)) {
    const dir = join(cache, name);
    const manifest = readManifest(dir);
    if (!manifest || manifest.key !== name) continue;
    if (keyOf(root, manifest.inputs, env) !== manifest.key) continue;
    if (!existsSync(join(dir, manifest.entry))) continue;
    markBundleUsed(dir);
    return { dir, entry: manifest.entry, preload: manifest.preload, built: false };
  }
  return undefined;
}

/** Builds the bundle (in this process) into the cache and returns it. */
export async function buildCmsBundle(root: string, env: NodeJS.ProcessEnv = process.env): Promise<CmsBundle> {
  const { build } = await import('vite');
  const cache = cacheRoot(root);
  const staging = join(cache, `.building-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const inputs = new Set<string>();
  let entry = '';
  let preload: string[] = [];
  const output = await build({
    configFile: false,
    root,
    mode: 'production',
    base: PUBLIC_URL_BASE,
    envPrefix: 'PUBLIC_',
    logLevel: 'warn',
    publicDir: false,
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    plugins: [
      yamlModules(),
      cmsGitBackend(),
      ...decapAdjustments(root),
      {
        // astro/content/runtime (behind the schemas' reference()) imports Astro's virtual modules
        // lazily, to render entries; the CMS never renders one, so they are empty here.
        name: 'chuanhui-cms-no-astro-virtual-modules',
        resolveId: (id) => (/^(virtual:)?astro:/.test(id) ? `\0cms-empty:${id}` : undefined),
        load: (id) => (id.startsWith('\0cms-empty:') ? 'export default new Map();' : undefined),
      },
    ],
    build: {
      outDir: staging,
      emptyOutDir: true,
      assetsDir: '',
      copyPublicDir: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      // PUBLIC_CMS_UNMINIFIED=1: readable function names and lines in browser profiles (docs/performance.md).
      ...(env['PUBLIC_CMS_UNMINIFIED'] ? { minify: false } : {}),
      rolldownOptions: {
        input: { cms: join(root, 'admin/cms.ts') },
        output: { entryFileNames: 'cms.[hash].js', chunkFileNames: 'cms-[name].[hash].js', assetFileNames: 'cms-[name].[hash][extname]' },
        // Decap's dependencies call eval() (js-sha256, gray-matter, @iarna/toml) and start with
        // 'use client' (jotai); nothing here can act on those warnings.
        onwarn(warning, warn) {
          if ((warning.code === 'EVAL' || warning.code === 'MODULE_LEVEL_DIRECTIVE') && /node_modules/.test(warning.id ?? '')) return;
          warn(warning);
        },
      },
    },
  });
  for (const result of Array.isArray(output) ? output : [output]) {
    if (!('output' in result)) continue;
    for (const chunk of result.output) {
      if (chunk.type !== 'chunk') continue;
      if (chunk.isEntry) {
        entry = chunk.fileName;
        preload = [...chunk.imports];
      }
      for (const id of chunk.moduleIds) {
        const path = id.replace(/[?#].*$/, '');
        if (!isAbsolute(path) || !existsSync(path)) continue; // virtual modules
        const inProject = relative(root, path).split('\\').join('/');
        if (inProject.startsWith('..') || inProject.startsWith('node_modules/')) continue;
        inputs.add(inProject);
      }
    }
  }
  if (!entry) throw new Error('the CMS bundle has no entry script');
  const sorted = [...inputs].sort();
  const key = keyOf(root, sorted, env);
  if (!key) throw new Error(`the CMS bundle's inputs changed while it was built (or node_modules/.package-lock.json is missing: run npm ci)`);
  markBundleUsed(staging);
  writeFileSync(join(staging, 'manifest.json'), `${JSON.stringify({ entry, preload, inputs: sorted, key } satisfies Manifest, null, 2)}\n`);
  const dir = join(cache, key);
  // Two builds (the tests run several at once) may have made the same bundle: the first one
  // in place is kept, so that a build copying it never sees it replaced.
  if (readManifest(dir)?.key === key) rmSync(staging, { recursive: true, force: true });
  else {
    rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (readManifest(dir)?.key !== key) throw error;
      rmSync(staging, { recursive: true, force: true }); // the other build was quicker
    }
  }
  pruneBundles(cache);
  return { dir, entry, preload, built: true };
}

/**
 * A bundle's last use is the time of a file written in its folder: the file system's clock, the
 * one that also dates new folders. Setting the folder's time from the process's clock (as this
 * did) mixed the two when a test run moves the process's clock (scripts/test-at-beijing-night.sh):
 * every bundle used in such a run looked newer than one built after it, and a new bundle was
 * pruned as soon as it was made ("the CMS bundle was built but is not in the cache").
 */
const USED_MARK = 'last-used';
/** The files of a cached bundle's folder that are the cache's records, not the bundle: not copied into the site. */
export const CACHE_RECORDS: ReadonlySet<string> = new Set(['manifest.json', USED_MARK]);
export function markBundleUsed(dir: string) {
  writeFileSync(join(dir, USED_MARK), `${process.pid}\n`);
}
function lastUsed(dir: string): number {
  const mark = join(dir, USED_MARK);
  return statSync(existsSync(mark) ? mark : dir).mtimeMs;
}

/** Keeps the most recently used few bundles (each is about 7 MB). */
export function pruneBundles(cache: string) {
  const dirs = readdirSync(cache)
    .filter((name) => !name.startsWith('.'))
    .map((name) => ({ dir: join(cache, name), used: lastUsed(join(cache, name)) }))
    .sort((a, b) => b.used - a.used);
  for (const { dir } of dirs.slice(KEEP)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The bundle for this project: reused when its inputs are unchanged, otherwise built in a child
 * process (its few hundred MB are freed before the caller goes on).
 */
export function cmsBundle(root: string, env: NodeJS.ProcessEnv = process.env): CmsBundle {
  const found = findCmsBundle(root, env);
  if (found) return found;
  mkdirSync(cacheRoot(root), { recursive: true });
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [script], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`the CMS bundle could not be built (node ${relative(root, script)} exited with ${result.status})`);
  const built = findCmsBundle(root, env);
  if (!built) throw new Error('the CMS bundle was built but is not in the cache');
  return { ...built, built: true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const bundle = await buildCmsBundle(process.cwd());
  console.log(`[cms] bundle built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${relative(process.cwd(), bundle.dir)}/${bundle.entry}`);
}
