/**
 * The list's 筛选 menu for facts a file need not state (issue 14, item 12: 有效, 本社区).
 *
 * Decap's view filters test a field's value in the loaded entry and never match a field the file
 * leaves out (decap-cms-core 3.x, reducers/entries.js: `toMatch !== undefined && …`). Most
 * notices leave out 状态 because it defaults to 有效, so a filter “status is active” found only
 * the few that wrote it. Here each collection with such a filter is read through a format that
 * adds, under one key (`_list`), the value a filter tests: the field's value or its default, and
 * the communities an entry concerns. The format writes the file without that key, byte for byte
 * as Decap's own front-matter format does.
 */

/** The key of the added facts in an entry's data; no schema field starts with “_”. */
export const FACTS = '_list';
/** The fact naming the communities an entry concerns, as “ id id ” (spaces around every id). */
const COMMUNITY = 'community';

/** A Decap entry format (the shape of its front-matter formatter and of `registerCustomFormat`'s). */
export interface Formatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
}

interface Field {
  name: string;
  widget?: string;
  collection?: string;
  default?: unknown;
}
interface Filter {
  label: string;
  field: string;
  pattern: string | boolean;
}
interface Collection {
  name: string;
  format?: string;
  fields: Field[];
  view_filters?: Filter[];
}

/** What to add to one collection's entries: fields with defaults by name, and the community fields. */
interface FactPlan {
  defaults: Record<string, unknown>;
  communityFields: string[];
}

/** The editor's own community, chosen for the 本社区 filter (README: docs/editing.md). */
export interface OwnCommunity {
  id: string;
  name: string;
}

const communityFieldsOf = (collection: Collection) =>
  collection.fields.filter((field) => field.widget === 'relation' && field.collection === 'communities').map((field) => field.name);

/** The facts of one entry, from its data as the file gives it. */
export function factsOf(data: Record<string, unknown>, plan: FactPlan): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const [name, fallback] of Object.entries(plan.defaults)) facts[name] = String(data[name] ?? fallback);
  if (plan.communityFields.length) {
    const ids = plan.communityFields.flatMap((name) => {
      const value = data[name];
      return Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [];
    });
    facts[COMMUNITY] = ` ${ids.join(' ')} `;
  }
  return facts;
}

/** Entry data with its facts recomputed (after an edit, before the list shows it again). */
function withFacts(data: Record<string, unknown>, plan: FactPlan): Record<string, unknown> {
  return { ...withoutFacts(data), [FACTS]: factsOf(data, plan) };
}

/** Entry data as the file holds it. */
export function withoutFacts(data: Record<string, unknown>): Record<string, unknown> {
  if (!(FACTS in data)) return data;
  const { [FACTS]: _facts, ...rest } = data;
  return rest;
}

/** A format reading entries with their facts and writing them without. */
export function factsFormat(base: Formatter, plan: FactPlan): Formatter {
  return {
    fromFile: (content) => withFacts(base.fromFile(content), plan),
    toFile: (data, sortedKeys, comments) => base.toFile(withoutFacts(data), sortedKeys, comments),
  };
}

export const formatName = (collection: string) => `frontmatter-with-${FACTS}-${collection}`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The configuration with filters on defaulted fields and 本社区 reading the facts, and the
 * format each such collection is read through (to be registered under its name).
 */
export function withListFacts<T extends { collections: Collection[] }>(
  config: T,
  own: OwnCommunity | undefined,
): { config: T; plans: Record<string, FactPlan> } {
  const plans: Record<string, FactPlan> = {};
  const collections = config.collections.map((collection) => {
    const fieldNamed = new Map(collection.fields.map((field) => [field.name, field]));
    const defaults: Record<string, unknown> = {};
    for (const filter of collection.view_filters ?? []) {
      const fallback = fieldNamed.get(filter.field)?.default;
      if (fallback !== undefined) defaults[filter.field] = fallback;
    }
    const communityFields = own ? communityFieldsOf(collection) : [];
    if (!Object.keys(defaults).length && !communityFields.length) return collection;
    plans[collection.name] = { defaults, communityFields };
    const filters = (collection.view_filters ?? []).map((filter) => (filter.field in defaults ? { ...filter, field: `${FACTS}.${filter.field}` } : filter));
    if (own && communityFields.length) filters.unshift({ label: `本社区(${own.name})`, field: `${FACTS}.${COMMUNITY}`, pattern: ` ${escapeRegExp(own.id)} ` });
    return { ...collection, format: formatName(collection.name), view_filters: filters };
  });
  return { config: { ...config, collections }, plans };
}

const STORAGE_KEY = 'chuanhui-cms-community';

/** Whether the editor asked for, or earlier chose, a community (only then are the names loaded). */
export const choseOwnCommunity = (search: string, storage: Pick<Storage, 'getItem'>) =>
  new URLSearchParams(search).has('community') || storage.getItem(STORAGE_KEY) !== null;

/**
 * The community the editor chose with /admin/?community=<网址短名 or name> (kept in this browser;
 * `?community=` alone forgets it), checked against the communities that exist.
 */
export function ownCommunity(
  search: string,
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  communities: Record<string, string>,
): OwnCommunity | undefined {
  const asked = new URLSearchParams(search).get('community');
  if (asked !== null) {
    const wanted = asked.trim();
    const id = Object.keys(communities).find((key) => key === wanted || communities[key] === wanted || communities[key] === `${wanted}社区`);
    if (id) storage.setItem(STORAGE_KEY, id);
    else storage.removeItem(STORAGE_KEY);
  }
  const id = storage.getItem(STORAGE_KEY);
  return id && communities[id] ? { id, name: communities[id] } : undefined;
}
