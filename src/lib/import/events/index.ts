/** Events and titles of an imported wire story: see events.ts and titles.ts. */
export { draftEvents, storyFacts, type DraftEvent, type Fact } from './events';
export { isWhole, storyTitle, titleFrom } from './titles';
