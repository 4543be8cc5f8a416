/** The schema of each collection, by collection name. */
import { communitySchema, venueSchema } from './places.ts';
import { noticeSchema } from './notices.ts';
import { performanceSchema } from './performances.ts';
import { leagueSchema } from './leagues.ts';
import { campaignSchema, courseSchema, librarySchema, schoolSchema } from './education.ts';

export const SCHEMAS = {
  communities: communitySchema,
  venues: venueSchema,
  notices: noticeSchema,
  performances: performanceSchema,
  leagues: leagueSchema,
  courses: courseSchema,
  schools: schoolSchema,
  campaigns: campaignSchema,
  library: librarySchema,
} as const;
