/**
 * The entry a costly part of a preview is drawn from: React's deferred copy of it, so that a
 * keystroke is shown in the form first and the part is redrawn after, in the background (a newer
 * keystroke interrupts that redraw); and the same object while only `ignored` fields changed, so
 * a memoised part is not redrawn at all for them (the league's tables for a keystroke in its title).
 */
import { useDeferredValue, useRef } from 'react';

/** The part of Decap's entry (an Immutable Map) this reads. */
export interface EntryLike {
  getIn(path: string[]): unknown;
}
interface DataLike {
  get(key: string): unknown;
  keySeq(): { toArray(): string[] };
}

const isData = (value: unknown): value is DataLike =>
  typeof value === 'object' && value !== null && typeof (value as DataLike).get === 'function' && typeof (value as DataLike).keySeq === 'function';

/** Whether two entries' data differ only in `ignored` fields (Immutable values compared by identity: a changed one is a new object). */
export function sameExcept(a: EntryLike, b: EntryLike, ignored: readonly string[]): boolean {
  if (a === b) return true;
  const [x, y] = [a.getIn(['data']), b.getIn(['data'])];
  if (!isData(x) || !isData(y)) return x === y;
  const names = new Set([...x.keySeq().toArray(), ...y.keySeq().toArray()]);
  return [...names].every((name) => ignored.includes(name) || x.get(name) === y.get(name));
}

export function useSettledEntry<E extends EntryLike>(entry: E, ignored: readonly string[]): E {
  const deferred = useDeferredValue(entry);
  const kept = useRef(deferred);
  if (!sameExcept(kept.current, deferred, ignored)) kept.current = deferred;
  return kept.current;
}
