// Decap's slug/summary template engine, which ships without type declarations.
declare module 'decap-cms-lib-widgets/dist/esm/stringTemplate.js' {
  import type { Map } from 'immutable';
  export function compileStringTemplate(
    template: string,
    date: Date | null | undefined,
    identifier?: string,
    data?: Map<string, unknown>,
    processor?: (value: string) => string,
  ): string;
}
