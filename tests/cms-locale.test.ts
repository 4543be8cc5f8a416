import { describe, expect, it } from 'vitest';
// Decap's phrase files (the package's main build needs a browser window).
import en from 'decap-cms-locales/src/en/index.js';
import zh_Hans from 'decap-cms-locales/src/zh_Hans/index.js';
import { CONFIG_ERROR_PHRASES, mergePhrases, missingKeys, ZH_OVERRIDES, type Phrases } from '../admin/locale.ts';

const phrases = mergePhrases(zh_Hans, ZH_OVERRIDES);
const at = (path: string) => path.split('.').reduce<Phrases | string | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), phrases);

describe('the CMS interface in Chinese', () => {
  it('has a Chinese phrase for every phrase Decap has in English (none falls back to English)', () => {
    expect(missingKeys(zh_Hans, {}).length).toBeGreaterThan(150);
    expect(missingKeys(en, phrases)).toEqual([]);
  });

  it('words the editorial workflow for editors, with Chinese dates', () => {
    expect(at('workflow.workflow.newPost')).toBe('新建内容');
    expect(at('workflow.workflowList.inReviewHeader')).toBe('待审核');
    expect(at('workflow.workflow.dateFormat')).toBe('M月D日');
    expect(at('editor.editorWidgets.object.expand')).toBe('展开');
    // A pattern error is the pattern's own Chinese message, not “网址短名”不满足模式…
    expect(at('editor.editorControlPane.widget.regexPattern')).toBe('%{pattern}');
    // Untouched phrases stay Decap's own.
    expect(at('editor.editorControl.field.optional')).toBe('可选');
  });

  it('has no English word left in a phrase an editor sees', () => {
    const english: string[] = [];
    const walk = (node: Phrases, prefix: string) => {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'object') walk(value, `${prefix}${key}.`);
        // Placeholders (%{details}) and product names stay as they are.
        else if (
          /[A-Za-z]{3,}/.test(
            value.replace(
              /%\{\w+\}|GitHub|GitLab|Gitea|Forgejo|Bitbucket|Azure|Netlify Identity|Netlify|Git Gateway|Markdown|Ctrl|Enter|Backend|CMS|config\.yml|URL|Cloudinary|Uploadcare|JSON|YAML|TOML|Decap|Ok/g,
              '',
            ),
          )
        )
          english.push(`${prefix}${key}: ${value}`);
      }
    };
    walk(phrases, '');
    expect(english).toEqual([]);
  });
});

describe('the page the CMS shows when its configuration does not load', () => {
  it('is in Chinese, tells the editor it is not their doing and the administrator where to look', () => {
    const page = mergePhrases(en, CONFIG_ERROR_PHRASES) as { app: { app: Record<string, string> } };
    expect(page.app.app['errorHeader']).toBe('内容管理后台无法启动:配置有误');
    expect(page.app.app['checkConfigYml']).toContain('编辑无法自行修复');
    expect(Object.values(page.app.app).filter((phrase) => phrase.startsWith('Error loading') || phrase.startsWith('Check your'))).toEqual([]);
    // Only those three phrases: the English interface (?lang=en) is otherwise untouched.
    expect(missingKeys(en, page)).toEqual([]);
    expect((page as unknown as { auth: { login: string } }).auth.login).toBe('Login');
  });
});
