/**
 * Draws the sample posters and album pictures in content/media/. The repository has no real
 * photographs of the district, so these are drawn illustrations, each carrying its own caption
 * and marked 示例 (sample) in the picture and in its alt text. One photo is written with GPS
 * EXIF data (the district's coordinates) so that the tests can prove the build strips it.
 *
 *   npm run media:samples      (rewrites the files; they are committed, about 1 MB in all)
 *
 * Text is drawn by librsvg with the machine's fonts: install fonts-noto-cjk first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const OUT = join(import.meta.dirname, '..', 'content', 'media');

interface Picture {
  file: string;
  width: number;
  height: number;
  /** lines of large text: the title */
  title: string[];
  /** smaller lines under it: date, place */
  lines: string[];
  /** the mark in the corner */
  mark: string;
  palette: [string, string, string];
  scene: 'stage' | 'drums' | 'lanterns' | 'classroom' | 'plaza' | 'choir';
  gps?: boolean;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function scene(kind: Picture['scene'], w: number, h: number, [, accent, light]: Picture['palette']): string {
  const ground = h * 0.78;
  const people = (count: number, y: number, scale: number) =>
    Array.from({ length: count }, (_, i) => {
      const x = ((i + 0.5) * w) / count;
      return `<circle cx="${x}" cy="${y - 62 * scale}" r="${14 * scale}" fill="${light}" opacity="0.9"/><rect x="${x - 16 * scale}" y="${y - 46 * scale}" width="${32 * scale}" height="${46 * scale}" rx="${10 * scale}" fill="${light}" opacity="0.9"/>`;
    }).join('');
  switch (kind) {
    case 'stage':
      return `<path d="M0 ${ground} Q ${w / 2} ${ground - h * 0.12} ${w} ${ground} L ${w} ${h} L 0 ${h} Z" fill="${accent}"/>${people(5, ground - h * 0.02, w / 900)}<path d="M${w * 0.1} ${h * 0.1} L ${w * 0.3} ${ground} M${w * 0.9} ${h * 0.1} L ${w * 0.7} ${ground}" stroke="${light}" stroke-width="${w / 60}" opacity="0.25"/>`;
    case 'drums':
      return `<rect x="0" y="${ground}" width="${w}" height="${h - ground}" fill="${accent}"/>${Array.from({ length: 4 }, (_, i) => `<ellipse cx="${(i + 0.5) * (w / 4)}" cy="${ground - h * 0.06}" rx="${w / 12}" ry="${w / 22}" fill="${light}"/><rect x="${(i + 0.5) * (w / 4) - w / 12}" y="${ground - h * 0.06}" width="${w / 6}" height="${h * 0.07}" fill="${light}" opacity="0.8"/>`).join('')}`;
    case 'lanterns':
      return `${Array.from({ length: 5 }, (_, i) => `<line x1="${(i + 0.5) * (w / 5)}" y1="0" x2="${(i + 0.5) * (w / 5)}" y2="${h * 0.12 + (i % 2) * h * 0.05}" stroke="${light}" stroke-width="3"/><ellipse cx="${(i + 0.5) * (w / 5)}" cy="${h * 0.17 + (i % 2) * h * 0.05}" rx="${w / 16}" ry="${w / 20}" fill="${accent}" stroke="${light}" stroke-width="4"/>`).join('')}<rect x="0" y="${ground}" width="${w}" height="${h - ground}" fill="${accent}" opacity="0.7"/>${people(6, ground, w / 1000)}`;
    case 'classroom':
      return `<rect x="${w * 0.1}" y="${h * 0.12}" width="${w * 0.8}" height="${h * 0.3}" rx="12" fill="${accent}"/><rect x="0" y="${ground}" width="${w}" height="${h - ground}" fill="${accent}" opacity="0.6"/>${people(7, ground, w / 1100)}`;
    case 'plaza':
      return `<circle cx="${w * 0.8}" cy="${h * 0.2}" r="${w / 14}" fill="${light}" opacity="0.8"/><rect x="0" y="${ground}" width="${w}" height="${h - ground}" fill="${accent}"/>${Array.from({ length: 6 }, (_, i) => `<rect x="${i * (w / 6) + w / 30}" y="${ground - h * (0.12 + (i % 3) * 0.05)}" width="${w / 10}" height="${h * (0.12 + (i % 3) * 0.05)}" fill="${light}" opacity="0.35"/>`).join('')}${people(8, ground + h * 0.12, w / 1200)}`;
    case 'choir':
      return `<rect x="0" y="${ground - h * 0.1}" width="${w}" height="${h * 0.1}" fill="${accent}" opacity="0.6"/><rect x="0" y="${ground}" width="${w}" height="${h - ground}" fill="${accent}"/>${people(6, ground - h * 0.1, w / 1100)}${people(7, ground + h * 0.02, w / 1000)}`;
  }
}

function svg(picture: Picture): string {
  const { width: w, height: h, palette } = picture;
  const [dark, , light] = palette;
  const titleSize = Math.round(w / (picture.height > picture.width ? 11 : 16));
  const lineSize = Math.round(titleSize * 0.55);
  const top = picture.height > picture.width ? h * 0.46 : h * 0.3;
  const title = picture.title
    .map(
      (line, i) =>
        `<text x="${w / 2}" y="${top + i * titleSize * 1.25}" font-size="${titleSize}" font-weight="700" fill="#fff" text-anchor="middle">${escape(line)}</text>`,
    )
    .join('');
  const linesTop = top + picture.title.length * titleSize * 1.25 + lineSize * 0.6;
  const lines = picture.lines
    .map(
      (line, i) =>
        `<text x="${w / 2}" y="${linesTop + i * lineSize * 1.5}" font-size="${lineSize}" fill="${light}" text-anchor="middle">${escape(line)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="#1b1b2f"/></linearGradient></defs>
  <g font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif">
  <rect width="${w}" height="${h}" fill="url(#sky)"/>
  ${scene(picture.scene, w, h, palette)}
  ${title}${lines}
  <rect x="${w * 0.03}" y="${h * 0.03}" width="${lineSize * 7}" height="${lineSize * 1.6}" rx="8" fill="#000" opacity="0.55"/>
  <text x="${w * 0.03 + lineSize * 3.5}" y="${h * 0.03 + lineSize * 1.12}" font-size="${lineSize * 0.8}" fill="#fff" text-anchor="middle">${escape(picture.mark)}</text>
  </g></svg>`;
}

const RED: Picture['palette'] = ['#9e1b1b', '#c2410c', '#fde68a'];
const BLUE: Picture['palette'] = ['#1e3a8a', '#0f766e', '#bfdbfe'];
const GREEN: Picture['palette'] = ['#14532d', '#a16207', '#fef3c7'];

const POSTER = { width: 1080, height: 1528, mark: '示例海报' };
const PHOTO = { width: 1200, height: 800, mark: '示例插图' };

export const SAMPLE_PICTURES: Picture[] = [
  {
    ...POSTER,
    file: 'poster-chuanhui-voice-final.jpg',
    title: ['第十届“川汇之声”', '社区群众文艺会演', '决赛'],
    lines: ['2026 年 12 月 12 日 19:00', '江滨社区文化广场'],
    palette: RED,
    scene: 'stage',
  },
  {
    ...POSTER,
    file: 'poster-weekend-evening.jpg',
    title: ['江滨广场', '周末文艺晚会'],
    lines: ['2026 年 11 月 28 日 19:00', '江滨社区文化广场'],
    palette: BLUE,
    scene: 'choir',
  },
  {
    ...POSTER,
    file: 'poster-waist-drum-show.jpg',
    title: ['腰鼓与健身操展演'],
    lines: ['2026 年 12 月 5 日 15:00', '陈州广场'],
    palette: GREEN,
    scene: 'drums',
  },
  {
    ...POSTER,
    file: 'poster-new-year-eve.jpg',
    title: ['迎新年', '社区文艺晚会'],
    lines: ['2026 年 12 月 31 日 19:00', '江滨社区文化广场'],
    palette: RED,
    scene: 'lanterns',
  },
  {
    ...PHOTO,
    file: 'autumn-evening-choir.jpg',
    title: ['合唱《我和我的祖国》'],
    lines: ['江滨广场周末文艺晚会(秋季场)· 2026 年 11 月 14 日'],
    palette: BLUE,
    scene: 'choir',
    gps: true,
  },
  {
    ...PHOTO,
    file: 'autumn-evening-dance.jpg',
    title: ['广场舞展示'],
    lines: ['江滨广场周末文艺晚会(秋季场)· 2026 年 11 月 14 日'],
    palette: RED,
    scene: 'stage',
  },
  {
    ...PHOTO,
    file: 'autumn-evening-audience.jpg',
    title: ['居民在广场观看演出'],
    lines: ['江滨社区文化广场 · 2026 年 11 月 14 日'],
    palette: GREEN,
    scene: 'plaza',
  },
  { ...PHOTO, file: 'legal-lecture-classroom.jpg', title: ['法律知识讲座课堂'], lines: ['中小学生寒假法律知识讲座'], palette: BLUE, scene: 'classroom' },
  { ...PHOTO, file: 'legal-lecture-questions.jpg', title: ['同学们向律师提问'], lines: ['中小学生寒假法律知识讲座'], palette: GREEN, scene: 'classroom' },
  { ...PHOTO, file: 'jiangbin-plaza-evening.jpg', title: ['江滨社区文化广场的傍晚'], lines: ['江滨社区'], palette: BLUE, scene: 'plaza' },
  { ...PHOTO, file: 'jiangbin-waist-drum-team.jpg', title: ['江滨社区腰鼓队排练'], lines: ['江滨社区'], palette: RED, scene: 'drums' },
];

/** 33°37′N 114°39′E, Chuanhui District: the location a phone would record. */
const DISTRICT_GPS = { GPSLatitudeRef: 'N', GPSLatitude: '33/1 37/1 1200/100', GPSLongitudeRef: 'E', GPSLongitude: '114/1 39/1 3000/100' };

export async function makeSampleMedia(out = OUT): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const picture of SAMPLE_PICTURES) {
    let image = sharp(Buffer.from(svg(picture))).jpeg({ quality: 78, mozjpeg: true });
    if (picture.gps) image = image.withExif({ IFD0: { Make: 'SamplePhone', Model: 'Sample' }, IFD3: DISTRICT_GPS });
    const path = join(out, picture.file);
    await image.toFile(path);
    written.push(path);
  }
  return written;
}

if (import.meta.main) {
  for (const path of await makeSampleMedia()) console.log(`wrote ${path}`);
}
