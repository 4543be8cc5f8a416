/**
 * The Git host the CMS publishes to, chosen when the site is built (README, "Publishing from
 * the CMS"), and the publishing mode it supports: Decap's editorial workflow (draft → review →
 * ready, as branches and pull/merge requests) exists for GitHub, GitLab and Bitbucket; the Gitea
 * backend refuses to load with it ("The Gitea backend does not support editorial workflow"), so
 * a Gitea site publishes directly to its branch (the README, "Publishing from the CMS", says how a
 * district keeps a review step there).
 */
export const WORKFLOW_BACKENDS: ReadonlySet<string> = new Set(['github', 'gitlab', 'bitbucket']);

/**
 * The Git hosts the CMS can publish to: each one's Decap package (`decap-cms-backend-<name>`) and
 * the class it exports. The CMS bundle holds only the one a build is configured for
 * (src/integrations/cms-git-backend.ts).
 */
export const GIT_BACKENDS = {
  github: 'GitHubBackend',
  gitlab: 'GitLabBackend',
  gitea: 'GiteaBackend',
  bitbucket: 'BitbucketBackend',
} as const;
export type GitBackendName = keyof typeof GIT_BACKENDS;

export interface BackendEnv {
  PUBLIC_CMS_BACKEND?: string | undefined;
  PUBLIC_CMS_REPO?: string | undefined;
  PUBLIC_CMS_BRANCH?: string | undefined;
  PUBLIC_CMS_BASE_URL?: string | undefined;
  PUBLIC_CMS_API_ROOT?: string | undefined;
  PUBLIC_CMS_APP_ID?: string | undefined;
}

interface Configurable {
  backend: Record<string, unknown>;
  publish_mode?: string;
}

/** The configuration with the build's Git host settings applied. */
export function withBackend<T extends Configurable>(config: T, env: BackendEnv): T {
  const backend = { ...config.backend };
  if (env.PUBLIC_CMS_BACKEND) backend['name'] = env.PUBLIC_CMS_BACKEND;
  if (env.PUBLIC_CMS_REPO) backend['repo'] = env.PUBLIC_CMS_REPO;
  if (env.PUBLIC_CMS_BRANCH) backend['branch'] = env.PUBLIC_CMS_BRANCH;
  if (env.PUBLIC_CMS_BASE_URL) backend['base_url'] = env.PUBLIC_CMS_BASE_URL;
  if (env.PUBLIC_CMS_API_ROOT) backend['api_root'] = env.PUBLIC_CMS_API_ROOT;
  if (env.PUBLIC_CMS_APP_ID) backend['app_id'] = env.PUBLIC_CMS_APP_ID;
  const publishMode = WORKFLOW_BACKENDS.has(String(backend['name'])) ? 'editorial_workflow' : 'simple';
  return { ...config, backend, publish_mode: publishMode };
}
