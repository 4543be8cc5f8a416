/**
 * 队伍编号 the CMS fills in when an editor leaves it empty: the team's name in pinyin, as entry
 * keys are made from titles (src/lib/slug-from-title.ts: 柳开社区队 → "liukai-shequ-dui"), made
 * unique inside the league with -2, -3… Ids already written are never changed (fixtures refer to them).
 */
import { slugFromTitle } from '../slug-from-title.ts';

export function fillTeamIds<T extends { id?: string | undefined; name?: string | undefined }>(teams: readonly T[]): T[] {
  const taken = new Set(teams.map((team) => team.id).filter(Boolean));
  return teams.map((team) => {
    if (team.id || !team.name?.trim()) return team;
    const base = slugFromTitle(team.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...team, id };
  });
}
