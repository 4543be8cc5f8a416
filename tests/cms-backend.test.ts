/** The Git host chosen at build time decides the CMS's publishing mode (admin/backend.ts). */
import { describe, expect, it } from 'vitest';
import { withBackend } from '../admin/backend.ts';
import { gitBackendModule } from '../src/integrations/cms-git-backend.ts';

const base = { backend: { name: 'github', repo: 'chuanhui/chuanhui-community', branch: 'main' }, publish_mode: 'editorial_workflow' };

describe('the CMS backend settings', () => {
  it('keeps the editorial workflow on GitHub and GitLab', () => {
    expect(withBackend(base, {}).publish_mode).toBe('editorial_workflow');
    expect(withBackend(base, { PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_APP_ID: 'abc' })).toMatchObject({
      publish_mode: 'editorial_workflow',
      backend: { name: 'gitlab', app_id: 'abc' },
    });
  });

  it('publishes directly on Gitea, whose Decap backend refuses the workflow', () => {
    const gitea = withBackend(base, {
      PUBLIC_CMS_BACKEND: 'gitea',
      PUBLIC_CMS_REPO: 'district/site',
      PUBLIC_CMS_BRANCH: 'cms',
      PUBLIC_CMS_BASE_URL: 'https://git.example.cn',
      PUBLIC_CMS_API_ROOT: 'https://git.example.cn/api/v1',
      PUBLIC_CMS_APP_ID: 'a1b2',
    });
    expect(gitea).toEqual({
      backend: {
        name: 'gitea',
        repo: 'district/site',
        branch: 'cms',
        base_url: 'https://git.example.cn',
        api_root: 'https://git.example.cn/api/v1',
        app_id: 'a1b2',
      },
      publish_mode: 'simple',
    });
  });
});

describe('the Decap backend the CMS bundle holds', () => {
  const configText = 'backend:\n  name: github\n  repo: chuanhui/chuanhui-community\n';

  it('is the configuration’s Git host, or the one PUBLIC_CMS_BACKEND names, and only that one', () => {
    expect(gitBackendModule(configText, {})).toBe(
      'import { GitHubBackend } from \'decap-cms-backend-github\';\nexport const gitBackend = ["github", GitHubBackend];\n',
    );
    const gitea = gitBackendModule(configText, { PUBLIC_CMS_BACKEND: 'gitea' });
    expect(gitea).toContain("import { GiteaBackend } from 'decap-cms-backend-gitea';");
    expect(gitea).not.toMatch(/github|gitlab|bitbucket/i);
  });

  it('stops the build, naming the setting, for a host the CMS has no backend for', () => {
    expect(() => gitBackendModule(configText, { PUBLIC_CMS_BACKEND: 'gogs' })).toThrow(
      'admin/config.yml: backend.name (or PUBLIC_CMS_BACKEND) is "gogs"; the CMS can publish to github, gitlab, gitea, bitbucket',
    );
    expect(() => gitBackendModule('backend:\n  repo: a/b\n', {})).toThrow('backend.name (or PUBLIC_CMS_BACKEND) is undefined');
    expect(() => gitBackendModule(`${configText}  use_graphql: true\n`, {})).toThrow('admin/config.yml: backend.use_graphql is set');
  });
});
