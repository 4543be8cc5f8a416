/**
 * What Decap rejects its save (or delete) promise with once it has told the editor why: its
 * failure action, a plain object `{ type: 'ENTRY_PERSIST_FAILURE', … }` (decap-cms-core
 * actions/entries.ts: `Promise.reject(dispatch(entryPersistFail(…)))`), or nothing at all when a
 * field's own check failed (`return Promise.reject()`). The editor component awaits the promise
 * without a catch, so the browser reported an unhandled rejection, a page error whose message was
 * "Object". The editor has already seen the reason in Chinese; these rejections are not errors.
 */
const HANDLED = new Set(['ENTRY_PERSIST_FAILURE', 'ENTRY_DELETE_FAILURE']);

export function isRefusedSave(reason: unknown): boolean {
  if (reason === undefined) return true;
  return typeof reason === 'object' && reason !== null && HANDLED.has(String((reason as { type?: unknown }).type));
}
