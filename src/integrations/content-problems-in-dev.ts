/**
 * Under `astro dev` (and so `npm start`), while a file in content/ has a problem the build would
 * refuse, every page answers with the Chinese problem page (src/lib/problem-page.ts) instead of
 * Astro's 500 and stack trace. The CMS at /admin/ keeps working, so the editor can fix the entry.
 * The content is checked as `npm run build` checks it (scripts/content-check.ts), again after
 * any change under content/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';
import type { ContentProblem } from '../lib/content-problems.ts';
import { problemPage, showsProblemPage } from '../lib/problem-page.ts';

export function contentProblemsInDev(root: URL): AstroIntegration {
  const rootPath = fileURLToPath(root);
  const contentPath = `${rootPath.replace(/[\\/]$/, '')}${sep}content${sep}`;
  let checking: Promise<ContentProblem[]> | undefined;
  const check = () =>
    (checking ??= import('../../scripts/content-check.ts')
      .then(({ checkContentFolder }) => checkContentFolder(rootPath))
      .catch((error: unknown) => {
        // The check itself failing must not hide the site: said in the terminal, and the pages are served (Astro reports what it finds).
        console.error('[content-problems-in-dev] the content check failed:', error);
        return [] as ContentProblem[];
      }));
  return {
    name: 'chuanhui-content-problems-in-dev',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(contentPath)) checking = undefined;
        });
        server.middlewares.use((request, response, next) => {
          if (!showsProblemPage(request.method, request.url ?? '/', request.headers.accept)) return next();
          check().then((problems) => {
            if (!problems.length) return next();
            response.statusCode = 503;
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.setHeader('Cache-Control', 'no-store');
            response.end(problemPage(problems));
          }, next);
        });
      },
    },
  };
}
