/**
 * How each collection appears in the CMS: its folder, how new files are named, what the list
 * shows, from the collection registry (src/registry.ts). The fields themselves come from the Zod
 * schemas, never written twice.
 */
import type { z } from 'astro/zod';
import { IMAGE_FOLDER, IMAGE_PREFIX } from '../src/lib/uploads.ts';
import { COLLECTION_NAMES, REGISTRY, type CollectionDefinition, type CollectionName } from '../src/registry.ts';

export interface CmsCollection extends Readonly<CollectionDefinition['cms']> {
  name: CollectionName;
  schema: z.ZodType;
}

export const CMS_COLLECTIONS: readonly CmsCollection[] = COLLECTION_NAMES.map((name) => ({
  name,
  schema: REGISTRY[name].schema,
  ...(REGISTRY[name].cms as CollectionDefinition['cms']),
}));

/**
 * Where uploads go by default (images, including those inserted into a body) and how an entry
 * refers to them: relative to the entry's file, so that the build's image pipeline finds them.
 * Document fields set their own folder (admin/config-builder.ts, src/lib/uploads.ts).
 */
export const MEDIA_FOLDER = IMAGE_FOLDER;
export const PUBLIC_FOLDER = IMAGE_PREFIX.replace(/\/$/, '');

/** The local editing server (decap-server), bound to loopback only. */
export const LOCAL_BACKEND_PORT = 8081;
