/** The link kit schools use for a campaign: its permanent address and a ready HTML snippet. */

import { entryUrl } from './permanent-urls.ts';
import { siteColour } from './palette.ts';

export function campaignUrl(site: URL, id: string): URL {
  return new URL(entryUrl('campaigns', id), site);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A link styled as a button, with inline styles because it is pasted into other sites; the colour is the site's --brand (global.css). */
export function linkSnippet(url: URL, title: string, siteName: string): string {
  return `<a href="${escapeHtml(url.href)}" style="display:inline-block;padding:0.6em 1.2em;background:${siteColour('--brand')};color:#fff;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(title)} · ${escapeHtml(siteName)}</a>`;
}
