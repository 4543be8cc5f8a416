// react-scroll-sync, which Decap's editor wraps its form and preview in; it ships without type declarations.
declare module 'react-scroll-sync' {
  export const ScrollSync: { prototype: { getContextValue(): unknown } };
}
