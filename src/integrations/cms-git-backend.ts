/**
 * `import { gitBackend } from 'virtual:cms-git-backend'` gives the CMS the Decap backend of the Git
 * host this build publishes to (admin/config.yml's backend, with the build's PUBLIC_CMS_BACKEND
 * applied as admin/cms.ts applies it), and no other: the three unused ones (GitLab's with its
 * GraphQL queries parsed at load) were downloaded and run at every start of the CMS. Used by the
 * CMS bundle (scripts/cms-bundle.ts) and by `astro dev`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { GIT_BACKENDS, withBackend, type BackendEnv, type GitBackendName } from '../../admin/backend.ts';

const ID = 'virtual:cms-git-backend';

const isKnown = (name: unknown): name is GitBackendName => typeof name === 'string' && Object.hasOwn(GIT_BACKENDS, name);

/** The module's code for this configuration file's text and these settings; throws, in Chinese and English, for a host Decap has no backend for here. */
export function gitBackendModule(configText: string, env: BackendEnv): string {
  const config = parse(configText) as { backend?: Record<string, unknown> };
  const name = withBackend({ backend: config.backend ?? {} }, env).backend['name'];
  if (!isKnown(name))
    throw new Error(
      `admin/config.yml 的 backend.name(或 PUBLIC_CMS_BACKEND)是 ${JSON.stringify(name)},CMS 只能发布到 ${Object.keys(GIT_BACKENDS).join('、')}(admin/config.yml: backend.name (or PUBLIC_CMS_BACKEND) is ${JSON.stringify(name)}; the CMS can publish to ${Object.keys(GIT_BACKENDS).join(', ')} (README, "Publishing from the CMS"))`,
    );
  // The bundle leaves out Decap's GitHub GraphQL client (scripts/decap-adjustments.ts).
  if (name === 'github' && config.backend?.['use_graphql'])
    throw new Error(
      'admin/config.yml 设置了 backend.use_graphql:本 CMS 不含 GitHub 的 GraphQL 接口,请删去这一项(经 REST 接口发布,结果相同)(admin/config.yml: backend.use_graphql is set; the CMS is built without the GitHub GraphQL API (remove the setting: it publishes the same through the REST API))',
    );
  const exported = GIT_BACKENDS[name];
  return `import { ${exported} } from 'decap-cms-backend-${name}';\nexport const gitBackend = [${JSON.stringify(name)}, ${exported}];\n`;
}

export function cmsGitBackend(): Plugin {
  let env: BackendEnv = {};
  let configFile = '';
  return {
    name: 'chuanhui-cms-git-backend',
    configResolved(config) {
      env = config.env as BackendEnv;
      configFile = join(config.root, 'admin/config.yml');
    },
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      this.addWatchFile(configFile);
      return gitBackendModule(readFileSync(configFile, 'utf8'), env);
    },
  };
}
