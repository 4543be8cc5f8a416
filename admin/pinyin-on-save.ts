/**
 * What a save fills in from names as pinyin (pinyin-pro's dictionaries, about 300 KB): an empty
 * 网址短名 of a new entry from its title, and a league's empty 队伍编号 from the team names. Loaded
 * by admin/cms.ts when an entry is saved, not when the CMS starts.
 */
import { slugFromTitle } from '../src/lib/slug-from-title.ts';
import { fillTeamIds } from '../src/lib/sports/team-ids.ts';

interface ImmutableTeam {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableTeam;
}
interface ImmutableData {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableData;
}

/** Before saving a league: empty 队伍编号 are filled in from the team names as pinyin (fillTeamIds). */
function withTeamIds<D extends ImmutableData>(data: D): D {
  const teams = data.get('teams') as
    { toJS?: () => { id?: string; name?: string }[]; map: (f: (team: ImmutableTeam, i: number) => ImmutableTeam) => unknown } | undefined;
  if (!teams?.toJS) return data;
  const filled = fillTeamIds(teams.toJS());
  return data.set('teams', teams.map((team, i) => (team.get('id') ? team : team.set('id', filled[i]?.id ?? ''))) as unknown) as D;
}

/** The entry's data with its empty pinyin ids filled in. */
export function withPinyinIds<D extends ImmutableData>(collection: string, isNew: boolean, data: D): D {
  const title = data.get('title') ?? data.get('name');
  let filled = data;
  if (isNew && !data.get('key') && typeof title === 'string' && title.trim()) filled = filled.set('key', slugFromTitle(title)) as D;
  return collection === 'leagues' ? withTeamIds(filled) : filled;
}
