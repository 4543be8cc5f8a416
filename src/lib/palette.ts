/**
 * The site's colours for code that draws outside the browser (share cards): read from the
 * `:root` custom properties of src/styles/global.css, where they are defined once.
 */
import globalCss from '../styles/global.css?raw';
import type { EventType } from './event-types.ts';

/** The custom properties of the first `:root { … }` block, `var(--x)` references resolved. */
export function rootCustomProperties(css: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1];
  if (block === undefined) throw new Error('global.css has no :root block');
  const raw = new Map<string, string>();
  for (const match of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) raw.set(match[1]!, match[2]!.trim());
  const resolve = (value: string, depth = 0): string =>
    depth > 10 ? value : value.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => (raw.has(name) ? resolve(raw.get(name)!, depth + 1) : whole));
  return new Map([...raw].map(([name, value]) => [name, resolve(value)]));
}

const properties = rootCustomProperties(globalCss);

/** A colour custom property of global.css ("--brand" → "#9e1b1b"); throws when it is not defined. */
export function siteColour(name: `--${string}`): string {
  const value = properties.get(name);
  if (!value) throw new Error(`global.css :root defines no ${name}`);
  return value;
}

/** The colour of a kind of event (`--type-<type>`), as the calendar shows it. */
export const eventTypeColour = (type: EventType) => siteColour(`--type-${type}`);
