/**
 * One context value per scroll-sync group. Decap's editor wraps the form and the preview in
 * react-scroll-sync's ScrollSync (0.11, a dependency of decap-cms-core), which hands its panes a
 * new `{ registerPane, unregisterPane }` on every render, that is on every keystroke. React then
 * searched every component below that it did not re-render (each of a league's 500 collapsed
 * fixtures, the preview's table and fixture list) for readers of the new value. The two functions
 * are the instance's own and never change, so the first value is kept.
 */
import { ScrollSync } from 'react-scroll-sync';

export function installStableScrollSync() {
  const values = new WeakMap<object, unknown>();
  const getContextValue = ScrollSync.prototype.getContextValue;
  ScrollSync.prototype.getContextValue = function (this: object) {
    if (!values.has(this)) values.set(this, getContextValue.call(this));
    return values.get(this);
  };
}
