/** Sample content parsed by the real schemas, shaped like Astro's collection entries. */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import type { z } from 'astro/zod';
import { CMS_COLLECTIONS } from '../../admin/collections.ts';
import { contentFiles } from './content.ts';

export function entries<C extends CollectionKey>(collection: C): CollectionEntry<C>[] {
  const schema = CMS_COLLECTIONS.find((c) => c.name === collection)!.schema as z.ZodType;
  return contentFiles(collection).map(({ id, file, data }) => ({ id, collection, filePath: file, data: schema.parse(data) }) as unknown as CollectionEntry<C>);
}

/** The community of each sample venue. */
export function communityOfVenue(venueId: string): string | undefined {
  return entries('venues').find((v) => v.id === venueId)?.data.community.id;
}
