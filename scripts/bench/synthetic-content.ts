/**
 * Synthetic district content for the scale benchmark: notices, performances, league fixtures and
 * course lessons, in Chinese, spread over four years and the sample's communities and venues, so
 * that every page type and feed grows the way a district's would.
 */
import { parse, stringify } from 'yaml';
import sharp from 'sharp';

const COMMUNITIES = ['chenzhou', 'hehua', 'jiangbin', 'liukai', 'renhe', 'wenchang', 'xiaoqiao', 'yishan'];
const COMMUNITY_NAMES = ['陈州', '荷花', '江滨', '柳开', '人和', '文昌', '小桥', '依山'];
const VENUES = ['chenzhou-square', 'chuanhui-gym', 'hehua-school-hall', 'jiangbin-plaza', 'liukai-centre', 'yishan-court'];
const CATEGORIES = ['announcement', 'service', 'employment', 'assistance', 'culture-sports', 'safety', 'education', 'party'];
const TOPICS = ['冬季供暖', '临时停水', '低保年审', '招聘会', '文明楼院评选', '防诈骗宣传', '义诊', '法律讲座', '垃圾分类', '消防演练'];
const TEXT = '为方便辖区居民,社区将在本周组织相关工作。请居民群众相互转告,按时参加。如有疑问,请拨打社区服务电话咨询,或到社区居委会民愿接待室反映。';

const pad = (n: number) => String(n).padStart(2, '0');
/** Beijing wall-clock time `i` half-days after 2024-01-01 08:00, wrapped over four years. */
function when(i: number, hour = 9): string {
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 1460) * 86_400_000);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())} ${pad(hour)}:00`;
}
const file = (data: Record<string, unknown>, body: string) => `---\n${stringify(data)}---\n${body}\n`;

/**
 * `total` entries as content files (path → text or bytes): 40 % notices, 20 % each of the rest,
 * with the poster files the performances name.
 */
export async function syntheticContent(total: number): Promise<Record<string, string | Uint8Array>> {
  return { ...entries(total), ...(await posters(total)) };
}

function entries(total: number): Record<string, string> {
  const files: Record<string, string> = {};
  const notices = Math.round(total * 0.4);
  const performances = Math.round(total * 0.2);
  const fixtures = Math.round(total * 0.2);
  const lessons = total - notices - performances - fixtures;

  for (let i = 0; i < notices; i++) {
    const c = i % COMMUNITIES.length;
    const published = when(i);
    const key = `bench-${i}`;
    files[`content/notices/${published.slice(0, 10)}-${key}.md`] = file(
      {
        title: `${COMMUNITY_NAMES[c]}社区关于${TOPICS[i % TOPICS.length]}的通知(第 ${i + 1} 号)`,
        key,
        published,
        category: CATEGORIES[i % CATEGORIES.length],
        communities: [COMMUNITIES[c]],
        summary: `${COMMUNITY_NAMES[c]}社区${TOPICS[i % TOPICS.length]}安排。`,
      },
      `${TEXT}\n\n${TEXT}\n\n- 时间:${published}\n- 地点:${COMMUNITY_NAMES[c]}社区居委会`,
    );
  }
  for (let i = 0; i < performances; i++) {
    const start = when(i * 2 + 1, 19);
    const key = `bench-show-${i}`;
    const poster = hasPoster(i) ? { poster: { src: `../media/${posterName(total, i)}`, alt: `${COMMUNITY_NAMES[i % 8]}社区文艺汇演海报(基准测试用)` } } : {};
    files[`content/performances/${start.slice(0, 10)}-${key}.md`] = file(
      {
        title: `${COMMUNITY_NAMES[i % 8]}社区文艺汇演 第 ${i + 1} 场`,
        key,
        start,
        end: start.replace(' 19:', ' 21:'),
        venue: VENUES[i % VENUES.length],
        troupes: [`${COMMUNITY_NAMES[i % 8]}社区合唱团`, `${COMMUNITY_NAMES[(i + 3) % 8]}社区舞蹈队`],
        ...poster,
        summary: '免费入场,欢迎居民观看。',
      },
      TEXT,
    );
  }
  // Leagues of 8 community teams, double round robin: 56 fixtures each, 4 per round.
  const rounds = [
    [
      [0, 7],
      [1, 6],
      [2, 5],
      [3, 4],
    ],
    [
      [7, 4],
      [5, 3],
      [6, 2],
      [0, 1],
    ],
    [
      [1, 7],
      [2, 0],
      [3, 6],
      [4, 5],
    ],
    [
      [7, 5],
      [6, 4],
      [0, 3],
      [1, 2],
    ],
    [
      [2, 7],
      [3, 1],
      [4, 0],
      [5, 6],
    ],
    [
      [7, 6],
      [0, 5],
      [1, 4],
      [2, 3],
    ],
    [
      [3, 7],
      [4, 2],
      [5, 1],
      [6, 0],
    ],
  ];
  for (let league = 0; league * 56 < fixtures; league++) {
    const list = [];
    for (let n = 0; n < 56 && league * 56 + n < fixtures; n++) {
      const round = Math.floor(n / 4);
      const [a, b] = rounds[round % 7]![n % 4]!;
      const [home, away] = round < 7 ? [a!, b!] : [b!, a!];
      const time = when(league * 120 + round * 7 + 2, 9 + (n % 4));
      const played = time < '2026-11-27';
      list.push({
        round: `第${round + 1}轮`,
        time,
        venue: VENUES[league % VENUES.length],
        home: COMMUNITIES[home],
        away: COMMUNITIES[away],
        ...(played ? { result: { home: 21, away: 10 + ((n * 7 + league) % 10) } } : {}),
      });
    }
    const key = `bench-league-${league}`;
    files[`content/leagues/${key}.md`] = file(
      {
        title: `第 ${league + 1} 届社区三人制篮球赛`,
        key,
        sport: 'basketball-3x3',
        season: `第 ${league + 1} 届`,
        format: 'round-robin',
        teams: COMMUNITIES.map((id, t) => ({ id, name: `${COMMUNITY_NAMES[t]}社区队`, community: id })),
        fixtures: list,
      },
      TEXT,
    );
  }
  // Courses of 10 lessons each.
  for (let course = 0; course * 10 < lessons; course++) {
    const list = [];
    for (let n = 0; n < 10 && course * 10 + n < lessons; n++) {
      list.push({
        title: `第 ${n + 1} 课:${TOPICS[(course + n) % TOPICS.length]}`,
        start: when(course * 30 + n * 3, 15),
        durationMinutes: 60,
        venue: VENUES[(course + n) % VENUES.length],
        teacher: '社区志愿者',
      });
    }
    const key = `bench-course-${course}`;
    files[`content/courses/${key}.md`] = file(
      {
        title: `文明市民学校课程 第 ${course + 1} 期`,
        key,
        audience: 'residents',
        schools: ['yishan-civility'],
        howToJoin: '请到社区居委会报名。',
        lessons: list,
        summary: '面向居民的文明素养课程。',
      },
      TEXT,
    );
  }
  return files;
}

/** One performance in ten has a poster of its own. */
const hasPoster = (i: number) => i % 10 === 0;
/** Named by the run's size too, so that a larger run finds none of a smaller run's posters processed already. */
const posterName = (total: number, i: number) => `bench-poster-${total}-${i}.jpg`;

/**
 * The posters the performances name: distinct 1080×1528 JPEGs (a colour field with the show's
 * number), so that each is processed on its own, as real uploads are.
 */
async function posters(total: number): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  const performances = Math.round(total * 0.2);
  for (let i = 0; i < performances; i++) {
    if (!hasPoster(i)) continue;
    const hue = (i * 37) % 360;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1528"><rect width="1080" height="1528" fill="hsl(${hue},60%,35%)"/><circle cx="${200 + (i % 7) * 100}" cy="500" r="300" fill="hsl(${(hue + 120) % 360},70%,60%)"/><text x="540" y="1100" font-size="160" fill="#fff" text-anchor="middle" font-family="sans-serif">No. ${i + 1}</text></svg>`;
    files[`content/media/${posterName(total, i)}`] = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
  }
  return files;
}

/**
 * The baselines' entries: `total` Markdown files with the same titles and bodies as the site's
 * synthetic notices and performances, and one entry per league fixture and course lesson (which
 * the site keeps inside their league and course files) with the shared body text.
 */
export function baselineEntries(total: number): { title: string; body: string }[] {
  const list: { title: string; body: string }[] = [];
  for (const [path, text] of Object.entries(entries(total))) {
    if (!/^content\/(notices|performances)\//.test(path)) continue;
    const [, front = '', body = ''] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text) ?? [];
    list.push({ title: String((parse(front) as { title: string }).title), body });
  }
  for (let i = list.length; i < total; i++) list.push({ title: `社区活动安排 第 ${i + 1} 项`, body: `${TEXT}\n` });
  return list;
}
