/**
 * Uploaded images (content/media/, written "../media/x.jpg" in entries) as astro:assets images,
 * so that pages hand them to <Picture>/getImage() and sharp writes the sizes and formats.
 * The modules are imported lazily: only images some page shows are processed.
 */
import type { ImageMetadata } from 'astro';
import { IMAGE_PREFIX } from '../lib/uploads.ts';

const modules = import.meta.glob<{ default: ImageMetadata }>('/content/media/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG,WEBP,AVIF}');

/** The processed-image source of an uploaded image; the build has already checked that it exists. */
export async function uploadedImage(src: string): Promise<ImageMetadata> {
  const load = modules[`/content/media/${src.slice(IMAGE_PREFIX.length)}`];
  if (!load) throw new Error(`图片 “${src}” 不在 content/media/ 中(no such uploaded image)`);
  return (await load()).default;
}
