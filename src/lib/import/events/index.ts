/** Events and titles of an imported wire story: see events.ts and titles.ts. */
export { draftEvents, type DraftEvent } from './events';
export { storyTitle } from './titles';
