/** Test stand-in for the `astro:content` virtual module: Astro's real reference(). */
import { createReference } from 'astro/content/runtime';

export const reference = createReference();
