/**
 * Reading the Zod schemas as data: a field's label, hint and CMS hints (its `.meta()`), whether
 * it is optional, and the fields of an object. The CMS configuration is generated with these,
 * and build errors name fields by the labels an editor sees in the CMS.
 *
 * This is the project's one adapter to Zod's internals. A schema's kind is its `def` (public in
 * Zod 4's classic API); the checks inside it (a list's minimum length, a string's pattern) are
 * only reachable through `_zod`, which is not a documented API. Both are read here and nowhere
 * else, and tests/schema-walk.test.ts fails on a Zod upgrade that moves them.
 */
import { z } from 'astro/zod';
import type { CmsHints } from '../schemas/fields.ts';

export interface FieldMeta {
  title?: string;
  description?: string;
  cms?: CmsHints;
}

export interface Unwrapped {
  core: z.ZodType;
  meta: FieldMeta;
  optional: boolean;
  defaultValue?: unknown;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
};
export const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

type CheckDef = { check: string; format?: string; pattern?: RegExp; minimum?: number };
const checksOf = (schema: z.ZodType): CheckDef[] =>
  ((schema as unknown as { def: { checks?: { _zod: { def: CheckDef } }[] } }).def.checks ?? []).map((check) => check._zod.def);

/** The least number of items a list schema accepts (`.min(n)`), or undefined. */
export const minItemsOf = (schema: z.ZodType): number | undefined => checksOf(schema).find((check) => check.check === 'min_length')?.minimum;

/** The regular expressions a string schema checks (`.regex()`), as their sources. */
export const patternsOf = (schema: z.ZodType): string[] =>
  checksOf(schema).flatMap((check) => (check.check === 'string_format' && check.format === 'regex' && check.pattern ? [check.pattern.source] : []));

/** Peels optional/default/preprocess layers, collecting metadata (outer layers win). */
export function unwrap(schema: z.ZodType): Unwrapped {
  let core = schema;
  let meta: FieldMeta = {};
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    meta = { ...((z.globalRegistry.get(core) as FieldMeta | undefined) ?? {}), ...meta };
    const def = defOf(core);
    if (def.type === 'optional' && def.innerType) {
      optional = true;
      core = def.innerType;
    } else if (def.type === 'default' && def.innerType) {
      optional = true;
      defaultValue = def.defaultValue;
      core = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out && defOf(def.in).type === 'transform') {
      core = def.out; // z.preprocess(fn, schema)
    } else {
      return { core, meta, optional, ...(defaultValue === undefined ? {} : { defaultValue }) };
    }
  }
}

/** The fields of an object schema (an entry or a nested object). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const { core } = unwrap(schema);
  const shape = defOf(core).shape;
  if (!shape) throw new Error(`not an object schema: ${defOf(core).type}`);
  return shape;
}

/**
 * A path into an entry named as an editor sees it in the CMS: ["attachments", 0, "file"] →
 * "附件 › 第 1 项 › 附件文件". Unknown steps are kept as they are.
 */
export function labelPath(schema: z.ZodType, path: readonly (string | number)[]): string {
  const names: string[] = [];
  let current: z.ZodType | undefined = schema;
  for (const step of path) {
    if (typeof step === 'number') {
      names.push(`第 ${step + 1} 项`);
      const def: Def | undefined = current ? defOf(unwrap(current).core) : undefined;
      current = def?.type === 'array' ? def.element : undefined;
      continue;
    }
    const def: Def | undefined = current ? defOf(unwrap(current).core) : undefined;
    const field: z.ZodType | undefined = def?.type === 'object' ? def.shape?.[step] : undefined;
    names.push(field ? (unwrap(field).meta.title ?? step) : step);
    current = field;
  }
  return names.join(' › ');
}
