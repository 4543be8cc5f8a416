/** The kinds of calendar event. Kept apart so the calendar island can import them alone. */
export const EVENT_TYPES = ['performance', 'match', 'lesson', 'activity', 'notice'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
