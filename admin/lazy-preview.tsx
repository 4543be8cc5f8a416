/**
 * A collection's preview, loaded with admin/previews.tsx when the first preview is drawn. The
 * previews use the site's own functions and, through them, the collections' schemas
 * (src/registry.ts: Zod building them took 50–70 ms of every start in a profile); Decap draws the
 * preview after the editor's form, so the form no longer waits for them.
 */
import { createElement, lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import type * as Previews from './previews.tsx';
import type { PreviewProps } from './previews.tsx';

/** The names of the previews admin/previews.tsx exports. */
export type PreviewName = { [K in keyof typeof Previews]: (typeof Previews)[K] extends ComponentType<PreviewProps> ? K : never }[keyof typeof Previews];

let previews: Promise<typeof Previews> | undefined;
const loadPreviews = () => (previews ??= import('./previews.tsx'));

export function lazyPreview(name: PreviewName): (props: PreviewProps) => ReactElement {
  const Preview = lazy(async () => ({ default: (await loadPreviews())[name] as ComponentType<PreviewProps> }));
  const LazyPreview = (props: PreviewProps) => createElement(Suspense, { fallback: null }, createElement(Preview, props));
  LazyPreview.displayName = name;
  return LazyPreview;
}
