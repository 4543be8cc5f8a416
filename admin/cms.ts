/**
 * The CMS at /admin/: Decap CMS bundled from npm by scripts/cms-bundle.ts (its prebuilt script does not
 * work with React 19, and nothing may come from a CDN). Loaded by src/pages/admin/index.astro only.
 */
import './browser-globals.ts';
import CMS, { MarkdownPreview } from './decap.ts';
import configFile from './config.yml';
import siteStyles from '../src/styles/global.css?inline';
import narrowScreens from './narrow-screens.css?inline';
import {
  CampaignPreview,
  CommunityPreview,
  CoursePreview,
  LibraryPreview,
  LeaguePreview,
  NoticePreview,
  PerformancePreview,
  SchoolPreview,
  VenuePreview,
} from './previews.tsx';
import { entryProblems, takenIdProblem } from './validate.ts';
import { TeamControl, TeamPreview } from './team-widget.tsx';
import { NoticePickerControl, NoticePickerPreview, withNoticePicker } from './notice-picker.tsx';
import { withTeamNames } from './fixture-summary.tsx';
import { FOLDED_ITEM_CSS } from './lazy-list-items.ts';
import { isRefusedSave } from './refused-save.ts';
import { BodyControl } from './body-widget.tsx';
import { installDeleteGuard } from './delete-guard.ts';
import { hideProblems, installFieldErrorReport, refusal, showProblems } from './problem-panel.ts';
import { installChineseListLabels } from './list-labels.ts';
import { installWholeTermSearch } from './cjk-search.ts';
import { installStableScrollSync } from './stable-scroll-sync.ts';
import { en, zh_Hans } from 'decap-cms-locales';
import { CONFIG_ERROR_PHRASES, mergePhrases, ZH_OVERRIDES } from './locale.ts';
import { withBeijingNowDefaults } from './now-defaults.ts';
import { withBackend } from './backend.ts';
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
import { choseOwnCommunity, FACTS, factsFormat, factsOf, formatName, ownCommunity, withListFacts, withoutFacts } from './list-facts.ts';
import { loadNames } from './names.ts';

type Config = Record<string, unknown> & {
  backend: Record<string, unknown>;
  locale: string;
  collections: { name: string; fields: Array<Record<string, unknown> & { name: string }> }[];
};
// The CMS reads admin/config.yml as written (a deployment or a test may change it, e.g. the local
// backend's port), not a configuration rebuilt in the browser; it arrives parsed
// (src/integrations/yaml-modules.ts), so no YAML parser of ours is shipped.
// 替代通知 picks from the notices of the last two years (admin/notice-picker.tsx), not the whole folder.
const config = withNoticePicker(withBeijingNowDefaults(configFile as Config, new Date()));

// The header's link to the site shows the site's own address, not a bare "/".
config['display_url'] = location.origin;

// The editor interface is Chinese; /admin/?lang=en gives the English one.
if (new URLSearchParams(location.search).get('lang') === 'en') config.locale = 'en';

// The Git host a deployment publishes to, set at build time, and the publishing mode it supports.
const configured = withBackend(config, import.meta.env);

// 筛选 by 有效 (a default most files leave out) and by the editor's own community, chosen once
// with /admin/?community=… (admin/list-facts.ts).
const own = choseOwnCommunity(location.search, localStorage) ? ownCommunity(location.search, localStorage, await loadNames('communities')) : undefined;
const listed = withListFacts(configured, own);
for (const [collection, plan] of Object.entries(listed.plans)) CMS.registerCustomFormat(formatName(collection), 'md', factsFormat(FrontmatterInfer, plan));

// Decap's Chinese interface, completed and reworded (admin/locale.ts).
CMS.registerLocale('zh_Hans', mergePhrases(zh_Hans, ZH_OVERRIDES) as never);
// A configuration that does not load is reported before its locale is read, in the default
// language: Chinese too, unless the English interface was asked for.
if (config.locale !== 'en') CMS.registerLocale('en', mergePhrases(en, CONFIG_ERROR_PHRASES) as never);
CMS.registerWidget('league-team', TeamControl as never, TeamPreview as never);
CMS.registerWidget('recent-notice', NoticePickerControl as never, NoticePickerPreview as never);
// Collapsed fixtures show their round and team names (admin/fixture-summary.tsx); other lists are untouched.
const list = CMS.getWidget('list');
// Registered again under its own name with its own preview and configuration schema (the 4th argument, missing from Decap's types).
const registerWidget = CMS.registerWidget as (name: string, control: unknown, preview: unknown, schema?: unknown) => void;
if (list) registerWidget('list', withTeamNames(list.control as never), list.preview, (list as { schema?: unknown }).schema);
// The body as Markdown text, saved byte for byte as written; previewed by Decap's own Markdown preview.
CMS.registerWidget('markdown-source', BodyControl as never, MarkdownPreview as never);
CMS.registerPreviewStyle(siteStyles, { raw: true });
CMS.registerPreviewTemplate('notices', NoticePreview);
CMS.registerPreviewTemplate('performances', PerformancePreview);
CMS.registerPreviewTemplate('leagues', LeaguePreview);
CMS.registerPreviewTemplate('courses', CoursePreview);
CMS.registerPreviewTemplate('venues', VenuePreview);
CMS.registerPreviewTemplate('communities', CommunityPreview);
CMS.registerPreviewTemplate('schools', SchoolPreview);
CMS.registerPreviewTemplate('campaigns', CampaignPreview);
CMS.registerPreviewTemplate('library', LibraryPreview);
/** Ids of the entries that exist, as the site last rendered them (src/pages/admin/entry-ids.json.ts). */
async function existingIds(collection: string): Promise<string[]> {
  const response = await fetch('/admin/entry-ids.json', { cache: 'no-store' });
  if (!response.ok) return []; // the build still refuses a duplicate
  return ((await response.json()) as Record<string, string[]>)[collection] ?? [];
}

// Before saving: an empty 网址短名 of a new entry is filled in from its title as pinyin; then
// refuse what the build would refuse, with the build's own message, and a new entry whose file
// name is taken (Decap would save it as "…-1.md").
CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const collection = String(entry.get('collection'));
    const isNew = Boolean(entry.get('newRecord'));
    let data = entry.getIn(['data']) as {
      toJS: () => Record<string, unknown>;
      get: (key: string) => unknown;
      set: (key: string, value: unknown) => typeof data;
    };
    const { withPinyinIds } = await import('./pinyin-on-save.ts');
    data = withPinyinIds(collection, isNew, data);
    const values = withoutFacts(data.toJS());
    const problems = entryProblems(collection, values);
    if (isNew && !problems.length) {
      const taken = takenIdProblem(collection, values, await existingIds(collection));
      if (taken) problems.push(taken);
    }
    if (problems.length) {
      // Decap's toast goes after eight seconds; the panel stays until the editor closes it.
      showProblems(problems);
      throw refusal(problems);
    }
    hideProblems();
    // The list shows the saved entry as edited: its filter facts follow the edit.
    const plan = listed.plans[collection];
    return plan ? data.set(FACTS, factsOf(values, plan)) : data;
  },
});
// A refused save is shown in Chinese (Decap's toast, the panel above, or the field's own error);
// Decap then rejects its save promise with its failure action (a plain object) or nothing, which
// nobody handles and the browser reported as a page error "Object" (admin/refused-save.ts).
window.addEventListener('unhandledrejection', (event) => {
  if (isRefusedSave(event.reason)) event.preventDefault();
});
// Decap writes field errors in capitals (text-transform: uppercase), which turned the example in
// a pattern message into "WINTER-HEATING"; a field's errors list follows its label.
const errorCase = document.createElement('style');
errorCase.textContent = [
  'label + ul, label + ul li { text-transform: none !important; }',
  // The fields a refused save names (admin/problem-panel.ts).
  '[data-cms-problem] { outline: 3px solid #b91c1c; outline-offset: 6px; border-radius: 4px; }',
  // The editor's toolbar on a phone (admin/narrow-screens.css).
  narrowScreens,
  // Folded list items drawn only near the screen (admin/lazy-list-items.ts).
  FOLDED_ITEM_CSS,
].join('\n');
document.head.append(errorCase);
// Fields Decap refused (a 网址短名 in capitals) are listed in the panel as well.
installFieldErrorReport();
// Collapsed and new list items are named in Chinese, not "No title" (admin/list-labels.ts).
// Decap's own ListControl (captured above, before the fixture-summary wrapper replaced it in the registry).
installChineseListLabels(list?.control as { prototype: object } | undefined);
// Two-character Chinese searches (供暖) find their entries (admin/cjk-search.ts).
installWholeTermSearch();
// The editor's scroll-sync context keeps one value, so a keystroke does not make React search the whole form (admin/stable-scroll-sync.ts).
installStableScrollSync();
// Deleting an entry that others refer to is refused, naming them (admin/delete-guard.ts).
installDeleteGuard((listener) => CMS.registerEventListener(listener as never));
CMS.init({ config: { ...listed.config, load_config_file: false } as never });
