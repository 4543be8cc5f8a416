/**
 * The CMS at /admin/: Decap CMS bundled by Astro/Vite from npm (its prebuilt script does not
 * work with React 19, and nothing may come from a CDN). Loaded by src/pages/admin/index.astro only.
 */
import CMS from 'decap-cms-app';
import { parse } from 'yaml';
import configText from './config.yml?raw';
import siteStyles from '../src/styles/global.css?inline';
import { CoursePreview, LeaguePreview, NoticePreview, PerformancePreview } from './previews.tsx';
import { entryProblems } from './validate.ts';
import { TeamControl, TeamPreview } from './team-widget.tsx';
import { withBeijingNowDefaults } from './now-defaults.ts';
import { withBackend } from './backend.ts';

type Config = Record<string, unknown> & { backend: Record<string, unknown>; locale: string; collections: { name: string; fields: Array<Record<string, unknown> & { name: string }> }[] };
const config = withBeijingNowDefaults(parse(configText) as Config, new Date());

// The editor interface is Chinese; /admin/?lang=en gives the English one.
if (new URLSearchParams(location.search).get('lang') === 'en') config.locale = 'en';

// The Git host a deployment publishes to, set at build time, and the publishing mode it supports.
const configured = withBackend(config, import.meta.env);

CMS.registerWidget('league-team', TeamControl as never, TeamPreview as never);
CMS.registerPreviewStyle(siteStyles, { raw: true });
CMS.registerPreviewTemplate('notices', NoticePreview);
CMS.registerPreviewTemplate('performances', PerformancePreview);
CMS.registerPreviewTemplate('leagues', LeaguePreview);
CMS.registerPreviewTemplate('courses', CoursePreview);
// Refuse to save what the build would refuse, with the build's own message.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = entry.getIn(['data']) as { toJS: () => Record<string, unknown> };
    const problems = entryProblems(String(entry.get('collection')), data.toJS());
    if (problems.length) throw new Error(`无法保存,请修改:\n${problems.join('\n')}`);
    return data;
  },
});
CMS.init({ config: { ...configured, load_config_file: false } as never });
