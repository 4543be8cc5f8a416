/** PNG icons drawn from public/favicon.svg with sharp, at build time. */
import sharp from 'sharp';
import faviconSvg from '../../public/favicon.svg?raw';
import { THEME_COLOR } from './web-manifest.ts';

/**
 * `opaque`: fill the rounded corners with the theme colour. iOS masks an apple-touch-icon with
 * its own rounded square and shows transparent pixels as black.
 */
export async function renderIcon(size: number, { opaque = false } = {}): Promise<Buffer> {
  // Drawn at twice the size (the favicon is 32 units wide) and scaled down, for smooth edges.
  const image = sharp(Buffer.from(faviconSvg), { density: (72 * size * 2) / 32 }).resize(size, size);
  return (opaque ? image.flatten({ background: THEME_COLOR }) : image).png({ compressionLevel: 9 }).toBuffer();
}
