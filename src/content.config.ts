import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { idFromEntryPath } from './lib/slugs.ts';
import { communitySchema, venueSchema } from './schemas/places.ts';
import { noticeSchema } from './schemas/notices.ts';
import { performanceSchema } from './schemas/performances.ts';
import { leagueSchema } from './schemas/leagues.ts';
import { campaignSchema, courseSchema, librarySchema, schoolSchema } from './schemas/education.ts';

/** Every collection is a folder of Markdown files under the top-level content/ folder. */
function folder(name: string) {
  return glob({
    pattern: '**/*.md',
    base: `./content/${name}`,
    generateId: ({ entry }) => idFromEntryPath(entry, name),
  });
}

export const collections = {
  communities: defineCollection({ loader: folder('communities'), schema: communitySchema }),
  venues: defineCollection({ loader: folder('venues'), schema: venueSchema }),
  notices: defineCollection({ loader: folder('notices'), schema: noticeSchema }),
  performances: defineCollection({ loader: folder('performances'), schema: performanceSchema }),
  leagues: defineCollection({ loader: folder('leagues'), schema: leagueSchema }),
  courses: defineCollection({ loader: folder('courses'), schema: courseSchema }),
  schools: defineCollection({ loader: folder('schools'), schema: schoolSchema }),
  campaigns: defineCollection({ loader: folder('campaigns'), schema: campaignSchema }),
  library: defineCollection({ loader: folder('library'), schema: librarySchema }),
};
