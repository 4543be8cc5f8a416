/**
 * CMS widget "league-team": a select of the teams already entered in the same league, so that
 * editors pick 主队/客队 instead of typing ids (and cannot name a team the league does not have).
 *
 * A class, not a function: Decap hands its widgets a ref and reads `isValid` and
 * `shouldComponentUpdate` from the instance. A function component gets no ref under React 19, so
 * Decap threw "this.wrappedControlValid is not a function" and never ran its required check; and
 * Decap re-renders a widget only when its own value changes, so the list of teams stayed as it
 * was when the form opened ("请先添加队伍" after teams were added, a removed team still listed).
 * The pickers now re-render when the league's teams change (watchTeams below).
 */
import { Component, type ChangeEvent } from 'react';
import type { DecapControlProps } from './widget-props.ts';

interface ImmutableLike {
  getIn(path: string[]): { toJS?: () => unknown } | undefined;
}

export interface TeamControlProps extends DecapControlProps {
  entry: ImmutableLike;
  getEntry?: () => ImmutableLike;
  hasActiveStyle?: boolean;
}

export interface TeamOption {
  id: string;
  name: string;
}

/** The league's teams as the form holds them now (entries without an id are still being typed). */
export function teamsOf(props: Pick<TeamControlProps, 'entry' | 'getEntry'>): TeamOption[] {
  const teams = ((props.getEntry?.() ?? props.entry)?.getIn(['data', 'teams'])?.toJS?.() ?? []) as { id?: string; name?: string }[];
  return teams.filter((team) => team.id).map((team) => ({ id: team.id!, name: team.name || team.id! }));
}

const key = (teams: TeamOption[]) => teams.map((team) => `${team.id}\u0000${team.name}`).join('\u0001');

/**
 * Decap re-renders a list item's widget only when that item changes, so a picker inside 赛程与结果
 * never hears that 参赛队伍 changed. One shared timer watches the entry's team list (an Immutable
 * list: a new object exactly when it changes, so the check is a reference comparison) and
 * re-renders the mounted pickers when it does.
 */
const mounted = new Set<TeamControl>();
let watcher: ReturnType<typeof setInterval> | undefined;
let lastTeams: unknown;

function watchTeams() {
  const first = mounted.values().next().value;
  if (!first) return;
  const teams = (first.props.getEntry?.() ?? first.props.entry)?.getIn(['data', 'teams']);
  if (teams === lastTeams) return;
  lastTeams = teams;
  for (const control of mounted) control.setState(({ version }) => ({ version: version + 1 }));
}

export class TeamControl extends Component<TeamControlProps, { version: number }> {
  override state = { version: 0 };

  override componentDidMount() {
    mounted.add(this);
    watcher ??= setInterval(watchTeams, 300);
  }

  override componentWillUnmount() {
    mounted.delete(this);
    if (!mounted.size && watcher) {
      clearInterval(watcher);
      watcher = undefined;
      lastTeams = undefined;
    }
  }

  override shouldComponentUpdate(next: TeamControlProps, nextState?: { version: number }): boolean {
    return (
      (nextState !== undefined && nextState.version !== this.state.version) ||
      next.value !== this.props.value ||
      next.classNameWrapper !== this.props.classNameWrapper ||
      next.hasActiveStyle !== this.props.hasActiveStyle ||
      key(teamsOf(next)) !== key(teamsOf(this.props))
    );
  }

  /** Decap's check before saving: a team removed from 参赛队伍 after it was picked is an error, named. */
  isValid(): boolean | { error: { type: string; message: string } } {
    const { value } = this.props;
    if (!value) return true;
    return teamsOf(this.props).some((team) => team.id === value)
      ? true
      : { error: { type: 'CUSTOM', message: `所选队伍“${value}”已不在“参赛队伍”中,请重新选择` } };
  }

  override render() {
    const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const known = teamsOf(this.props);
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
            {team.name === team.id ? team.id : `${team.name}(${team.id})`}
          </option>
        ))}
        {value && !known.some((team) => team.id === value) && <option value={value}>{value}(已不在参赛队伍中)</option>}
      </select>
    );
  }
}

export function TeamPreview({ value }: { value?: string }) {
  return <span>{value ?? ''}</span>;
}
