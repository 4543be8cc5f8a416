/**
 * The collection registry: what the build, the CMS, the content check, the URL record and the
 * redirects need to know about each collection, in one place. Everything else that lists
 * collections is derived from `REGISTRY` (docs/architecture.md draws the flow), so a new
 * collection is its schema module, one entry here, its pages and its strings.
 *
 * This module is plain data and Zod schemas: the browser's CMS bundle, Node scripts and the
 * Astro build all import it.
 */
import type { z } from 'astro/zod';
import { communitySchema, venueSchema } from './schemas/places.ts';
import { noticeSchema } from './schemas/notices.ts';
import { performanceSchema } from './schemas/performances.ts';
import { leagueSchema } from './schemas/leagues.ts';
import { campaignSchema, courseSchema, librarySchema, schoolSchema } from './schemas/education.ts';

export interface CollectionDefinition {
  /** The entry's fields; the CMS form is generated from it (admin/config-builder.ts). */
  schema: z.ZodType;
  /** How the CMS names and lists the collection. */
  cms: {
    label: string;
    labelSingular: string;
    description: string;
    /** Field shown as the entry's title in lists and in the pickers of other collections. */
    identifier: string;
    summary: string;
    sortable: string[];
    /** A date-time field that a new entry starts with set to the current Beijing time. */
    defaultsToNow?: string;
    /**
     * The list's 分组 menu (Decap `view_groups`): entries grouped by a field's value, or by the
     * part of it a pattern matches (the year of a date). Decap offers no default group.
     */
    viewGroups?: readonly { label: string; field: string; pattern?: string }[];
    /**
     * The list's 筛选 menu (Decap `view_filters`): a field's value must match the pattern. A field
     * a file leaves out is tested with its default (status: 有效 is rarely written), and 本社区 is
     * added for an editor who chose a community (admin/list-facts.ts).
     */
    viewFilters?: readonly { label: string; field: string; pattern: string | boolean }[];
  };
  /**
   * The field whose date starts every file name (and so every URL) of the collection: a notice is
   * named by its publication date, a performance by the day it takes place (2026-11-20-heating),
   * never by the day or the machine zone in which an editor saved it.
   */
  dateField?: string;
  /**
   * Where an entry is shown. `page`: its own page, `/notices/{id}/` (the route in src/pages must
   * match; tests/cms-preview-links.test.ts checks every collection against the build). `anchor`:
   * a card on a list page, `/library/#{id}`, for entries without a page of their own.
   */
  url: { page: string; subpages?: readonly string[] } | { anchor: string };
}

export const REGISTRY = {
  notices: {
    schema: noticeSchema,
    cms: {
      label: '通知公告',
      labelSingular: '通知',
      description: '发布通知公告。紧急通知会在每个页面顶部显示,直到失效时间。',
      identifier: 'title',
      summary: '{{published}} · {{title}}',
      sortable: ['published', 'title'],
      defaultsToNow: 'published',
      // By year only: a group by category or series would be headed by the stored value
      // ("employment"), not its Chinese name.
      viewGroups: [{ label: '按年份', field: 'published', pattern: '^\\d{4}' }],
      viewFilters: [
        { label: '有效', field: 'status', pattern: '^active$' },
        { label: '紧急', field: 'urgent', pattern: true },
        { label: '置顶', field: 'pinned', pattern: true },
        { label: '已修改', field: 'status', pattern: '^amended$' },
        { label: '已废止', field: 'status', pattern: '^repealed$' },
      ],
    },
    dateField: 'published',
    url: { page: '/notices/{id}/' },
  },
  performances: {
    schema: performanceSchema,
    cms: {
      label: '文化演出',
      labelSingular: '演出',
      description: '文化广场及各社区的演出安排。',
      identifier: 'title',
      summary: '{{start}} · {{title}}',
      sortable: ['start', 'title'],
      viewGroups: [{ label: '按年份', field: 'start', pattern: '^\\d{4}' }],
      viewFilters: [
        { label: '如期', field: 'status', pattern: '^scheduled$' },
        { label: '延期', field: 'status', pattern: '^postponed$' },
        { label: '取消', field: 'status', pattern: '^cancelled$' },
      ],
    },
    dateField: 'start',
    url: { page: '/performances/{id}/' },
  },
  leagues: {
    schema: leagueSchema,
    cms: {
      label: '体育赛事',
      labelSingular: '赛事',
      description: '联赛与杯赛:参赛队伍、赛程和比分。',
      identifier: 'title',
      summary: '{{title}}',
      sortable: ['title'],
    },
    url: { page: '/sports/{id}/' },
  },
  courses: {
    schema: courseSchema,
    cms: { label: '文明市民学校课程', labelSingular: '课程', description: '课程与课时安排。', identifier: 'title', summary: '{{title}}', sortable: ['title'] },
    url: { page: '/school/courses/{id}/' },
  },
  campaigns: {
    schema: campaignSchema,
    cms: {
      label: '教育活动',
      labelSingular: '教育活动',
      description: '面向中小学生和居民的教育活动。',
      identifier: 'title',
      summary: '{{start}} – {{end}} · {{title}}',
      sortable: ['start', 'title'],
      viewGroups: [{ label: '按年份', field: 'start', pattern: '^\\d{4}' }],
    },
    // A campaign's printable poster is linked on its own (schools print its QR code).
    url: { page: '/campaigns/{id}/', subpages: ['poster/'] },
  },
  schools: {
    schema: schoolSchema,
    cms: { label: '学校', labelSingular: '学校', description: '文明市民学校和中小学。', identifier: 'name', summary: '{{name}}', sortable: ['name'] },
    url: { page: '/school/schools/{id}/' },
  },
  library: {
    schema: librarySchema,
    cms: {
      label: '图书馆与阅览',
      labelSingular: '图书馆或阅览室',
      description: '社区图书馆、电子阅览室、市图书馆和数字资源。',
      identifier: 'name',
      summary: '{{name}}',
      sortable: ['name'],
    },
    url: { anchor: '/library/#{id}' },
  },
  communities: {
    schema: communitySchema,
    cms: {
      label: '社区',
      labelSingular: '社区',
      description: '社区基本信息与便民服务点。',
      identifier: 'name',
      summary: '{{name}}({{subdistrict}})',
      sortable: ['name'],
    },
    url: { page: '/communities/{id}/' },
  },
  venues: {
    schema: venueSchema,
    cms: { label: '活动场地', labelSingular: '场地', description: '广场、球场、活动室等场地。', identifier: 'name', summary: '{{name}}', sortable: ['name'] },
    url: { page: '/venues/{id}/' },
  },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof REGISTRY;

/** Every collection, in the order the CMS lists them. */
export const COLLECTION_NAMES = Object.keys(REGISTRY) as CollectionName[];

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(REGISTRY, name);
}

/** The registry entry of a collection named in a file path or a CMS event; throws for an unknown name. */
export function collectionDefinition(name: string): CollectionDefinition {
  if (!isCollectionName(name)) throw new Error(`没有名为 “${name}” 的内容类型(no collection “${name}”; src/registry.ts lists them)`);
  return REGISTRY[name];
}

/** The schema of each collection, by name. */
export const SCHEMAS = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, REGISTRY[name].schema])) as {
  [K in CollectionName]: (typeof REGISTRY)[K]['schema'];
};

/** The date field that starts the file names of a dated collection, or undefined. */
export function dateFieldOf(collection: string): string | undefined {
  return isCollectionName(collection) ? (REGISTRY[collection] as CollectionDefinition).dateField : undefined;
}
