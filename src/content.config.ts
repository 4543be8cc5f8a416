import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { idFromEntryPath } from './lib/slugs.ts';
import { SCHEMAS } from './schemas/index.ts';

/** Every collection is a folder of Markdown files under the top-level content/ folder. */
function folder(name: string) {
  return glob({
    pattern: '**/*.md',
    base: `./content/${name}`,
    generateId: ({ entry }) => idFromEntryPath(entry, name),
  });
}

export const collections = {
  communities: defineCollection({ loader: folder('communities'), schema: SCHEMAS.communities }),
  venues: defineCollection({ loader: folder('venues'), schema: SCHEMAS.venues }),
  notices: defineCollection({ loader: folder('notices'), schema: SCHEMAS.notices }),
  performances: defineCollection({ loader: folder('performances'), schema: SCHEMAS.performances }),
  leagues: defineCollection({ loader: folder('leagues'), schema: SCHEMAS.leagues }),
  courses: defineCollection({ loader: folder('courses'), schema: SCHEMAS.courses }),
  schools: defineCollection({ loader: folder('schools'), schema: SCHEMAS.schools }),
  campaigns: defineCollection({ loader: folder('campaigns'), schema: SCHEMAS.campaigns }),
  library: defineCollection({ loader: folder('library'), schema: SCHEMAS.library }),
};
