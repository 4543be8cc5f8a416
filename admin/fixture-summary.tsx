/**
 * Collapsed fixtures in the league editor named by round and team names ("第1轮 荷花社区队 vs
 * 柳开社区队") instead of team ids. Decap's list `summary` template only reads the item's own
 * fields and cannot look a name up, so Decap's list control is wrapped: a list whose summary
 * mentions `homeName`/`awayName` gets items with those two extra keys filled from the entry's
 * teams, and every change the list sends back has them removed again, so they are never saved.
 * Every other list passes through untouched.
 */
import { Component, createElement, type ComponentType } from 'react';
import { teamsOf, type TeamControlProps } from './team-widget.tsx';
import { withLazyItems } from './lazy-list-items.ts';

/** The keys added for the summary only. */
export const NAME_KEYS = ['homeName', 'awayName'] as const;

interface ImmutableItem {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableItem;
  delete(key: string): ImmutableItem;
}
interface ImmutableList {
  map(f: (item: unknown) => unknown): ImmutableList;
}
interface FieldLike {
  get(key: string): unknown;
}

export interface ListProps extends Pick<TeamControlProps, 'entry' | 'getEntry'> {
  field: FieldLike;
  value?: ImmutableList | null;
  onChange: (value: unknown, ...rest: unknown[]) => void;
  [more: string]: unknown;
}

const isItem = (item: unknown): item is ImmutableItem =>
  typeof item === 'object' && item !== null && typeof (item as ImmutableItem).get === 'function' && typeof (item as ImmutableItem).delete === 'function';
const isList = (value: unknown): value is ImmutableList => typeof value === 'object' && value !== null && typeof (value as ImmutableList).map === 'function';

/** Whether a list's summary uses the team names. */
export function namesTeams(field: FieldLike): boolean {
  const summary = field.get('summary');
  return typeof summary === 'string' && NAME_KEYS.some((key) => summary.includes(`fields.${key}`));
}

/**
 * Named items and the saved items they were made from, so that an item keeps its identity from
 * one keystroke to the next unless it changed (admin/lazy-list-items.ts re-renders a collapsed
 * item only when it is a new object).
 */
const namedItems = new WeakMap<object, { names: ReadonlyMap<string, string>; named: ImmutableItem }>();
const savedItems = new WeakMap<object, ImmutableItem>();

/** The items with homeName/awayName from the league's teams (the id where a team has no name yet). */
export function withNames(value: ImmutableList, names: ReadonlyMap<string, string>): ImmutableList {
  const name = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? id) : '');
  return value.map((item) => {
    if (!isItem(item)) return item;
    const known = namedItems.get(item);
    if (known?.names === names) return known.named;
    const named = item.set('homeName', name(item.get('home'))).set('awayName', name(item.get('away')));
    namedItems.set(item, { names, named });
    savedItems.set(named, item);
    return named;
  });
}

/** The items without the summary's keys, as they are saved. */
export function withoutNames(value: unknown): unknown {
  return isList(value) ? value.map((item) => (isItem(item) ? (savedItems.get(item) ?? NAME_KEYS.reduce((it, key) => it.delete(key), item)) : item)) : value;
}

/**
 * Decap's list control with team names for summaries. A class passing Decap's ref through
 * (`getWrappedInstance`): Decap reads the list's own `isValid` and `shouldComponentUpdate` from it.
 */
export function withTeamNames(List: ComponentType<ListProps>): ComponentType<ListProps> {
  // A league's fixtures may be hundreds: collapsed ones are rendered without their forms (admin/lazy-list-items.ts).
  const Fixtures = withLazyItems(List);
  return class TeamNamedList extends Component<ListProps> {
    inner: unknown = null;
    /** The named items of the last render, reused while the list and the team names are unchanged. */
    named?: { value: ImmutableList; key: string; names: ReadonlyMap<string, string>; items: ImmutableList };
    getWrappedInstance() {
      return this.inner;
    }
    override shouldComponentUpdate() {
      return true;
    }
    override render() {
      const ref = (instance: unknown) => {
        this.inner = instance;
      };
      const { field, value, onChange } = this.props;
      if (!namesTeams(field)) return createElement(List, { ...this.props, ref } as ListProps);
      if (!isList(value)) return createElement(Fixtures, { ...this.props, ref } as ListProps);
      const teams = teamsOf(this.props);
      const key = JSON.stringify(teams);
      if (this.named?.value !== value || this.named.key !== key) {
        const names = this.named?.key === key ? this.named.names : new Map(teams.map((team) => [team.id, team.name]));
        this.named = { value, key, names, items: withNames(value, names) };
      }
      return createElement(Fixtures, {
        ...this.props,
        ref,
        value: this.named.items,
        onChange: (next: unknown, ...rest: unknown[]) => onChange(withoutNames(next), ...rest),
      } as ListProps);
    }
  };
}
