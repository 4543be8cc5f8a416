/** The kinds of calendar event. Kept apart so the calendar island can import them alone. */
export const EVENT_TYPES = ['performance', 'match', 'lesson', 'activity', 'notice'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * The colour of each kind of event for the browser: the `--type-*` custom properties of
 * src/styles/global.css, where the colours are defined once (code outside the browser reads the
 * values through src/lib/palette.ts).
 */
export const TYPE_COLOURS = Object.fromEntries(EVENT_TYPES.map((type) => [type, `var(--type-${type})`])) as Record<EventType, string>;
