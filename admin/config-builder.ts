/**
 * Builds the Decap CMS configuration from the Zod schemas, so that the CMS edits exactly the
 * fields the build accepts: labels, hints, required flags, patterns, choices and references all
 * come from src/schemas. `npm run cms:config` writes the result to admin/config.yml.
 */
import { z } from 'astro/zod';
import { choiceLabel } from '../src/i18n/index.ts';
import { defOf, minItemsOf, shapeOf, unwrap, type FieldMeta } from '../src/lib/schema-walk.ts';
import { dateFieldOf } from '../src/registry.ts';
import { entryUrl } from '../src/lib/permanent-urls.ts';
import {
  DOCUMENT_EXTENSIONS,
  DOCUMENT_FOLDER,
  DOCUMENT_NAME_PATTERN,
  DOCUMENT_PREFIX,
  IMAGE_EXTENSIONS,
  IMAGE_NAME_PATTERN,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_LABEL,
  type UploadKind,
} from '../src/lib/uploads.ts';
import { CMS_COLLECTIONS, LOCAL_BACKEND_PORT, MEDIA_FOLDER, PUBLIC_FOLDER, type CmsCollection } from './collections.ts';

export { unwrap, shapeOf };

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

function selectOptions(values: string[], labels: string | undefined) {
  return values.map((value) => {
    const label = labels ? choiceLabel(labels, value) : undefined;
    if (!label) throw new Error(`no UI string “${labels}.${value}” to label the choice “${value}”`);
    return { label, value };
  });
}

const DATETIME = { widget: 'datetime', format: 'YYYY-MM-DD HH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm', picker_utc: false };
const DATE = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false };

/**
 * An upload field. Images go to the global media folder (content/media, written ../media/…, so
 * the build's image pipeline processes them); documents to public/uploads, served from /uploads/.
 * The type is checked on the file's name (what Decap can check) and again by the build.
 */
function uploadWidget(widget: 'image' | 'file', kind: UploadKind) {
  const common = { widget, choose_url: false, media_library: { config: { multiple: false, max_file_size: MAX_UPLOAD_BYTES } } };
  if (kind === 'image') {
    return {
      ...common,
      pattern: [IMAGE_NAME_PATTERN.source, `请上传 JPEG、PNG、WebP 或 AVIF 图片(${IMAGE_EXTENSIONS.join('、')}),不超过 ${MAX_UPLOAD_LABEL}`],
    };
  }
  return {
    ...common,
    media_folder: `/${DOCUMENT_FOLDER}`,
    public_folder: DOCUMENT_PREFIX.replace(/\/$/, ''),
    pattern: [DOCUMENT_NAME_PATTERN.source, `请上传 PDF 或 Office 文档(${DOCUMENT_EXTENSIONS.join('、')}),不超过 ${MAX_UPLOAD_LABEL}`],
  };
}

/** The widget settings for a leaf (anything that is not an object or a list). */
function leafWidget(core: z.ZodType, meta: FieldMeta, identifierOf: (collection: string) => string): { widget: string } & Record<string, unknown> {
  const cms = meta.cms ?? {};
  switch (cms.widget) {
    case 'datetime':
      return { ...DATETIME };
    case 'date':
      return { ...DATE };
    case 'select':
      return { widget: 'select', options: selectOptions(Object.values(defOf(core).entries ?? {}), cms.labels) };
    case 'relation': {
      const field = identifierOf(cms.collection!);
      return { widget: 'relation', collection: cms.collection, value_field: '{{slug}}', search_fields: [field], display_fields: [field] };
    }
    case 'number':
      return { widget: 'number', value_type: 'int' };
    case 'team':
      // admin/team-widget.tsx: a select of the teams entered above in the same league
      return { widget: 'league-team', ...(cms.pattern ? { pattern: [...cms.pattern] } : {}) };
    case 'image':
    case 'file':
      return uploadWidget(cms.widget, cms.upload ?? (cms.widget === 'image' ? 'image' : 'document'));
    case 'string':
    case undefined:
      return { widget: 'string', ...(cms.pattern ? { pattern: [...cms.pattern] } : {}) };
    default:
      return { widget: cms.widget, ...(cms.pattern ? { pattern: [...cms.pattern] } : {}) };
  }
}

interface Context {
  /** True inside an optional object: Decap would otherwise demand its fields even when it is left empty. */
  insideOptional: boolean;
  identifierOf: (collection: string) => string;
}

export function decapField(name: string, schema: z.ZodType, context: Context): DecapField {
  const { core, meta, optional, defaultValue } = unwrap(schema);
  const label = meta.title ?? name;
  const common: { name: string; label: string } & Record<string, unknown> = { name, label };
  if (meta.description) common['hint'] = meta.description;
  if (optional || context.insideOptional || meta.cms?.filledOnSave) common['required'] = false;
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) common['default'] = defaultValue;

  const def = defOf(core);
  if (def.type === 'object' && def.shape) {
    const inner = { ...context, insideOptional: context.insideOptional || optional };
    return { ...common, widget: 'object', collapsed: optional, fields: Object.entries(def.shape).map(([n, s]) => decapField(n, s, inner)) };
  }
  if (def.type === 'array' && def.element) {
    const min = minItemsOf(core);
    const item = unwrap(def.element);
    const itemDef = defOf(item.core);
    const itemContext = { ...context, insideOptional: false };
    if (item.meta.cms?.widget === 'relation' || item.meta.cms?.widget === 'select') {
      return { ...common, ...leafWidget(item.core, item.meta, context.identifierOf), multiple: true, ...(min ? { min } : {}) };
    }
    if (itemDef.type === 'object' && itemDef.shape) {
      // A new entry's list starts empty: without a list default Decap starts it with one item
      // made of its sub-fields' defaults (a phantom "No round" fixture the editor must delete).
      return {
        ...common,
        widget: 'list',
        default: common['default'] ?? [],
        ...(min ? { min } : {}),
        ...(meta.cms?.summary ? { summary: meta.cms.summary } : {}),
        fields: Object.entries(itemDef.shape).map(([n, s]) => decapField(n, s, itemContext)),
      };
    }
    return { ...common, widget: 'list', ...(min ? { min } : {}), field: decapField('item', def.element, itemContext) };
  }
  return { ...common, ...leafWidget(core, meta, context.identifierOf) };
}

/**
 * File names are ASCII and never come from the (Chinese) title. Dated ones start with the entry's
 * own date field, which the CMS stores as Beijing wall time ("2026-11-27 09:30"): the `date`
 * filter reformats that text, so neither the save day nor the browser's zone enters the name.
 * (Decap's {{year}}/{{month}}/{{day}} are the UTC date of the save: the day before in Beijing
 * between 00:00 and 08:00.)
 */
export function slugTemplate(collection: string): string {
  const dateField = dateFieldOf(collection);
  return dateField ? `{{fields.${dateField} | date('YYYY-MM-DD')}}-{{fields.key}}` : '{{fields.key}}';
}

function collectionConfig(collection: CmsCollection, identifierOf: (name: string) => string) {
  const context: Context = { insideOptional: false, identifierOf };
  const fields = Object.entries(shapeOf(collection.schema)).map(([name, schema]) => decapField(name, schema, context));
  // The body is edited as the Markdown text it is saved as (admin/body-widget.tsx): Decap's
  // rich-text mode rewrites the whole body on the first keystroke (issue 14, item 3).
  fields.push({
    name: 'body',
    label: '正文',
    widget: 'markdown-source',
    required: false,
    hint: '按钮可插入标题、加粗、列表、链接和图片;右侧预览显示网页上的样子',
    sanitize_preview: true,
  });
  return {
    name: collection.name,
    label: collection.label,
    label_singular: collection.labelSingular,
    description: collection.description,
    folder: `content/${collection.name}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    slug: slugTemplate(collection.name),
    identifier_field: collection.identifier,
    summary: collection.summary,
    // Dated collections open newest first (Decap's default_sort); the rest in their listed order.
    sortable_fields: collection.sortable.map((name) => (name === dateFieldOf(collection.name) ? { field: name, default_sort: 'desc' } : name)),
    // 分组 (by year, category…) and 筛选 (紧急, 已废止…) menus above the list.
    ...(collection.viewGroups ? { view_groups: collection.viewGroups.map((group) => ({ ...group })) } : {}),
    ...(collection.viewFilters ? { view_filters: collection.viewFilters.map((filter) => ({ ...filter })) } : {}),
    // 查看发布 opens the entry's page on the site (relative to site_url).
    preview_path: entryUrl(collection.name, '{{slug}}').slice(1),
    fields,
  };
}

export function buildCmsConfig() {
  const identifierOf = (name: string) => {
    const found = CMS_COLLECTIONS.find((c) => c.name === name);
    if (!found) throw new Error(`relation to unknown collection “${name}”`);
    return found.identifier;
  };
  return {
    // Production: the Git host. GitHub by default; see the README for GitLab and Gitea.
    backend: {
      name: 'github',
      repo: 'chuanhui/chuanhui-community',
      branch: 'main',
      commit_messages: {
        create: '新建 {{collection}}:{{slug}}',
        update: '更新 {{collection}}:{{slug}}',
        delete: '删除 {{collection}}:{{slug}}',
        uploadMedia: '上传 {{path}}',
        deleteMedia: '删除 {{path}}',
      },
    },
    // On localhost the CMS talks to decap-server (started by `npm start`) and writes to this checkout.
    local_backend: { url: `http://127.0.0.1:${LOCAL_BACKEND_PORT}/api/v1` },
    // Draft → review → ready before anything is published (Git hosts only; local editing saves directly).
    publish_mode: 'editorial_workflow',
    locale: 'zh_Hans',
    site_url: '/',
    display_url: '/',
    logo_url: '/favicon.svg',
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    omit_empty_optional_fields: true,
    collections: CMS_COLLECTIONS.map((c) => collectionConfig(c, identifierOf)),
  };
}
