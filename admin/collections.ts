/**
 * How each collection appears in the CMS: its folder, how new files are named, what the list
 * shows. The fields themselves come from the Zod schemas (src/schemas), never written twice.
 */
import type { z } from 'astro/zod';
import { IMAGE_FOLDER, IMAGE_PREFIX } from '../src/lib/uploads.ts';
import { communitySchema, venueSchema } from '../src/schemas/places.ts';
import { noticeSchema } from '../src/schemas/notices.ts';
import { performanceSchema } from '../src/schemas/performances.ts';
import { leagueSchema } from '../src/schemas/leagues.ts';
import { campaignSchema, courseSchema, librarySchema, schoolSchema } from '../src/schemas/education.ts';

export interface CmsCollection {
  name: string;
  label: string;
  labelSingular: string;
  description: string;
  schema: z.ZodType;
  /** Field shown as the entry's title in lists and used in relation pickers. */
  identifier: string;
  summary: string;
  sortable: string[];
  /** A date-time field that a new entry starts with set to the current Beijing time. */
  defaultsToNow?: string;
}

export const CMS_COLLECTIONS: CmsCollection[] = [
  { name: 'notices', label: '通知公告', labelSingular: '通知', description: '发布通知公告。紧急通知会在每个页面顶部显示,直到失效时间。', schema: noticeSchema, identifier: 'title', summary: '{{published}} · {{title}}', sortable: ['published', 'title'], defaultsToNow: 'published' },
  { name: 'performances', label: '文化演出', labelSingular: '演出', description: '文化广场及各社区的演出安排。', schema: performanceSchema, identifier: 'title', summary: '{{start}} · {{title}}', sortable: ['start', 'title'] },
  { name: 'leagues', label: '体育赛事', labelSingular: '赛事', description: '联赛与杯赛:参赛队伍、赛程和比分。', schema: leagueSchema, identifier: 'title', summary: '{{title}}', sortable: ['title'] },
  { name: 'courses', label: '文明市民学校课程', labelSingular: '课程', description: '课程与课时安排。', schema: courseSchema, identifier: 'title', summary: '{{title}}', sortable: ['title'] },
  { name: 'campaigns', label: '教育活动', labelSingular: '教育活动', description: '面向中小学生和居民的教育活动。', schema: campaignSchema, identifier: 'title', summary: '{{start}} – {{end}} · {{title}}', sortable: ['start', 'title'] },
  { name: 'schools', label: '学校', labelSingular: '学校', description: '文明市民学校和中小学。', schema: schoolSchema, identifier: 'name', summary: '{{name}}', sortable: ['name'] },
  { name: 'library', label: '图书馆与阅览', labelSingular: '图书馆或阅览室', description: '社区图书馆、电子阅览室、市图书馆和数字资源。', schema: librarySchema, identifier: 'name', summary: '{{name}}', sortable: ['name'] },
  { name: 'communities', label: '社区', labelSingular: '社区', description: '社区基本信息与便民服务点。', schema: communitySchema, identifier: 'name', summary: '{{name}}({{subdistrict}})', sortable: ['name'] },
  { name: 'venues', label: '活动场地', labelSingular: '场地', description: '广场、球场、活动室等场地。', schema: venueSchema, identifier: 'name', summary: '{{name}}', sortable: ['name'] },
];

/**
 * Where uploads go by default (images, including those inserted into a body) and how an entry
 * refers to them: relative to the entry's file, so that the build's image pipeline finds them.
 * Document fields set their own folder (admin/config-builder.ts, src/lib/uploads.ts).
 */
export const MEDIA_FOLDER = IMAGE_FOLDER;
export const PUBLIC_FOLDER = IMAGE_PREFIX.replace(/\/$/, '');

/** The local editing server (decap-server), bound to loopback only. */
export const LOCAL_BACKEND_PORT = 8081;
