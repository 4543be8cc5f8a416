/**
 * The notices of the last two years, newest first ({ id, title, published }), for the CMS's
 * 替代通知 picker (admin/notice-picker.tsx), instead of Decap loading the whole notices folder
 * whenever a notice is opened. Rendered on each request under `npm start`; as of the last build
 * on a deployed site.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { shanghaiMinute } from '../../lib/dates.ts';
import { buildNow } from '../../lib/now.ts';
import { recentNotices } from '../../lib/recent-notices.ts';

export const GET: APIRoute = async () => {
  const notices = (await getCollection('notices')).map((entry) => ({ id: entry.id, title: entry.data.title, published: shanghaiMinute(entry.data.published) }));
  return new Response(JSON.stringify(recentNotices(notices, buildNow())), { headers: { 'Content-Type': 'application/json' } });
};
