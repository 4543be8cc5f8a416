/**
 * Checks of a league's results that need the sport's rules: game (set) scores that cannot
 * happen, sets or rubbers that do not add up to the result, draws where there can be none,
 * penalties outside a knockout, a walkover whose score contradicts it, a team in two places at
 * once. Each problem names the league, the round and the teams by name, the field (path), and
 * says what is wrong, in Chinese for editors with a short English gloss.
 */
import type { Sport, SportRules } from './rules.ts';
import { rulesFor } from './rules.ts';
import type { Fixture, Game } from './standings.ts';
import { t } from '../../i18n/index.ts';

export interface Problem {
  path: (string | number)[];
  message: string;
}

const SIDE = { home: '主队', away: '客队', both: '双方' } as const;

/**
 * `rules`: the league's rules (or a sport, with its defaults); `teamName` turns a team id into
 * the name editors know it by; `league` is the league's title.
 */
export function leagueProblems(
  rulesOrSport: SportRules | Sport,
  fixtures: readonly (Fixture & { time: Date })[],
  teamName: (id: string) => string = (id) => id,
  league?: string,
): Problem[] {
  const rules = typeof rulesOrSport === 'string' ? rulesFor(rulesOrSport) : rulesOrSport;
  const sportName = t('zh-CN', `sport.${rules.sport}`);
  const rule = t('zh-CN', `sportRule.${rules.sport}`);
  const toWin = rules.setsToWin;
  const gamesToWin = rules.bestOf ? Math.ceil(rules.bestOf / 2) : undefined;
  const problems: Problem[] = [];

  /** Game scores of one match (or rubber) best of `bestOf`: each possible, and the winner not playing on once decided. */
  const checkGames = (games: readonly Game[], at: (...rest: (string | number)[]) => (string | number)[], where: string, what: string) => {
    const won = { home: 0, away: 0 };
    games.forEach((game, g) => {
      const decider = rules.bestOf !== undefined && g === rules.bestOf - 1;
      const [w, l] = game.home > game.away ? [game.home, game.away] : [game.away, game.home];
      if (game.home === game.away || (rules.validSet && !rules.validSet(w, l, decider))) {
        problems.push({
          path: at(g),
          message: `${where}:${what}第 ${g + 1} 局比分 ${game.home}:${game.away} 在${sportName}中不可能(${rule})(impossible game score)`,
        });
      }
      if (gamesToWin && (won.home === gamesToWin || won.away === gamesToWin)) {
        problems.push({
          path: at(g),
          message: `${where}:${what}已经 ${won.home}:${won.away} 分出胜负(${rules.bestOf} 局 ${gamesToWin} 胜),不应再有第 ${g + 1} 局(the match was already decided)`,
        });
      }
      if (game.home > game.away) won.home++;
      else if (game.away > game.home) won.away++;
    });
    return won;
  };

  fixtures.forEach((fixture, index) => {
    const at = (...rest: (string | number)[]) => ['fixtures', index, ...rest];
    const where = `${league ? `《${league}》` : ''}${fixture.round}(${teamName(fixture.home)} – ${teamName(fixture.away)})`;
    const result = fixture.result;
    if (result?.forfeit) {
      const gave = result.forfeit;
      const forfeit = rules.forfeit;
      if (result.walkover) {
        problems.push({
          path: at('result', 'forfeit'),
          message: `${where}:“弃权方”和“弃权判负方”只能填一项:没有比分的弃权填“弃权方”,按规定比分判负填“弃权判负方”(a walkover or a forfeit, not both)`,
        });
      } else if (!forfeit) {
        problems.push({
          path: at('result', 'forfeit'),
          message: `${where}:${sportName}${rules.rubbers ? '团体赛' : ''}没有规定的弃权判负比分,请改填“弃权方”,比分填 0:0(this sport defines no forfeit score: enter a walkover)`,
        });
      } else {
        const [w, l] = forfeit.score ?? [0, 0];
        const [eh, ea] = gave === 'away' ? [w, l] : [l, w];
        const loser = `${SIDE[gave]}${teamName(fixture[gave])}`;
        if (!(result.home === 0 && result.away === 0) && !(result.home === eh && result.away === ea)) {
          problems.push({
            path: at('result'),
            message: `${where}:${loser}弃权判负,${sportName}按规定记 ${forfeit.text}${forfeit.score ? `,比分应为 ${eh}:${ea}(或留 0:0)` : ',不计得分,比分填 0:0'},现在是 ${result.home}:${result.away}(the score contradicts the sport's forfeit result)`,
          });
        }
        const sets = (forfeit.sets ?? []).map(([x, y]) => (gave === 'away' ? `${x}:${y}` : `${y}:${x}`));
        const entered = result.sets.map((g) => `${g.home}:${g.away}`);
        if (entered.length && entered.join(',') !== sets.join(',')) {
          problems.push({
            path: at('result', 'sets'),
            message: `${where}:${loser}弃权判负,${sets.length ? `各局比分按规定为 ${sets.join('、')},可以留空` : '没有各局比分'},现在是 ${entered.join('、')}(forfeit game scores are set by the rules)`,
          });
        }
        if (result.rubbers?.length) problems.push({ path: at('result', 'rubbers'), message: `${where}:弃权判负的比赛没有各盘比分(a forfeit has no rubbers)` });
        if (result.penalties) problems.push({ path: at('result', 'penalties'), message: `${where}:弃权判负的比赛没有点球大战(a forfeit has no penalties)` });
      }
    } else if (result?.walkover) {
      const gave = result.walkover;
      if (result.sets.length || result.rubbers?.length) {
        problems.push({
          path: at('result', result.sets.length ? 'sets' : 'rubbers'),
          message: `${where}:弃权的比赛没有进行,不能填写各局(各盘)比分(a walkover has no game scores)`,
        });
      }
      if (result.penalties) problems.push({ path: at('result', 'penalties'), message: `${where}:弃权的比赛没有点球大战(a walkover has no penalties)` });
      const leader = result.home > result.away ? 'home' : result.away > result.home ? 'away' : undefined;
      if (gave === 'both' ? result.home || result.away : leader === gave || (!leader && result.home)) {
        problems.push({
          path: at('result', 'walkover'),
          message: `${where}:“弃权方”是${SIDE[gave]}(${gave === 'both' ? '两队都没有到场' : `${teamName(fixture[gave])}`}),比分却是 ${result.home}:${result.away},两者矛盾;弃权时比分填 0:0${gave === 'both' ? '' : ',或填判给对方的比分'}(the score contradicts the walkover)`,
        });
      }
    } else if (result) {
      const level = result.home === result.away;
      if (result.penalties) {
        if (fixture.stage !== 'knockout' || !rules.penalties) {
          problems.push({
            path: at('result', 'penalties'),
            message: `${where}:${fixture.stage !== 'knockout' ? '只有淘汰赛才有点球大战,联赛(小组赛)平局就是平局' : `${sportName}没有点球大战`}(penalties only in a knockout)`,
          });
        } else if (!level) {
          problems.push({
            path: at('result', 'penalties'),
            message: `${where}:比分 ${result.home}:${result.away} 已分出胜负,不需要点球大战(penalties only after a draw)`,
          });
        } else if (result.penalties.home === result.penalties.away) {
          problems.push({
            path: at('result', 'penalties'),
            message: `${where}:点球大战必须分出胜负,${result.penalties.home}:${result.penalties.away} 不可能(a shoot-out has a winner)`,
          });
        }
      }
      if (result.extraTime && fixture.stage !== 'knockout')
        problems.push({ path: at('result', 'extraTime'), message: `${where}:只有淘汰赛才有加时赛(extra time only in a knockout)` });
      if (level && fixture.stage === 'knockout' && !result.penalties) {
        problems.push({
          path: at('result'),
          message: `${where}:淘汰赛不能是平局 ${result.home}:${result.away},必须决出胜者${rules.penalties ? ';点球决胜请填写“点球大战”' : ''}(a knockout result cannot be a draw)`,
        });
      } else if (level && !rules.draws && fixture.stage !== 'knockout') {
        problems.push({ path: at('result'), message: `${where}:${sportName}比赛没有平局,比分 ${result.home}:${result.away} 不可能(no draws in this sport)` });
      }
      if (rules.setBased && toWin && !level && (Math.max(result.home, result.away) !== toWin || Math.min(result.home, result.away) >= toWin)) {
        const format = rules.rubbers ? `团体赛 ${rules.rubbers} 盘 ${toWin} 胜` : `${rules.bestOf} 局 ${toWin} 胜`;
        problems.push({
          path: at('result'),
          message: `${where}:本赛事${sportName}每场${format},先胜 ${toWin} ${rules.rubbers ? '盘' : '局'}者胜,比分 ${result.home}:${result.away} 不可能(the winner must have won ${toWin})`,
        });
      }
      if (rules.rubbers) {
        if (result.sets.length)
          problems.push({
            path: at('result', 'sets'),
            message: `${where}:团体赛的比分请按盘填写在“各盘比分”中,每盘填各局比分(a team tie has rubbers, not sets)`,
          });
        const rubbers = result.rubbers ?? [];
        if (rubbers.length) {
          const won = { home: 0, away: 0 };
          rubbers.forEach((rubber, r) => {
            if (toWin && (won.home === toWin || won.away === toWin)) {
              problems.push({
                path: at('result', 'rubbers', r),
                message: `${where}:团体赛已经 ${won.home}:${won.away} 分出胜负,不应再有第 ${r + 1} 盘(the tie was already decided)`,
              });
            }
            const games = checkGames(rubber.games, (...rest) => at('result', 'rubbers', r, 'games', ...rest), where, `第 ${r + 1} 盘`);
            if (gamesToWin && games.home !== gamesToWin && games.away !== gamesToWin) {
              problems.push({
                path: at('result', 'rubbers', r, 'games'),
                message: `${where}:第 ${r + 1} 盘各局比分 ${games.home}:${games.away} 没有分出胜负(每盘 ${rules.bestOf} 局 ${gamesToWin} 胜)(the rubber has no winner)`,
              });
            }
            // Only a rubber with a winner counts for the tie.
            if (games.home === gamesToWin) won.home++;
            else if (games.away === gamesToWin) won.away++;
          });
          if (won.home !== result.home || won.away !== result.away) {
            problems.push({
              path: at('result', 'rubbers'),
              message: `${where}:各盘比分(主队胜 ${won.home} 盘、客队胜 ${won.away} 盘)与比分 ${result.home}:${result.away} 不符(the rubbers do not add up to the tie score)`,
            });
          }
        }
      } else {
        if (result.rubbers?.length)
          problems.push({
            path: at('result', 'rubbers'),
            message: `${where}:本赛事不是团体赛,不能填写“各盘比分”;请在“赛制”中填写每场盘数,或改填“各局比分”(not a team event)`,
          });
        if (result.sets.length) {
          if (!rules.setBased) problems.push({ path: at('result', 'sets'), message: `${where}:${sportName}不分局,不能填写“各局比分”(this sport has no sets)` });
          else {
            const won = checkGames(result.sets, (...rest) => at('result', 'sets', ...rest), where, '');
            if (won.home !== result.home || won.away !== result.away) {
              problems.push({
                path: at('result', 'sets'),
                message: `${where}:各局比分(主队胜 ${won.home} 局、客队胜 ${won.away} 局)与比分 ${result.home}:${result.away} 不符(the set scores do not add up to the result)`,
              });
            }
          }
        }
      }
    }
    fixtures.slice(0, index).forEach((earlier) => {
      if (earlier.time.getTime() !== fixture.time.getTime()) return;
      for (const team of [fixture.home, fixture.away]) {
        if (team === earlier.home || team === earlier.away) {
          problems.push({
            path: at('time'),
            message: `${where}:队伍 “${teamName(team)}” 同一时间还有比赛 ${earlier.round}(${teamName(earlier.home)} – ${teamName(earlier.away)})(a team cannot play twice at the same time)`,
          });
        }
      }
    });
  });
  return problems;
}
