// The `fuzzy` package Decap's search uses, which ships without type declarations.
declare module 'fuzzy' {
  const fuzzy: { match: unknown; filter: unknown };
  export default fuzzy;
}
