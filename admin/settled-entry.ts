/**
 * The entry a costly part of a preview is drawn from: the entry as it was when the editor paused
 * typing for SETTLE_MS, drawn in the background (a React transition, which a keystroke
 * interrupts), so that a keystroke never waits for it; and the same object while only `ignored`
 * fields changed, so a memoised part is not drawn again for them (the league's tables for a
 * keystroke in its title). React's useDeferredValue alone started that drawing right after each
 * keystroke, and on a busy two-core machine it still delayed the next frame.
 */
import { startTransition, useEffect, useRef, useState } from 'react';

const SETTLE_MS = 150;

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
  const [settled, setSettled] = useState(entry);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setSettled(entry)), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [entry]);
  const kept = useRef(settled);
  if (!sameExcept(kept.current, settled, ignored)) kept.current = settled;
  return kept.current;
}
