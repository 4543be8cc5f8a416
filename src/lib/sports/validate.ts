/**
 * Checks of a league's results that need the sport's rules: set scores that cannot happen,
 * sets that do not add up to the result, draws where there can be none, a team in two places
 * at once. Each problem names the fixture (path) and says what is wrong, for editors.
 */
import type { Sport } from './rules.ts';
import { SPORT_RULES } from './rules.ts';
import type { Fixture } from './standings.ts';
import { t } from '../../i18n/index.ts';

export interface Problem {
  path: (string | number)[];
  message: string;
}

const SPORT_NAMES: Record<Sport, string> = { 'table-tennis': '乒乓球', badminton: '羽毛球', tennis: '网球', 'basketball-3x3': '三人制篮球', 'football-5': '五人制足球', 'air-volleyball': '气排球' };

/** `teamName` turns a team id into the name editors know it by. */
export function leagueProblems(sport: Sport, fixtures: readonly (Fixture & { time: Date })[], teamName: (id: string) => string = (id) => id): Problem[] {
  const rules = SPORT_RULES[sport];
  const problems: Problem[] = [];
  fixtures.forEach((fixture, index) => {
    const at = (...rest: (string | number)[]) => ['fixtures', index, ...rest];
    const where = `${fixture.round}(${teamName(fixture.home)} – ${teamName(fixture.away)})`;
    const result = fixture.result;
    if (result && !result.walkover) {
      if (result.home === result.away && fixture.stage === 'knockout') {
        problems.push({ path: at('result'), message: `${where}:淘汰赛不能是平局 ${result.home}:${result.away},必须决出胜者(a knockout result cannot be a draw)` });
      } else if (result.home === result.away && !rules.draws) {
        problems.push({ path: at('result'), message: `${where}:${SPORT_NAMES[sport]}比赛没有平局,比分 ${result.home}:${result.away} 不可能(no draws in this sport)` });
      }
      if (rules.setBased && rules.setsToWin && result.home !== result.away && Math.max(result.home, result.away) !== rules.setsToWin) {
        problems.push({ path: at('result'), message: `${where}:${SPORT_NAMES[sport]}先胜 ${rules.setsToWin} 局者胜,比分 ${result.home}:${result.away} 不可能(the winner must have won ${rules.setsToWin})` });
      }
      if (result.sets.length) {
        const won = { home: 0, away: 0 };
        const maxSets = rules.setsToWin ? rules.setsToWin * 2 - 1 : Infinity;
        result.sets.forEach((set, s) => {
          const decider = s === maxSets - 1;
          const [w, l] = set.home > set.away ? [set.home, set.away] : [set.away, set.home];
          if (set.home === set.away || (rules.validSet && !rules.validSet(w, l, decider))) {
            problems.push({ path: at('result', 'sets', s), message: `${where}:第 ${s + 1} 局比分 ${set.home}:${set.away} 在${SPORT_NAMES[sport]}中不可能(${t('zh-CN', `sportRule.${sport}`)})` });
          }
          if (set.home > set.away) won.home++;
          else if (set.away > set.home) won.away++;
        });
        if (won.home !== result.home || won.away !== result.away) {
          problems.push({ path: at('result', 'sets'), message: `${where}:各局比分(主队胜 ${won.home} 局、客队胜 ${won.away} 局)与比分 ${result.home}:${result.away} 不符(the set scores do not add up to the result)` });
        }
      }
    }
    fixtures.slice(0, index).forEach((earlier) => {
      if (earlier.time.getTime() !== fixture.time.getTime()) return;
      for (const team of [fixture.home, fixture.away]) {
        if (team === earlier.home || team === earlier.away) {
          problems.push({ path: at('time'), message: `${where}:队伍 “${teamName(team)}” 同一时间还有比赛 ${earlier.round}(${teamName(earlier.home)} – ${teamName(earlier.away)})(a team cannot play twice at the same time)` });
        }
      }
    });
  });
  return problems;
}
