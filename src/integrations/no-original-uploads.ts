/**
 * Uploaded images are published only as processed copies (resized, re-encoded, metadata such as
 * GPS stripped). Astro also writes an image's original file into _astro/ whenever code reads a
 * property of its metadata (the Markdown renderer does, for images in a body). After the build,
 * such an original is removed when no page, feed or data file names it, and the build fails,
 * naming the image, when one does: then the original really is served.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { IMAGE_FOLDER } from '../lib/uploads.ts';

/** Published files that are an upload's original: "<name>.<hash>.<ext>", without a transform suffix. */
export function publishedOriginals(published: readonly string[], uploads: readonly string[]): string[] {
  const originals = new Set(uploads.map((name) => name.toLowerCase()));
  return published.filter((file) => {
    const match = /^(.+)\.[\w-]{8}\.(\w+)$/.exec(file);
    return match !== null && originals.has(`${match[1]}.${match[2]}`.toLowerCase());
  });
}

/** Every file in the build a browser or app reads as text (pages, feeds, data, scripts). */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(html|xml|json|js|css|ics|txt|webmanifest)$/.test(file))
    .map((file) => join(dir, file));
}

export function noOriginalUploads(root: URL): AstroIntegration {
  return {
    name: 'chuanhui-no-original-uploads',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let uploads: string[];
        try {
          uploads = readdirSync(fileURLToPath(new URL(`${IMAGE_FOLDER}/`, root)));
        } catch {
          return; // no uploaded images
        }
        const assets = join(fileURLToPath(dir), '_astro');
        let published: string[];
        try {
          published = readdirSync(assets);
        } catch {
          return;
        }
        const originals = publishedOriginals(published, uploads);
        if (!originals.length) return;
        const texts = textFiles(fileURLToPath(dir)).map((file) => readFileSync(file, 'utf8'));
        const leaked = originals.filter((name) => texts.some((text) => text.includes(name)));
        for (const name of originals.filter((n) => !leaked.includes(n))) rmSync(join(assets, name));
        logger.info(`removed ${originals.length - leaked.length} unreferenced original upload(s) from _astro/`);
        if (leaked.length) {
          logger.error(`未处理的原图被发布(original uploads published unprocessed): ${leaked.join(', ')}`);
          throw new Error(
            `未处理的原图会连同拍摄地点等信息一起发布:${leaked.join('、')}。请让页面以不同于原图的尺寸或格式使用图片(an original upload was published unprocessed, metadata included)`,
          );
        }
      },
    },
  };
}
