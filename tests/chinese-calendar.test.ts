/**
 * Holidays, 调休 and 节气 from chinese-days, the same whatever the machine's zone (this file also
 * runs under TZ=UTC and Asia/Shanghai; the package alone is a day off in New York).
 */
import { describe, expect, it } from 'vitest';
import { dayMark, monthMarks, publicHolidays } from '../src/lib/chinese-calendar.ts';

describe('the Chinese calendar (chinese-days)', () => {
  it('国庆节 2026: days off 10-01 to 10-07, 10-08 an ordinary Thursday with 寒露, Saturday 10-10 a 调休 working day', () => {
    const october = monthMarks('2026-10');
    for (let day = 1; day <= 7; day++)
      expect(october[`2026-10-0${day}`], `10-0${day}`).toMatchObject({ holiday: '国庆节', holidayEn: 'National Day', off: true });
    expect(october['2026-10-08']).toEqual({ lunar: '廿八', lunarEn: '8/28', term: '寒露', termEn: 'Cold Dew' });
    expect(october['2026-10-10']).toMatchObject({ holiday: '国庆节', work: true, lunar: '九月' });
    expect(october['2026-10-10']?.off).toBeUndefined();
    expect(dayMark('2026-09-20')).toMatchObject({ holiday: '国庆节', work: true });
    expect(dayMark('2026-10-01').lunar).toBe('廿一');
  });

  it('lists the days off of public holidays only: not weekends, not 调休 working days', () => {
    expect(publicHolidays('2026-09-19', '2026-10-11')).toEqual([
      '2026-09-25',
      '2026-09-26',
      '2026-09-27',
      ...[1, 2, 3, 4, 5, 6, 7].map((d) => `2026-10-0${d}`),
    ]);
  });
});
