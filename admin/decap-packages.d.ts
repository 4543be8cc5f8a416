// The Decap packages admin/decap.ts registers, which are published without type declarations;
// typed with decap-cms-core's own types for what they are.
declare module 'decap-cms-backend-github' {
  export const GitHubBackend: import('decap-cms-core').CmsBackendClass;
}
declare module 'decap-cms-backend-gitlab' {
  export const GitLabBackend: import('decap-cms-core').CmsBackendClass;
}
declare module 'decap-cms-backend-gitea' {
  export const GiteaBackend: import('decap-cms-core').CmsBackendClass;
}
declare module 'decap-cms-backend-bitbucket' {
  export const BitbucketBackend: import('decap-cms-core').CmsBackendClass;
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
