// Decap's interface phrases, which ship without type declarations.
declare module 'decap-cms-locales' {
  import type { Phrases } from './locale.ts';
  export const en: Phrases;
  export const zh_Hans: Phrases;
}
declare module 'decap-cms-locales/src/en/index.js' {
  const phrases: import('./locale.ts').Phrases;
  export default phrases;
}
declare module 'decap-cms-locales/src/zh_Hans/index.js' {
  const phrases: import('./locale.ts').Phrases;
  export default phrases;
}
