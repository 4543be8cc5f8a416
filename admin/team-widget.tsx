/**
 * CMS widget "league-team": a select of the teams already entered in the same league, so that
 * editors pick 主队/客队 instead of typing ids (and cannot name a team the league does not have).
 */
import type { ChangeEvent } from 'react';

interface ImmutableLike {
  getIn(path: string[]): { toJS?: () => unknown } | undefined;
}

export interface TeamControlProps {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  entry: ImmutableLike;
  getEntry?: () => ImmutableLike;
}

export function TeamControl({ value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle, entry, getEntry }: TeamControlProps) {
  const teams = ((getEntry?.() ?? entry).getIn(['data', 'teams'])?.toJS?.() ?? []) as { id?: string; name?: string }[];
  const known = teams.filter((team) => team.id);
  return (
    <select
      id={forID}
      className={classNameWrapper}
      value={value ?? ''}
      onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      onFocus={setActiveStyle}
      onBlur={setInactiveStyle}
    >
      <option value="">{known.length ? '请选择队伍' : '请先在“参赛队伍”中添加队伍'}</option>
      {known.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name ? `${team.name}(${team.id})` : team.id}
        </option>
      ))}
      {value && !known.some((team) => team.id === value) && <option value={value}>{value}(不在参赛队伍中)</option>}
    </select>
  );
}

export function TeamPreview({ value }: { value?: string }) {
  return <span>{value ?? ''}</span>;
}
