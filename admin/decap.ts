/**
 * Decap CMS with what this site's configuration uses, and nothing else.
 *
 * `decap-cms-app` is decap-cms-core with every backend, widget and locale Decap has, registered
 * at start: among them the map widget (OpenLayers), the code widget (CodeMirror), the rich-text
 * and Markdown editors (Slate) and ten backends, none of which a field of ours uses. The browser
 * downloaded, compiled and ran all of it before the CMS could open an entry (issue 14, item 12;
 * docs/performance.md, "A league with 500 fixtures"). This registers, from the same packages:
 *
 * - the widgets admin/config.yml uses besides our own (tests/cms-config.test.ts checks that every
 *   widget there is imported here or registered by admin/cms.ts);
 * - the backend of the one Git host the build publishes to (src/integrations/cms-git-backend.ts),
 *   and `proxy`, which Decap uses for `local_backend`;
 * - Decap's Markdown preview, which shows the body (admin/cms.ts), without its editor
 *   (scripts/decap-adjustments.ts);
 * - no locales: admin/cms.ts registers en and zh_Hans itself.
 */
import { DecapCmsCore as CMS } from 'decap-cms-core';
import { gitBackend } from 'virtual:cms-git-backend';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import DecapCmsWidgetString from 'decap-cms-widget-string';
import DecapCmsWidgetNumber from 'decap-cms-widget-number';
import DecapCmsWidgetText from 'decap-cms-widget-text';
import DecapCmsWidgetImage from 'decap-cms-widget-image';
import DecapCmsWidgetFile from 'decap-cms-widget-file';
import DecapCmsWidgetSelect from 'decap-cms-widget-select';
import DecapCmsWidgetList from 'decap-cms-widget-list';
import DecapCmsWidgetObject from 'decap-cms-widget-object';
import DecapCmsWidgetRelation from 'decap-cms-widget-relation';
import DecapCmsWidgetBoolean from 'decap-cms-widget-boolean';
import DecapCmsWidgetDatetime from 'decap-cms-widget-datetime';

CMS.registerBackend(...gitBackend);
CMS.registerBackend('proxy', ProxyBackend);
for (const widget of [
  DecapCmsWidgetString.Widget(),
  DecapCmsWidgetNumber.Widget(),
  DecapCmsWidgetText.Widget(),
  DecapCmsWidgetImage.Widget(),
  DecapCmsWidgetFile.Widget(),
  DecapCmsWidgetSelect.Widget(),
  DecapCmsWidgetList.Widget(),
  DecapCmsWidgetObject.Widget(),
  DecapCmsWidgetRelation.Widget(),
  DecapCmsWidgetBoolean.Widget(),
  DecapCmsWidgetDatetime.Widget(),
])
  CMS.registerWidget(widget);

/** Decap's Markdown preview, which shows the body (admin/cms.ts), without Decap's Markdown editor. */
export { default as MarkdownPreview } from 'decap-cms-widget-markdown/dist/esm/MarkdownPreview.js';

export default CMS;
