interface ImportMetaEnv {
  readonly PUBLIC_CMS_BACKEND?: string;
  readonly PUBLIC_CMS_REPO?: string;
  readonly PUBLIC_CMS_BRANCH?: string;
  readonly PUBLIC_CMS_BASE_URL?: string;
  readonly PUBLIC_CMS_API_ROOT?: string;
  readonly PUBLIC_CMS_APP_ID?: string;
}

// The CMS page's script address: /admin/cms.ts under `astro dev`, the prebuilt bundle in a build (src/integrations/cms-bundle.ts).
declare module 'virtual:chuanhui/cms-script' {
  const src: string;
  export default src;
  /** the scripts it imports at once (none under `astro dev`) */
  export const preload: string[];
}

// YAML files imported by the CMS arrive parsed (src/integrations/yaml-modules.ts).
declare module '*.yml' {
  const data: unknown;
  export default data;
}
