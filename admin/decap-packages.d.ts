// The Decap packages admin/decap.ts registers, which are published without type declarations;
// typed with decap-cms-core's own types for what they are.
/** The build's Git host and its Decap backend (src/integrations/cms-git-backend.ts). */
declare module 'virtual:cms-git-backend' {
  export const gitBackend: [name: string, backend: import('decap-cms-core').CmsBackendClass];
}
declare module 'decap-cms-backend-proxy' {
  export const ProxyBackend: import('decap-cms-core').CmsBackendClass;
}
// Each widget package's default export: { Widget(): the widget as registerWidget takes it }.
declare module 'decap-cms-widget-*' {
  const widget: { Widget(): import('decap-cms-core').CmsWidgetParam };
  export default widget;
}
// Decap's Markdown preview on its own (admin/decap.ts), without the widget's editor.
declare module 'decap-cms-widget-markdown/dist/esm/MarkdownPreview.js' {
  const MarkdownPreview: import('react').ComponentType<{ value?: string }>;
  export default MarkdownPreview;
}
