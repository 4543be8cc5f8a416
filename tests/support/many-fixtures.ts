/**
 * A league with many fixtures, for the CMS's editor at scale (tests/e2e/cms-league-scale.test.ts,
 * scripts/bench-cms-league.ts): eight teams of the fixture communities playing one round a week,
 * four fixtures a round at different hours, results for the rounds before 2026-11-27.
 */
import { stringify } from 'yaml';

const TEAMS = [
  ['chenzhou', '陈州'],
  ['hehua', '荷花'],
  ['jiangbin', '江滨'],
  ['liukai', '柳开'],
  ['renhe', '人和'],
  ['wenchang', '文昌'],
  ['xiaoqiao', '小桥'],
  ['yishan', '依山'],
] as const;
const VENUES = ['chenzhou-square', 'chuanhui-gym', 'jiangbin-plaza', 'yishan-court'];

/** Circle-method pairings of eight teams: seven rounds of four matches. */
function pairings(round: number): [number, number][] {
  const others = [1, 2, 3, 4, 5, 6, 7];
  const turned = others.map((_, i) => others[(i + round) % 7]!);
  const circle = [0, ...turned];
  return [0, 1, 2, 3].map((i) => [circle[i]!, circle[7 - i]!]);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `content/leagues/<key>.md` with `count` fixtures, named 第N轮 with the teams' names in the summary. */
export function manyFixtureLeague(key: string, count: number): Record<string, string> {
  const fixtures = [];
  for (let n = 0; n < count; n++) {
    const round = Math.floor(n / 4);
    const [a, b] = pairings(round % 7)[n % 4]!;
    const [home, away] = round % 14 < 7 ? [a, b] : [b, a];
    const day = new Date(Date.UTC(2024, 0, 6) + round * 7 * 86_400_000);
    const time = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())} ${pad(9 + (n % 4))}:00`;
    fixtures.push({
      round: `第${round + 1}轮`,
      time,
      venue: VENUES[n % 4],
      home: TEAMS[home]![0],
      away: TEAMS[away]![0],
      ...(time < '2026-11-27' ? { result: { home: 21, away: 10 + (n % 10) } } : {}),
    });
  }
  const data = {
    title: `${count} 场社区三人制篮球联赛`,
    key,
    sport: 'basketball-3x3',
    season: '2024—2027',
    format: 'round-robin',
    teams: TEAMS.map(([id, name]) => ({ id, name: `${name}社区队`, community: id })),
    fixtures,
  };
  return { [`content/leagues/${key}.md`]: `---\n${stringify(data)}---\n八支社区队伍的长期联赛。\n` };
}
