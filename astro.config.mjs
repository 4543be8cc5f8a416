// @ts-check
import { realpathSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { searchForWorkspaceRoot } from 'vite';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { markdownRehypePlugins } from './src/lib/markdown.ts';
import { contentRedirects } from './src/integrations/content-redirects.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { noOriginalUploads } from './src/integrations/no-original-uploads.ts';
import { prebuiltCms } from './src/integrations/cms-bundle.ts';
import { yamlModules } from './src/integrations/yaml-modules.ts';
import { cmsGitBackend } from './src/integrations/cms-git-backend.ts';
import { contentProblemsInDev } from './src/integrations/content-problems-in-dev.ts';
import { SCRIPT_SOURCES, SITE_DIRECTIVES } from './src/lib/csp.ts';
import { siteUrl } from './src/lib/site-url.ts';
import { sitemapOptions } from './src/lib/sitemap.ts';

// The public address of the site: used for RSS, canonical and hreflang links, the sitemap,
// robots.txt, share cards and QR codes. Set SITE_URL when deploying; the default is a placeholder for local
// work, and `npm run build` warns when it is used.
const site = siteUrl(process.env);
const redirects = contentRedirects(new URL('./', import.meta.url));

export default defineConfig({
  site,
  output: 'static',
  // Former addresses of renamed entries (their `movedFrom`) redirect to the new ones.
  redirects,
  trailingSlash: 'always',
  // Pages render while earlier ones are written to disk: about a quarter faster on two cores.
  build: { format: 'directory', concurrency: 4 },
  // The CMS previews (admin/*.tsx) run inside Decap's own React app, not as Astro islands, so
  // they are compiled as plain JSX, without the island renderer's Fast Refresh preamble.
  // The search index is built by `npm run build` after Astro has finished (scripts/search-index.ts).
  integrations: [
    react({ exclude: ['**/admin/**'] }),
    sitemap(sitemapOptions(Object.keys(redirects))),
    securityHeaders(),
    noOriginalUploads(new URL('./', import.meta.url)),
    // Decap CMS is bundled apart from the pages and reused while its inputs are unchanged.
    prebuiltCms(),
    // `astro dev`: content the build would refuse shows its problems on every page, not a 500.
    contentProblemsInDev(new URL('./', import.meta.url)),
  ],
  // Content-Security-Policy as a <meta> in every page (and in _headers, see src/lib/csp.ts).
  security: { csp: { directives: [...SITE_DIRECTIVES], scriptDirective: { resources: [...SCRIPT_SOURCES] } } },
  // Uploaded images (content/media/) become AVIF, WebP and JPEG/PNG copies written by sharp, without
  // their metadata; AVIF at effort 2 encodes several times faster than the default 4 for a few
  // per cent more bytes. Processed images are cached in node_modules/.astro/ between builds.
  // `layout` gives images in Markdown bodies a srcset too (WebP; posters and albums, drawn by
  // src/components/Poster.astro and Album.astro, also get AVIF).
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } }, layout: 'constrained', responsiveStyles: false },
  markdown: {
    // The unified (remark/rehype) pipeline, because content HTML must go through rehype-sanitize.
    processor: unified({ rehypePlugins: markdownRehypePlugins }),
    // Shiki colours code with inline styles, which the Content-Security-Policy refuses.
    syntaxHighlight: false,
  },
  vite: {
    // admin/cms.ts imports admin/config.yml parsed, and the Decap backend of the build's Git host
    // (under astro dev; the build uses scripts/cms-bundle.ts).
    plugins: [yamlModules(), cmsGitBackend()],
    // The dev server serves files from the project and its node_modules, wherever that folder
    // really is: the tests' project copies link it (tests/support/fixture-build.ts). In a normal
    // checkout the second entry is inside the first.
    server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync('node_modules')] } },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
