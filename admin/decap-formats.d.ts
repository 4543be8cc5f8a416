// Decap's own front-matter format (the one `format: frontmatter` names), which its ES build
// exports without type declarations; admin/list-facts.ts reads entries through it.
declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
  export const FrontmatterInfer: {
    fromFile(content: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
  };
}

// Decap's check of the CMS configuration, which admin/validate-config-once.ts runs once per
// configuration; it throws an Error listing what its schema refused.
declare module 'decap-cms-core/dist/esm/constants/configSchema.js' {
  export function validateConfig(config: unknown): void;
}
